-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "isSingleResponsePerEmailEnabled" BOOLEAN NOT NULL DEFAULT false;
