-- AlterEnum
ALTER TYPE "IdentityProvider" ADD VALUE 'google';
