-- AlterEnum
ALTER TYPE "IntegrationType" ADD VALUE 'slack';
