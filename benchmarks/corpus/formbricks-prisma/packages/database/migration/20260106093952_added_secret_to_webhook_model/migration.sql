-- AlterTable
ALTER TABLE "public"."Webhook" ADD COLUMN     "secret" TEXT;
