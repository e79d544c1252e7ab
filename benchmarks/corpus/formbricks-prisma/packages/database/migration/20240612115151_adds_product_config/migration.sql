-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "config" JSONB NOT NULL DEFAULT '{}';
