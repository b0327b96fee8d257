-- The stored response's body as the bytes that were sent (jsonb keeps the value, not the member order or spacing), so
-- that a replay is the first response again, byte for byte. Rows written before keep only `body` and replay from it.
ALTER TABLE "idempotency_keys" ADD COLUMN "body_text" TEXT;
