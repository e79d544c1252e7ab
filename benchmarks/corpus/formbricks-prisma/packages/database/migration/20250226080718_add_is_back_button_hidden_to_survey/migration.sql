-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "isBackButtonHidden" BOOLEAN NOT NULL DEFAULT false;
