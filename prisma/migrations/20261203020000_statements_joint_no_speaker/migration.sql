-- A joint statement ("the two sides agreed …") is said by the sides together: it has no speaker (trial 95 found a PATCH
-- to kind "joint" that kept the speaker). NOT VALID: rows written before this check are kept as they are; every insert
-- and update from now on is checked, and the API answers 422 before it (src/modules/meetings/statement-speaker.ts).
ALTER TABLE "statements"
  ADD CONSTRAINT "statements_joint_no_speaker_check" CHECK (kind <> 'joint' OR speaker_id IS NULL) NOT VALID;
