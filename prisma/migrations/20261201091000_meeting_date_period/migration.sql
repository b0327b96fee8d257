-- A meeting dated to a month or a year is stored as the first day of that period (the contract's and the README's
-- rule), whichever path writes it: a create, a PATCH of the date or of the precision alone, an NDJSON line, a
-- committed draft. Rows written before are brought to the rule.
CREATE FUNCTION "meetings_date_to_period"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."date" IS NOT NULL AND NEW."date_precision" = 'month' THEN
    NEW."date" := date_trunc('month', NEW."date")::date;
  ELSIF NEW."date" IS NOT NULL AND NEW."date_precision" = 'year' THEN
    NEW."date" := date_trunc('year', NEW."date")::date;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "meetings_date_to_period" BEFORE INSERT OR UPDATE OF "date", "date_precision" ON "meetings"
  FOR EACH ROW EXECUTE FUNCTION "meetings_date_to_period"();

UPDATE "meetings" SET "date" = date_trunc('month', "date")::date
WHERE "date_precision" = 'month' AND "date" <> date_trunc('month', "date")::date;
UPDATE "meetings" SET "date" = date_trunc('year', "date")::date
WHERE "date_precision" = 'year' AND "date" <> date_trunc('year', "date")::date;
