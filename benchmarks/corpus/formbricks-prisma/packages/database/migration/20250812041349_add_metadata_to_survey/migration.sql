-- AlterTable
ALTER TABLE "Survey" ADD COLUMN "metadata" JSONB NOT NULL DEFAULT '{}';