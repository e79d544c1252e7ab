-- AlterTable
ALTER TABLE "polls" ALTER COLUMN "disable_comments" SET DEFAULT true;
