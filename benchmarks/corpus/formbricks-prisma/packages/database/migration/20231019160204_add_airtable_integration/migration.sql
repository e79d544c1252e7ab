-- AlterEnum
ALTER TYPE "IntegrationType" ADD VALUE 'airtable';
