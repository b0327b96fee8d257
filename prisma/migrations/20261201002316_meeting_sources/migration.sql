-- A meeting's source documents: both sides' readouts of one meeting (issue 15). Made with
-- `npm run db:migrate:create -- meeting_sources`, then edited: the trigger, the partial index and the backfill below are
-- what Prisma's schema language cannot say.

-- CreateEnum
CREATE TYPE "SourceRole" AS ENUM ('primary', 'attached');

-- CreateTable
CREATE TABLE "meeting_sources" (
    "meeting_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "role" "SourceRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_sources_pkey" PRIMARY KEY ("meeting_id","document_id")
);

-- CreateIndex
CREATE INDEX "meeting_sources_document_id_idx" ON "meeting_sources"("document_id");

-- AddForeignKey
ALTER TABLE "meeting_sources" ADD CONSTRAINT "meeting_sources_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_sources" ADD CONSTRAINT "meeting_sources_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_documents"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- At most one document a meeting was made from.
CREATE UNIQUE INDEX "meeting_sources_one_primary" ON "meeting_sources"("meeting_id") WHERE "role" = 'primary';

-- The `primary` source is meetings.source_document_id, whatever writes it (the API, an import, psql). When it changes,
-- the old document stays a source (`attached`) if facts of the meeting still cite it, and is dropped otherwise.
CREATE FUNCTION "meeting_sources_primary"() RETURNS TRIGGER
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND NEW."source_document_id" IS NOT DISTINCT FROM OLD."source_document_id" THEN
      RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' THEN
      UPDATE "public"."meeting_sources" AS s SET "role" = 'attached'
      WHERE s."meeting_id" = NEW."id" AND s."role" = 'primary'
        AND EXISTS (SELECT 1 FROM "public"."provenance_spans" AS p
                    WHERE p."meeting_id" = NEW."id" AND p."document_id" = s."document_id");
      DELETE FROM "public"."meeting_sources" WHERE "meeting_id" = NEW."id" AND "role" = 'primary';
    END IF;
    IF NEW."source_document_id" IS NOT NULL THEN
      INSERT INTO "public"."meeting_sources" ("meeting_id", "document_id", "role")
      VALUES (NEW."id", NEW."source_document_id", 'primary')
      ON CONFLICT ("meeting_id", "document_id") DO UPDATE SET "role" = 'primary';
    END IF;
    RETURN NEW;
  END $$;

CREATE TRIGGER "meetings_sources_primary" AFTER INSERT OR UPDATE OF "source_document_id" ON "meetings"
  FOR EACH ROW EXECUTE FUNCTION "meeting_sources_primary"();

-- Backfill: every meeting made from a document so far.
INSERT INTO "meeting_sources" ("meeting_id", "document_id", "role", "created_at")
SELECT "id", "source_document_id", 'primary', "created_at" FROM "meetings" WHERE "source_document_id" IS NOT NULL;
