-- AlterTable
ALTER TABLE "polls" ADD COLUMN     "require_participant_email" BOOLEAN NOT NULL DEFAULT false;
