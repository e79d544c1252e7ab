-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "highlightBorderColor" TEXT;
