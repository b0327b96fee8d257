-- Full-text search (GET /v1/search), made with `npm run db:migrate:create -- search --empty`.
-- English tsvectors as stored generated columns, weighted so that titles and names (A) rank above body text (B),
-- each with a GIN index. Declared in schema.prisma as Unsupported("tsvector") so Prisma keeps them.

-- array_to_string is only STABLE (it calls the element type's output function), but for text[] the result cannot
-- change, and generated columns need IMMUTABLE expressions.
CREATE FUNCTION "search_text_of_array"(items TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN array_to_string(items, ' ');

ALTER TABLE "meetings" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A')
  || setweight(to_tsvector('english'::regconfig, coalesce("summary", '')), 'B')
) STORED;

ALTER TABLE "statements" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "text"), 'B')
) STORED;

ALTER TABLE "initiatives" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "name"), 'A')
  || setweight(to_tsvector('english'::regconfig, coalesce("search_text_of_array"("aliases"), '')), 'A')
  || setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B')
) STORED;

CREATE INDEX "meetings_search_vector_idx" ON "meetings" USING GIN ("search_vector");
CREATE INDEX "statements_search_vector_idx" ON "statements" USING GIN ("search_vector");
CREATE INDEX "initiatives_search_vector_idx" ON "initiatives" USING GIN ("search_vector");
