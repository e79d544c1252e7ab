-- AlterTable
ALTER TABLE "Product" ALTER COLUMN "brandColor" SET DEFAULT '#64748b';
