-- AlterTable
ALTER TABLE "users" ADD COLUMN     "anonymous" BOOLEAN NOT NULL DEFAULT false;
