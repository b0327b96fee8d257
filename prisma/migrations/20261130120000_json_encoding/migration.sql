-- Reads of meetings are JSON that PostgreSQL writes and the API sends as it is (src/db/json-sql.ts). Text, integers,
-- arrays and timestamps have built-in encodings that give the very text JSON.stringify gives; these two functions
-- cover what has none: numbers as JavaScript writes them, and a slice of a text at UTF-16 offsets, as JavaScript
-- indexes strings (provenance spans). Made with `npm run db:migrate:create -- json_encoding --empty`.

-- A double as JSON.stringify writes it (ECMAScript Number::toString): PostgreSQL's shortest round-trip digits, laid
-- out as JavaScript lays them out — fixed notation from 1e-7 up to 1e21 where PostgreSQL switches to exponents below
-- 1e-4 and from 1e15, exponents without leading zeros, -0 as 0, and null for NaN and infinities. The digits are the
-- same but where the shortest ones lie exactly halfway to the next double (seen only above 1e16): JavaScript takes
-- them, PostgreSQL writes one digit more. Both read back as the same number.
CREATE FUNCTION "json_number"(value DOUBLE PRECISION) RETURNS TEXT
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
  SET extra_float_digits = 1
  AS $$
  DECLARE
    parts TEXT[];
    digits TEXT;
    point INTEGER;
  BEGIN
    IF value = 0 THEN RETURN '0'; END IF;
    IF value IN ('NaN', 'Infinity', '-Infinity') THEN RETURN 'null'; END IF;
    parts := regexp_match(value::TEXT, '^(-?)(\d)(?:\.(\d+))?e([-+]\d+)$');
    -- Fixed notation (1e-4 <= |value| < 1e15): JavaScript writes the same there.
    IF parts IS NULL THEN RETURN value::TEXT; END IF;
    digits := parts[2] || coalesce(parts[3], '');
    point := parts[4]::INTEGER + 1;
    IF point BETWEEN length(digits) AND 21 THEN RETURN parts[1] || digits || repeat('0', point - length(digits)); END IF;
    IF point BETWEEN 1 AND 21 THEN RETURN parts[1] || left(digits, point) || '.' || substr(digits, point + 1); END IF;
    IF point BETWEEN -5 AND 0 THEN RETURN parts[1] || '0.' || repeat('0', -point) || digits; END IF;
    RETURN parts[1] || parts[2] || coalesce('.' || parts[3], '') || 'e' || CASE WHEN point > 0 THEN '+' ELSE '-' END || abs(point - 1);
  END
  $$;

-- Where a UTF-16 offset falls in a text: the index of the code point it starts (code points past the end clamp to the
-- length, as String.prototype.slice does), and whether it falls between the two halves of a character outside the
-- Basic Multilingual Plane (`splits`: then `code_point` is that character's index). Walks from one such character to
-- the next, not character by character.
CREATE FUNCTION "utf16_code_point"(source TEXT, unit INTEGER, OUT code_point INTEGER, OUT splits BOOLEAN)
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
  DECLARE
    segments TEXT[] := regexp_split_to_array(source, '[\U00010000-\U0010FFFF]');
    units INTEGER := 0;
  BEGIN
    code_point := 0;
    splits := false;
    FOR i IN 1 .. array_length(segments, 1) LOOP
      IF units + length(segments[i]) >= unit THEN
        code_point := code_point + unit - units;
        RETURN;
      END IF;
      code_point := code_point + length(segments[i]);
      units := units + length(segments[i]);
      EXIT WHEN i = array_length(segments, 1);
      IF units + 1 = unit THEN
        splits := true;
        RETURN;
      END IF;
      code_point := code_point + 1;
      units := units + 2;
    END LOOP;
  END
  $$;

-- JSON.stringify(source.slice(start_unit, end_unit)) with JavaScript's UTF-16 offsets: a JSON string literal. An
-- offset that falls inside a character outside the BMP leaves half of it, a lone surrogate, which JSON.stringify
-- writes as an escape (`\udc00`) and so does this. Offsets are those of provenance spans: 0 <= start < end.
CREATE FUNCTION "json_utf16_slice"(source TEXT, start_unit INTEGER, end_unit INTEGER) RETURNS TEXT
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
  DECLARE
    -- end_unit code points hold at least end_unit UTF-16 code units.
    head TEXT := left(source, greatest(end_unit, 0));
    first_point INTEGER;
    first_splits BOOLEAN;
    last_point INTEGER;
    last_splits BOOLEAN;
    lead TEXT := '';
    tail TEXT := '';
    inner_json TEXT;
  BEGIN
    IF head !~ '[\U00010000-\U0010FFFF]' THEN
      RETURN to_json(substr(head, start_unit + 1, greatest(end_unit - start_unit, 0)))::TEXT;
    END IF;
    SELECT p.code_point, p.splits INTO first_point, first_splits FROM "public"."utf16_code_point"(head, start_unit) AS p;
    SELECT p.code_point, p.splits INTO last_point, last_splits FROM "public"."utf16_code_point"(head, end_unit) AS p;
    IF first_splits THEN
      -- The low surrogate: 0xDC00 plus the character's last ten bits.
      lead := '\u' || to_hex(56320 + (ascii(substr(head, first_point + 1, 1)) - 65536) % 1024);
      first_point := first_point + 1;
    END IF;
    IF last_splits THEN
      -- The high surrogate: 0xD800 plus the bits above those.
      tail := '\u' || to_hex(55296 + (ascii(substr(head, last_point + 1, 1)) - 65536) / 1024);
    END IF;
    inner_json := to_json(substr(head, first_point + 1, greatest(last_point - first_point, 0)))::TEXT;
    RETURN '"' || lead || substr(inner_json, 2, length(inner_json) - 2) || tail || '"';
  END
  $$;
