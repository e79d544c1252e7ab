-- AlterTable
ALTER TABLE "users" ADD COLUMN     "image" TEXT;
