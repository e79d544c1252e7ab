-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "pin" INTEGER;
