-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "displayPercentage" INTEGER;
