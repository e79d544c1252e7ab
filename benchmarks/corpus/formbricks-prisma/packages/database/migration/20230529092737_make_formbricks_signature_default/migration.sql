-- AlterTable
ALTER TABLE "Product" ALTER COLUMN "formbricksSignature" SET DEFAULT true;
