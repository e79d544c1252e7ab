-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "formbricksSignature" BOOLEAN NOT NULL DEFAULT false;
