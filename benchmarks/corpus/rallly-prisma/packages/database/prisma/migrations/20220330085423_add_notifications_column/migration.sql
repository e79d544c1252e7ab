-- AlterTable
ALTER TABLE "Poll" ADD COLUMN     "notifications" BOOLEAN NOT NULL DEFAULT false;
