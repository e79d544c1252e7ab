-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "autoComplete" INTEGER;
