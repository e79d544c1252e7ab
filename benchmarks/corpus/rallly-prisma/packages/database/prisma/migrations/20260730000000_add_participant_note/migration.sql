-- AlterTable
ALTER TABLE "participants" ADD COLUMN "note" TEXT;
