-- AlterTable
ALTER TABLE "spaces" ADD COLUMN "hide_attribution" BOOLEAN NOT NULL DEFAULT false;
