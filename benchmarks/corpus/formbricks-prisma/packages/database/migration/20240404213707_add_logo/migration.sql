-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "logo" JSONB;
