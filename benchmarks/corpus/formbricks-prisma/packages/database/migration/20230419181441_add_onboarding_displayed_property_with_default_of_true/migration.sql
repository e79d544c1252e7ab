-- AlterTable
ALTER TABLE "User" ADD COLUMN     "onboardingDisplayed" BOOLEAN NOT NULL DEFAULT true;
