// JSON that PostgreSQL writes, for reads the API sends as PostgreSQL produced them. Each encoding gives the text that
// JSON.stringify gives for the value the API has always sent: compact, keys in the order given, strings escaped
// alike, timestamps as Date#toISOString writes them (UTC, milliseconds), dates as YYYY-MM-DD, numbers as JavaScript
// writes them (json_number, see the json_encoding migration). So a body built here is the body fastify would have
// serialized from the same row, byte for byte; the tests that say so are in test/meeting-json.test.ts.

/** How a column's value is written as JSON. */
export type JsonEncoding =
  /** text, varchar, char: escaped by to_json */
  | 'string'
  /** uuid or an enum: text that needs no escaping */
  | 'token'
  | 'integer'
  /** double precision, as JavaScript writes numbers */
  | 'number'
  /** timestamptz → "2021-07-15T10:00:00.000Z" */
  | 'timestamp'
  /** date → "2021-07-15" */
  | 'date'
  /** text[] → ["a","b"] */
  | 'strings'
  /** an expression that is JSON text already (an embedded list) */
  | 'json';

/** One member of a JSON object: its encoding, whether it may be null, and the SQL expression when not a column. */
export interface JsonMember {
  as: JsonEncoding;
  nullable?: boolean;
  sql?: string;
}

const quoted = (expression: string) => `'"' || ${expression} || '"'`;

/** The SQL expression (text) of a value as JSON; `null` for a SQL NULL when the member may be null. */
export function jsonValue(expression: string, member: JsonMember): string {
  const encoded = {
    string: `to_json(${expression})::text`,
    token: quoted(`${expression}::text`),
    integer: `${expression}::text`,
    number: `"public"."json_number"(${expression})`,
    timestamp: quoted(`to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`),
    date: quoted(`to_char(${expression}, 'YYYY-MM-DD')`),
    strings: `array_to_json(${expression})::text`,
    json: expression,
  }[member.as];
  return member.nullable ? `coalesce(${encoded}, 'null')` : encoded;
}

const memberName = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * The SQL expression (text) of a JSON object with these members, in this order. A member's value is its `sql`, or
 * `column(name)`. Names are identifiers of ours (checked), never input.
 */
export function jsonObjectSql(
  members: ReadonlyArray<readonly [name: string, member: JsonMember]>,
  column: (name: string) => string,
): string {
  const parts = members.flatMap(([name, member], index) => {
    if (!memberName.test(name)) throw new Error(`not a JSON member name of ours: ${name}`);
    return [`'${index ? ',' : '{'}"${name}":'`, jsonValue(member.sql ?? column(name), member)];
  });
  return `concat(${[...parts, members.length ? `'}'` : `'{}'`].join(', ')})`;
}

/** The SQL expression (text) of a JSON array of `item` over the rows of `from` (… WHERE …), in `order`; `[]` for none. */
export function jsonArraySql(item: string, from: string, order: string): string {
  return `(SELECT concat('[', string_agg(${item}, ',' ORDER BY ${order}), ']') ${from})`;
}

/** The column of a record field in a table aliased `alias`: every @map in prisma/schema.prisma is the field in snake_case. */
export const tableColumn = (alias: string) => (field: string) =>
  `${alias}."${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}"`;

/** The column of a record field in a subquery that selected it under its field name (see selectColumns). */
export const fieldColumn = (alias: string) => (field: string) => `${alias}."${field}"`;
