-- AlterTable
ALTER TABLE "idempotency_keys" ADD COLUMN     "outcome" JSONB;
