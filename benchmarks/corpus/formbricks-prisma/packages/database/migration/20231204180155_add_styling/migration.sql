-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "styling" JSONB;
