-- AlterTable
ALTER TABLE "Webhook" ADD COLUMN     "name" TEXT;
