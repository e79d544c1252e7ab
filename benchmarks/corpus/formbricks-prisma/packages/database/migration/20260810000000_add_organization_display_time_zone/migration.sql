-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "displayTimeZone" TEXT;
