-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "autoClose" INTEGER;
