-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "showLanguageSwitch" BOOLEAN;
