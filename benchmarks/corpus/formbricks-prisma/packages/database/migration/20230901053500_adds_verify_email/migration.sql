-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "verifyEmail" JSONB;
