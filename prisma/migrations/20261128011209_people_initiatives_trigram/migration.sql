-- Fuzzy lookup of people and initiatives by name (GET /v1/people?q=, GET /v1/initiatives?q=), made with
-- `npm run db:migrate:create -- people_initiatives_trigram --empty`. Trigram GIN indexes serve word-similarity
-- matching (`q <% text`), and the list queries must call these very functions to use them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Index expressions must be IMMUTABLE. array_to_string is only STABLE (it goes through the element type's output
-- function), but for text[] its result cannot change. Being IMMUTABLE over a STABLE call also keeps the planner from
-- inlining the body, so queries match the index expression as written.
CREATE FUNCTION "person_trigram_text"(name TEXT, aliases TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT name || coalesce(' ' || array_to_string(aliases, ' '), '') $$;

CREATE FUNCTION "initiative_trigram_text"(slug TEXT, name TEXT, aliases TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT name || ' ' || slug || coalesce(' ' || array_to_string(aliases, ' '), '') $$;

-- fastupdate off: these catalogues are written rarely and looked up often. With a pending list, new rows would be
-- scanned linearly on every lookup and the planner would avoid the index until the next vacuum.
CREATE INDEX "people_trigram_idx" ON "people"
  USING GIN ("person_trigram_text"("name", "aliases") gin_trgm_ops) WITH (fastupdate = off);
CREATE INDEX "initiatives_trigram_idx" ON "initiatives"
  USING GIN ("initiative_trigram_text"("slug", "name", "aliases") gin_trgm_ops) WITH (fastupdate = off);

-- Keyset pagination of the default list orders (declared as @@index in schema.prisma).
CREATE INDEX "people_name_id_idx" ON "people"("name", "id");
CREATE INDEX "initiatives_name_id_idx" ON "initiatives"("name", "id");
CREATE INDEX "initiatives_category_idx" ON "initiatives"("category");
