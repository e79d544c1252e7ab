-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "variables" JSONB NOT NULL DEFAULT '[]';
