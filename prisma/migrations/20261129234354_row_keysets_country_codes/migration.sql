-- Keyset pagination as row-value comparisons, each list order served by an index, and the meetings' `country` filter
-- on an indexed array. Made with `npm run db:migrate:create -- row_keysets_country_codes`, then edited: the functions,
-- triggers, backfill and expression index below are what Prisma's schema language cannot say.

-- DropIndex
DROP INDEX "audit_events_meeting_id_occurred_at_idx";

-- DropIndex
DROP INDEX "initiatives_category_idx";

-- AlterTable
ALTER TABLE "meetings" ADD COLUMN     "country_codes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "audit_events_meeting_id_occurred_at_id_idx" ON "audit_events"("meeting_id", "occurred_at", "id");

-- CreateIndex
CREATE INDEX "initiatives_created_at_id_idx" ON "initiatives"("created_at", "id");

-- CreateIndex
CREATE INDEX "initiatives_updated_at_id_idx" ON "initiatives"("updated_at", "id");

-- CreateIndex
CREATE INDEX "meeting_initiatives_meeting_id_created_at_id_idx" ON "meeting_initiatives"("meeting_id", "created_at", "id");


-- CreateIndex
CREATE INDEX "meetings_created_at_id_idx" ON "meetings"("created_at", "id");

-- CreateIndex
CREATE INDEX "participants_meeting_id_position_id_idx" ON "participants"("meeting_id", "position", "id");

-- CreateIndex
CREATE INDEX "people_created_at_id_idx" ON "people"("created_at", "id");

-- CreateIndex
CREATE INDEX "people_updated_at_id_idx" ON "people"("updated_at", "id");

-- CreateIndex
CREATE INDEX "source_documents_created_at_id_idx" ON "source_documents"("created_at", "id");

-- Every country of a meeting, sorted and without duplicates: where it was held (`place`) and whom its participants
-- represented. What the `country` filter matches, kept in meetings.country_codes by the triggers below whatever writes
-- a meeting or a participant (the API, an import, a script, psql).
CREATE FUNCTION "meeting_country_codes"(meeting UUID, place TEXT) RETURNS TEXT[]
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(DISTINCT c.code ORDER BY c.code), ARRAY[]::TEXT[])
        FROM (SELECT place UNION ALL SELECT p."country_code"::TEXT FROM "public"."participants" AS p WHERE p."meeting_id" = meeting) AS c(code)
        WHERE c.code IS NOT NULL $$;

-- A new meeting has no participants yet: its countries are its place and those its writer announces for the
-- participants it is about to insert (the API does, so that the participants' trigger finds nothing to change; any
-- difference is corrected there). A meeting whose place changes is recomputed.
CREATE FUNCTION "meetings_country_codes_before"() RETURNS TRIGGER
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      NEW."country_codes" := ARRAY(
        SELECT DISTINCT c.code FROM unnest(coalesce(NEW."country_codes", ARRAY[]::TEXT[]) || NEW."country_code"::TEXT) AS c(code)
        WHERE c.code IS NOT NULL ORDER BY c.code);
    ELSE
      NEW."country_codes" := "public"."meeting_country_codes"(NEW."id", NEW."country_code");
    END IF;
    RETURN NEW;
  END
  $$;

CREATE TRIGGER "meetings_country_codes_insert" BEFORE INSERT ON "meetings"
  FOR EACH ROW EXECUTE FUNCTION "meetings_country_codes_before"();
CREATE TRIGGER "meetings_country_codes_update" BEFORE UPDATE OF "country_code" ON "meetings"
  FOR EACH ROW WHEN (OLD."country_code" IS DISTINCT FROM NEW."country_code") EXECUTE FUNCTION "meetings_country_codes_before"();

-- Participants inserted, changed or deleted by any statement: the arrays of their meetings, once per statement. The
-- meetings are locked first (in id order) and recomputed by a statement of their own, which in READ COMMITTED sees
-- what a concurrent writer committed while this one waited: two writers never leave out each other's country.
CREATE FUNCTION "participants_country_codes_after"() RETURNS TRIGGER
  LANGUAGE plpgsql
  AS $$
  DECLARE
    changed UUID[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      changed := ARRAY(SELECT DISTINCT n."meeting_id" FROM new_rows AS n WHERE n."country_code" IS NOT NULL);
    ELSIF TG_OP = 'DELETE' THEN
      changed := ARRAY(SELECT DISTINCT o."meeting_id" FROM old_rows AS o WHERE o."country_code" IS NOT NULL);
    ELSE
      changed := ARRAY(
        SELECT unnest(ARRAY[o."meeting_id", n."meeting_id"]) FROM old_rows AS o JOIN new_rows AS n ON n."id" = o."id"
        WHERE o."country_code" IS DISTINCT FROM n."country_code" OR o."meeting_id" <> n."meeting_id");
    END IF;
    IF cardinality(changed) = 0 THEN
      RETURN NULL;
    END IF;
    PERFORM 1 FROM "public"."meetings" AS m WHERE m."id" = ANY(changed) ORDER BY m."id" FOR NO KEY UPDATE;
    UPDATE "public"."meetings" AS m SET "country_codes" = c.codes
      FROM (SELECT m2."id", "public"."meeting_country_codes"(m2."id", m2."country_code") AS codes
            FROM "public"."meetings" AS m2 WHERE m2."id" = ANY(changed)) AS c
      WHERE m."id" = c."id" AND m."country_codes" IS DISTINCT FROM c.codes;
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "participants_country_codes_insert" AFTER INSERT ON "participants"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "participants_country_codes_after"();
CREATE TRIGGER "participants_country_codes_update" AFTER UPDATE ON "participants"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "participants_country_codes_after"();
CREATE TRIGGER "participants_country_codes_delete" AFTER DELETE ON "participants"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "participants_country_codes_after"();

-- The meetings stored so far, then the array's index (built once, after the backfill).
UPDATE "meetings" SET "country_codes" = "meeting_country_codes"("id", "country_code");
CREATE INDEX "meetings_country_codes_idx" ON "meetings" USING GIN ("country_codes");

-- A page of a rare country must come from the GIN index (its meetings, sorted), a page of a frequent one from walking
-- meetings_date_id_idx until enough match. The planner tells them apart by the codes' frequencies: with the default
-- sample a country in a few hundred meetings of 100,000 is missing from the statistics, is taken for one in
-- 0.5 % of them, and its page walks the whole index. A larger sample keeps every country that occurs.
ALTER TABLE "meetings" ALTER COLUMN "country_codes" SET STATISTICS 1000;

-- The initiatives' category filter ignores case and accents: its index is on the folded category.
CREATE INDEX "initiatives_category_folded_idx" ON "initiatives" ("public"."fold_text"("category"));
