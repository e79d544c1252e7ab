-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "isVerifyEmailEnabled" BOOLEAN NOT NULL DEFAULT false;
