-- AlterTable
ALTER TABLE "participants" ADD COLUMN     "locale" TEXT;
