-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "whitelabel" JSONB NOT NULL DEFAULT '{}';
