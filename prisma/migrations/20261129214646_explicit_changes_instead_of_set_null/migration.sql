-- A deleted statement no longer clears the links that cite it, a deleted meeting no longer clears its children's parent, and
-- a deleted document no longer clears its meetings' source, behind the API's back: the services make each such change
-- explicitly (bumping version and updatedAt, writing audit), and these keys refuse a delete that would leave a dangling
-- reference (NO ACTION is checked at the end of the statement, so a meeting's own cascade still goes through).

-- DropForeignKey
ALTER TABLE "meeting_initiatives" DROP CONSTRAINT "meeting_initiatives_statement_id_fkey";

-- DropForeignKey
ALTER TABLE "meetings" DROP CONSTRAINT "meetings_parent_id_fkey";

-- DropForeignKey
ALTER TABLE "meetings" DROP CONSTRAINT "meetings_source_document_id_fkey";

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "meetings"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_source_document_id_fkey" FOREIGN KEY ("source_document_id") REFERENCES "source_documents"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_initiatives" ADD CONSTRAINT "meeting_initiatives_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
