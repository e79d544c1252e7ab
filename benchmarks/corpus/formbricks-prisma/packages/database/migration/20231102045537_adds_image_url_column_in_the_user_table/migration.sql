-- AlterTable
ALTER TABLE "User" ADD COLUMN     "imageUrl" TEXT;
