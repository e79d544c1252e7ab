-- AlterTable
ALTER TABLE "Response" ALTER COLUMN "personId" DROP NOT NULL;
