// How a record becomes a row of CSV cells. Every cell is text: null and absent are empty, numbers and booleans as
// JavaScript writes them, arrays and objects as their JSON text (so `["BRI","Silk Road"]` reads back with any JSON
// parser). Text a spreadsheet would run as a formula — starting with =, +, -, @, a tab or a carriage return — gets a
// leading apostrophe (OWASP "CSV injection"): spreadsheets show the text, never evaluate it. Text that already starts
// with an apostrophe gets one too, so removing one leading apostrophe always gives the stored text back. The CSV
// quoting itself (RFC 4180) is csv-stringify's, told to quote a lone carriage return as well as a line feed.

const formulaStart = /^[=+\-@\t\r']/;

/** Text a spreadsheet would not evaluate: `'` before a leading =, +, -, @, tab, CR or `'`; other text unchanged. */
export const defuseFormula = (text: string): string => (formulaStart.test(text) ? `'${text}` : text);

/** One value as a CSV cell (see above). */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return defuseFormula(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/** A record as the cells of `columns`, in that order. */
export const csvRow = (record: Record<string, unknown>, columns: readonly string[]): string[] =>
  columns.map((column) => csvCell(record[column]));
