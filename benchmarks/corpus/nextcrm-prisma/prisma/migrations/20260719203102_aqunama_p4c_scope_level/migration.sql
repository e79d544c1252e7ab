-- AlterTable
ALTER TABLE "CalendarConnection" ADD COLUMN     "scopeLevel" TEXT NOT NULL DEFAULT 'readonly';

