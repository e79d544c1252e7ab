/*
  Warnings:

  - You are about to drop the column `websiteSetupCompleted` on the `Environment` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Environment" DROP COLUMN "websiteSetupCompleted";
