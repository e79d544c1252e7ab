-- AlterTable
ALTER TABLE "AttributeClass" ADD COLUMN     "archived" BOOLEAN NOT NULL DEFAULT false;
