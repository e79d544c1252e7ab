-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "redirectUrl" TEXT;
