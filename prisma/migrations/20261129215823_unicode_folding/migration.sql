-- Canonically equivalent text is equal, and lookups ignore case and accents: "Sebastian Pinera" finds
-- "Sebastián Piñera", a name stored decomposed (NFD) is found typed composed. Made with
-- `npm run db:migrate:create -- unicode_folding --empty`.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- The folded form of a text: NFC, accents removed, lower case. unaccent() is only STABLE (its dictionary could be
-- changed), so this IMMUTABLE wrapper, naming the dictionary explicitly, is what index expressions may use.
CREATE FUNCTION "fold_text"(value TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFC))) $$;

-- The trigram texts of the fuzzy name lookups, folded, their indexes are rebuilt to match. Names inside index
-- expressions are schema-qualified: PostgreSQL 17 (PGlite) runs index maintenance with a search_path of pg_catalog only.
CREATE OR REPLACE FUNCTION "person_trigram_text"(name TEXT, aliases TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT "public"."fold_text"(name || coalesce(' ' || array_to_string(aliases, ' '), '')) $$;
CREATE OR REPLACE FUNCTION "initiative_trigram_text"(slug TEXT, name TEXT, aliases TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT "public"."fold_text"(name || ' ' || slug || coalesce(' ' || array_to_string(aliases, ' '), '')) $$;

-- Full-text search without accents: English stemming after unaccent.
CREATE TEXT SEARCH CONFIGURATION "english_unaccent" (COPY = english);
ALTER TEXT SEARCH CONFIGURATION "english_unaccent"
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;

-- Text stored before the API normalized its input to NFC.
UPDATE "people" SET "name" = normalize("name", NFC), "aliases" = ARRAY(SELECT normalize(a, NFC) FROM unnest("aliases") AS a)
  WHERE "name" IS DISTINCT FROM normalize("name", NFC) OR "aliases"::text IS DISTINCT FROM ARRAY(SELECT normalize(a, NFC) FROM unnest("aliases") AS a)::text;
UPDATE "initiatives" SET "name" = normalize("name", NFC), "description" = normalize("description", NFC),
  "aliases" = ARRAY(SELECT normalize(a, NFC) FROM unnest("aliases") AS a);
UPDATE "meetings" SET "title" = normalize("title", NFC), "summary" = normalize("summary", NFC), "city" = normalize("city", NFC);
UPDATE "statements" SET "text" = normalize("text", NFC);
UPDATE "participants" SET "title" = normalize("title", NFC), "printed_name" = normalize("printed_name", NFC),
  "printed_title" = normalize("printed_title", NFC), "organization" = normalize("organization", NFC);

REINDEX INDEX "people_trigram_idx";
REINDEX INDEX "initiatives_trigram_idx";

-- The search vectors, recomputed with the new configuration (a generated column's expression cannot be altered
-- before PostgreSQL 17: drop and add again, with its index).
DROP INDEX "meetings_search_vector_idx";
DROP INDEX "statements_search_vector_idx";
DROP INDEX "initiatives_search_vector_idx";
ALTER TABLE "meetings" DROP COLUMN "search_vector";
ALTER TABLE "statements" DROP COLUMN "search_vector";
ALTER TABLE "initiatives" DROP COLUMN "search_vector";

ALTER TABLE "meetings" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english_unaccent'::regconfig, coalesce("title", '')), 'A')
  || setweight(to_tsvector('english_unaccent'::regconfig, coalesce("summary", '')), 'B')
) STORED;
ALTER TABLE "statements" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english_unaccent'::regconfig, "text"), 'B')
) STORED;
ALTER TABLE "initiatives" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english_unaccent'::regconfig, "name"), 'A')
  || setweight(to_tsvector('english_unaccent'::regconfig, coalesce("search_text_of_array"("aliases"), '')), 'A')
  || setweight(to_tsvector('english_unaccent'::regconfig, coalesce("description", '')), 'B')
) STORED;

CREATE INDEX "meetings_search_vector_idx" ON "meetings" USING GIN ("search_vector");
CREATE INDEX "statements_search_vector_idx" ON "statements" USING GIN ("search_vector");
CREATE INDEX "initiatives_search_vector_idx" ON "initiatives" USING GIN ("search_vector");
