-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "surveyClosedMessage" JSONB;
