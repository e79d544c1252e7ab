-- AlterTable
ALTER TABLE "users" ADD COLUMN     "last_login_method" TEXT;
