-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "ttc" JSONB NOT NULL DEFAULT '{}';
