-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "closeOnDate" TIMESTAMP(3);
