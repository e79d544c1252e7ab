-- AlterTable
ALTER TABLE "Webhook" ADD COLUMN     "surveyIds" TEXT[];
