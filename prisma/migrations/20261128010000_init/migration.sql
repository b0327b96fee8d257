-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('meeting', 'talks', 'phone_call', 'video_call', 'sideline_meeting', 'visit', 'multilateral');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('host', 'guest', 'third_party');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('reported', 'joint', 'narrative');

-- CreateEnum
CREATE TYPE "InitiativeStatus" AS ENUM ('proposed', 'discussed', 'supported', 'agreed', 'signed', 'implemented');

-- CreateEnum
CREATE TYPE "RecordType" AS ENUM ('meeting', 'person', 'participant', 'statement', 'initiative', 'meeting_initiative', 'document');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('create', 'update', 'delete');

-- CreateTable
CREATE TABLE "meetings" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "date" DATE NOT NULL,
    "date_precision" "DatePrecision" NOT NULL DEFAULT 'day',
    "start_time" VARCHAR(5),
    "timezone" TEXT,
    "city" TEXT,
    "country_code" CHAR(2),
    "parent_id" UUID,
    "summary" TEXT,
    "source_document_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "people" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "country_code" CHAR(2),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_identifiers" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "scheme" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "person_identifiers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "participants" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "title" TEXT,
    "country_code" CHAR(2),
    "organization" TEXT,
    "role" "ParticipantRole" NOT NULL,
    "printed_name" TEXT,
    "printed_title" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "participants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statements" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "speaker_id" UUID,
    "speaker_meeting_id" UUID,
    "kind" "StatementKind" NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "statements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiatives" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "category" TEXT,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "initiatives_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_initiatives" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "status" "InitiativeStatus" NOT NULL,
    "description" TEXT,
    "committed_parties" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "statement_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_initiatives_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_documents" (
    "id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "url" TEXT,
    "title" TEXT,
    "publisher" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "is_translation" BOOLEAN NOT NULL DEFAULT false,
    "published_at" DATE,
    "retrieved_at" TIMESTAMPTZ(3),
    "draft" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provenance_spans" (
    "id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "record_type" "RecordType" NOT NULL,
    "record_id" UUID NOT NULL,
    "field" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "provenance_spans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" UUID NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT,
    "request_id" TEXT,
    "action" "AuditAction" NOT NULL,
    "record_type" "RecordType" NOT NULL,
    "record_id" UUID NOT NULL,
    "meeting_id" UUID,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_keys" (
    "key" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "request_hash" CHAR(64) NOT NULL,
    "status_code" INTEGER NOT NULL,
    "headers" JSONB NOT NULL,
    "body" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("scope","key")
);

-- CreateIndex
CREATE INDEX "meetings_date_id_idx" ON "meetings"("date" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "meetings_updated_at_id_idx" ON "meetings"("updated_at", "id");

-- CreateIndex
CREATE INDEX "meetings_country_code_idx" ON "meetings"("country_code");

-- CreateIndex
CREATE INDEX "meetings_kind_idx" ON "meetings"("kind");

-- CreateIndex
CREATE INDEX "meetings_parent_id_idx" ON "meetings"("parent_id");

-- CreateIndex
CREATE INDEX "meetings_source_document_id_idx" ON "meetings"("source_document_id");

-- CreateIndex
CREATE INDEX "people_country_code_idx" ON "people"("country_code");

-- CreateIndex
CREATE INDEX "person_identifiers_person_id_idx" ON "person_identifiers"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "person_identifiers_scheme_value_key" ON "person_identifiers"("scheme", "value");

-- CreateIndex
CREATE INDEX "participants_person_id_idx" ON "participants"("person_id");

-- CreateIndex
CREATE INDEX "participants_country_code_idx" ON "participants"("country_code");

-- CreateIndex
CREATE UNIQUE INDEX "participants_meeting_id_person_id_key" ON "participants"("meeting_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "participants_id_meeting_id_key" ON "participants"("id", "meeting_id");

-- CreateIndex
CREATE INDEX "statements_speaker_id_speaker_meeting_id_idx" ON "statements"("speaker_id", "speaker_meeting_id");

-- CreateIndex
CREATE UNIQUE INDEX "statements_meeting_id_position_key" ON "statements"("meeting_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "initiatives_slug_key" ON "initiatives"("slug");

-- CreateIndex
CREATE INDEX "meeting_initiatives_initiative_id_idx" ON "meeting_initiatives"("initiative_id");

-- CreateIndex
CREATE INDEX "meeting_initiatives_statement_id_idx" ON "meeting_initiatives"("statement_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_initiatives_meeting_id_initiative_id_key" ON "meeting_initiatives"("meeting_id", "initiative_id");

-- CreateIndex
CREATE UNIQUE INDEX "source_documents_sha256_key" ON "source_documents"("sha256");

-- CreateIndex
CREATE INDEX "provenance_spans_meeting_id_idx" ON "provenance_spans"("meeting_id");

-- CreateIndex
CREATE INDEX "provenance_spans_record_type_record_id_idx" ON "provenance_spans"("record_type", "record_id");

-- CreateIndex
CREATE INDEX "provenance_spans_document_id_idx" ON "provenance_spans"("document_id");

-- CreateIndex
CREATE INDEX "audit_events_meeting_id_occurred_at_idx" ON "audit_events"("meeting_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_events_record_type_record_id_idx" ON "audit_events"("record_type", "record_id");

-- CreateIndex
CREATE INDEX "idempotency_keys_expires_at_idx" ON "idempotency_keys"("expires_at");

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_source_document_id_fkey" FOREIGN KEY ("source_document_id") REFERENCES "source_documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_identifiers" ADD CONSTRAINT "person_identifiers_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participants" ADD CONSTRAINT "participants_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participants" ADD CONSTRAINT "participants_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_id_speaker_meeting_id_fkey" FOREIGN KEY ("speaker_id", "speaker_meeting_id") REFERENCES "participants"("id", "meeting_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_initiatives" ADD CONSTRAINT "meeting_initiatives_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_initiatives" ADD CONSTRAINT "meeting_initiatives_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_initiatives" ADD CONSTRAINT "meeting_initiatives_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provenance_spans" ADD CONSTRAINT "provenance_spans_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provenance_spans" ADD CONSTRAINT "provenance_spans_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
