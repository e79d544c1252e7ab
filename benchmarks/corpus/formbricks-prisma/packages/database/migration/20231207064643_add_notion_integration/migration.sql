-- AlterEnum
ALTER TYPE "IntegrationType" ADD VALUE 'notion';
