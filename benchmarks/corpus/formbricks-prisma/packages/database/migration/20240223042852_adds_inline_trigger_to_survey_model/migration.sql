-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "inlineTriggers" JSONB;
