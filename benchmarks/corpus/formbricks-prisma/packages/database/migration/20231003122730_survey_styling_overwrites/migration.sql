-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "productOverwrites" JSONB;
