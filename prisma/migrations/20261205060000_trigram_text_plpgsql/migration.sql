-- The trigram texts, computed as before, in PL/pgSQL. As SQL functions with a subquery they were never inlined, and each
-- call went through the SQL-function executor: 36 µs a call against 7 µs here (20,200 people on the shared PostgreSQL
-- 15). Every index recheck and every ranking of a fuzzy lookup calls them once a row. COST tells the planner what a
-- call costs (the default, 100, made a seq scan that calls them on every row look cheaper than the trigram index on a
-- table of a few hundred people). The values are unchanged, so the indexes over them stay valid.
CREATE OR REPLACE FUNCTION "person_trigram_text"(name TEXT, aliases TEXT[]) RETURNS TEXT
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 1000
  AS $$
DECLARE
  folded TEXT := "public"."fold_text"(name || coalesce(' ' || array_to_string(aliases, ' '), ''));
  romanized TEXT := "public"."romanize_text"(folded);
BEGIN
  RETURN CASE WHEN romanized = folded THEN folded ELSE folded || ' ' || romanized END;
END $$;

CREATE OR REPLACE FUNCTION "initiative_trigram_text"(slug TEXT, name TEXT, aliases TEXT[]) RETURNS TEXT
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 1000
  AS $$
DECLARE
  folded TEXT := "public"."fold_text"(name || ' ' || slug || coalesce(' ' || array_to_string(aliases, ' '), ''));
  romanized TEXT := "public"."romanize_text"(folded);
BEGIN
  RETURN CASE WHEN romanized = folded THEN folded ELSE folded || ' ' || romanized END;
END $$;
