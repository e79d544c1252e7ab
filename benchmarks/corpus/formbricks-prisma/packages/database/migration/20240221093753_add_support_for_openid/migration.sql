-- AlterEnum
ALTER TYPE "IdentityProvider" ADD VALUE 'openid';
