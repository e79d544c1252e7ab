-- AlterTable
ALTER TABLE "public"."Survey" ADD COLUMN     "isCaptureIpEnabled" BOOLEAN NOT NULL DEFAULT false;
