-- AlterEnum
ALTER TYPE "WebhookSource" ADD VALUE 'activepieces';
