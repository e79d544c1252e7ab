-- AlterTable
ALTER TABLE "participants" ADD COLUMN     "email" TEXT;
