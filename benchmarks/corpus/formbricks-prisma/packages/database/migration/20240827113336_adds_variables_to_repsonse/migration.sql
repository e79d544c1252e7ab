-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "variables" JSONB NOT NULL DEFAULT '{}';
