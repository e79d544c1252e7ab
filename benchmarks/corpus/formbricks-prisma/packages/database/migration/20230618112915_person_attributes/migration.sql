-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "personAttributes" JSONB;
