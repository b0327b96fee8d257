-- A name stored in Cyrillic or Greek is found by its Latin spelling, and a Latin one by a Cyrillic or Greek query
-- (new-user trial 117: "Батбаярын Энхтуяа" was not found by ?q=Enkhtuyaa, though the extractor matched the readout's
-- Latin spelling to her). romanize_text spells a folded text's Cyrillic (Russian, Ukrainian, Kazakh, Mongolian,
-- Serbian) and Greek letters in Latin letters, as any-ascii does for the extractor's matching (ingest/linking/
-- name-tokens.ts) — in SQL, so that the trigram index covers every path that writes a person. Other letters are kept.
-- One spelling per letter, Russian-style (г is g, и is i): the Ukrainian "Sybiha" for "Сибіга" is too far from "sibiga"
-- for the lookup's similarity, and Arabic, Han or other scripts are not romanized here.
CREATE FUNCTION "romanize_text"(value TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT translate(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(value, 'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'), 'є', 'ye'), 'ї', 'yi'), 'ң', 'ng'), 'θ', 'th'), 'ψ', 'ps'), 'ξ', 'ks'), 'χ', 'kh'), 'љ', 'lj'), 'њ', 'nj'), 'џ', 'dz'), 'ђ', 'dj'),
    'абвгдеёзийклмнопрстуфыэіґәғқөұүһўјћαβγδεζηικλμνοπρσςτυφωъь',
    'abvgdeeziyklmnoprstufyeigagkouuhujcavgdeziiklmnoprsstyfo') $$;

-- The trigram texts: the folded names and aliases, then their romanized spelling when it differs.
CREATE OR REPLACE FUNCTION "person_trigram_text"(name TEXT, aliases TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN "public"."romanize_text"(folded) = folded THEN folded ELSE folded || ' ' || "public"."romanize_text"(folded) END
    FROM (SELECT "public"."fold_text"(name || coalesce(' ' || array_to_string(aliases, ' '), '')) AS folded) AS t $$;
CREATE OR REPLACE FUNCTION "initiative_trigram_text"(slug TEXT, name TEXT, aliases TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN "public"."romanize_text"(folded) = folded THEN folded ELSE folded || ' ' || "public"."romanize_text"(folded) END
    FROM (SELECT "public"."fold_text"(name || ' ' || slug || coalesce(' ' || array_to_string(aliases, ' '), '')) AS folded) AS t $$;

REINDEX INDEX "people_trigram_idx";
REINDEX INDEX "initiatives_trigram_idx";
