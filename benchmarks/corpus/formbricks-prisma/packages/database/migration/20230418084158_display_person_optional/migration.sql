-- AlterTable
ALTER TABLE "Display" ALTER COLUMN "personId" DROP NOT NULL;
