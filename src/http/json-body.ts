import { createScanner, parse as parseTolerantly, printParseErrorCode, visit, type JSONPath, type ParseError } from 'jsonc-parser';
import { maxFieldErrors } from './errors.js';

// What is wrong with JSON a client sent, said where it is: the first syntax error by line and column, and a member an
// object names twice. jsonc-parser (Microsoft's, the parser of VS Code's JSON support) reads the text again only once
// JSON.parse has refused it, or once a cheap count says a member may repeat.

/** Where a text stops being JSON: 1-based line and column (UTF-16 code units, as JavaScript counts), 0-based offset. */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  /** What a reader expected there: "a value", "',' or '}'", "a member name in double quotes", … */
  expected: string;
}

// By jsonc-parser's names of its error codes (printParseErrorCode; the codes are a const enum).
const expectations: Record<string, string> = {
  InvalidSymbol: 'a JSON value (strings in double quotes; true, false, null; numbers)',
  InvalidNumberFormat: 'a number in JSON form (no leading zeros, no trailing point)',
  PropertyNameExpected: 'a member name in double quotes',
  ValueExpected: 'a value',
  ColonExpected: "':' after the member name",
  CommaExpected: "',' between the members or items",
  CloseBraceExpected: "',' or '}'",
  CloseBracketExpected: "',' or ']'",
  EndOfFileExpected: 'the end of the text after the value',
  InvalidCommentToken: 'no comment (JSON has none)',
  UnexpectedEndOfComment: 'no comment (JSON has none)',
  UnexpectedEndOfString: "the string's closing double quote",
  UnexpectedEndOfNumber: 'the digits of the number',
  InvalidUnicode: 'four hexadecimal digits after \\u',
  InvalidEscapeCharacter: 'an escape JSON has (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)',
  InvalidCharacter: 'no control character inside a string (escape it: \\n, \\t)',
};

/**
 * The first place `text` is not JSON (RFC 8259), or null when a strict reading finds none (JSON.parse's own message
 * is then all there is to say). Comments and trailing commas are errors, as JSON.parse has them.
 */
export function jsonSyntaxError(given: string): JsonSyntaxError | null {
  // A UTF-8 byte order mark is allowed before JSON (JSON.parse is given the text without it); positions are counted as
  // an editor shows them, without it (trial 114: every error was "line 1, column 1", the mark itself).
  const text = given.startsWith('\uFEFF') ? given.slice(1) : given;
  const errors: ParseError[] = [];
  let first: { offset: number; expected: string } | null;
  try {
    parseTolerantly(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    first = errors[0] ? { offset: errors[0].offset, expected: expectations[printParseErrorCode(errors[0].error)] ?? 'JSON' } : null;
  } catch {
    // The tolerant parser recurses: text nested past the stack's depth is read by tokens, with a stack of our own
    // (new-user trial 125: 10,000 brackets deep, the error had no place).
    first = firstErrorByTokens(text);
  }
  if (!first) return null;
  const before = text.slice(0, first.offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { offset: first.offset, line: before.split('\n').length, column: first.offset - lineStart + 1, expected: first.expected };
}

// jsonc-parser's SyntaxKind and ScanError values (const enums in its types).
const token = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, comma: 5, colon: 6, string: 10, unknown: 16, eof: 17 };
const literals = new Set([7, 8, 9, 10, 11]);
const trivia = new Set([14, 15]);
const comments = new Set([12, 13]);
const scanErrors = [
  '',
  'UnexpectedEndOfComment',
  'UnexpectedEndOfString',
  'UnexpectedEndOfNumber',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
];

/**
 * The first syntax error of `text` read token by token without recursion (jsonc-parser's scanner): its 0-based offset
 * and what was expected there, as jsonSyntaxError gives them; null when the text is JSON.
 */
export function firstErrorByTokens(text: string): { offset: number; expected: string } | null {
  const scanner = createScanner(text, false);
  const open: number[] = [];
  let expect: 'value' | 'key' | 'colon' | 'next' = 'value';
  let opened = false;
  for (;;) {
    const kind = scanner.scan() as number;
    if (trivia.has(kind)) continue;
    const at = scanner.getTokenOffset();
    const fail = (name: string) => ({ offset: at, expected: expectations[name] ?? 'JSON' });
    const scanError = scanner.getTokenError() as number;
    if (scanError !== 0) return fail(scanErrors[scanError] ?? '');
    if (comments.has(kind)) return fail('InvalidCommentToken');
    if (kind === token.unknown) return fail('InvalidSymbol');
    const top = open[open.length - 1];
    const closing = top === token.openBrace ? 'CloseBraceExpected' : 'CloseBracketExpected';
    if (expect === 'next') {
      if (kind === token.eof && top === undefined) return null;
      if (top === undefined) return fail('EndOfFileExpected');
      if (kind === token.comma) [expect, opened] = [top === token.openBrace ? 'key' : 'value', false];
      else if (kind === (top === token.openBrace ? token.closeBrace : token.closeBracket)) open.pop();
      else return fail(kind === token.eof ? closing : 'CommaExpected');
    } else if (expect === 'key') {
      if (kind === token.string) [expect, opened] = ['colon', false];
      else if (kind === token.closeBrace && opened) {
        open.pop();
        [expect, opened] = ['next', false];
      } else if (kind === token.eof && opened) return fail(closing);
      else return fail(kind === token.comma && opened ? 'ValueExpected' : 'PropertyNameExpected');
    } else if (expect === 'colon') {
      if (kind !== token.colon) return fail('ColonExpected');
      expect = 'value';
    } else if (kind === token.openBrace || kind === token.openBracket) {
      open.push(kind);
      [expect, opened] = [kind === token.openBrace ? 'key' : 'value', true];
    } else if (kind === token.closeBracket && opened && top === token.openBracket) {
      open.pop();
      [expect, opened] = ['next', false];
    } else if (literals.has(kind)) [expect, opened] = ['next', false];
    else if (kind === token.eof && opened && top !== undefined) return fail(closing);
    else return fail('ValueExpected');
  }
}

/**
 * Why `text` is not JSON, for a problem's detail: "line 2, column 10: expected a value", or JSON.parse's `fallback`
 * message when the strict reading finds no place.
 */
export function whyNotJson(text: string, fallback: string): string {
  const error = jsonSyntaxError(text);
  return error ? `line ${error.line}, column ${error.column}: expected ${error.expected}` : fallback;
}

// Members in the parsed value, counted in every object at every depth (without recursion: a body may nest 100,000
// arrays deep before the depth check refuses it).
function memberCount(value: unknown): number {
  let count = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next !== 'object') continue;
    if (Array.isArray(next)) {
      for (const item of next) if (item !== null && typeof item === 'object') pending.push(item);
      continue;
    }
    for (const key in next) {
      count++;
      const member = (next as Record<string, unknown>)[key];
      if (member !== null && typeof member === 'object') pending.push(member);
    }
  }
  return count;
}

// Colons outside the text's strings: every member has exactly one, so in text JSON.parse accepted, more of them than
// the parsed value has members means a member was sent twice and JSON.parse kept only the last. (Counting every colon
// made a body whose statements say "Statement 1: …" read again by the visitor on every request.)
function colonCount(text: string): number {
  let count = 0;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    // In a string a backslash escapes the next character (an escaped quote does not end it), a quote ends it.
    if (inString) {
      if (code === 0x5c) at++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x3a) count++;
  }
  return count;
}

const pointerOf = (path: JSONPath): string => path.map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/**
 * The JSON Pointers (RFC 6901) of the members that an object of `text` names again (`/meetings/0/date`), in the text's
 * order, each once — the first `maxFieldErrors` of them, and how many `more` repeats follow; none for most texts.
 * `value` is what JSON.parse made of `text`; it kept only the last of the two, silently (RFC 8259 §4: names SHOULD be
 * unique; I-JSON, RFC 7493 §2.3: MUST NOT repeat), so an editor's second "date" would replace the first without a
 * word. Costs a count of the members and of the colons outside strings, and reads the text again only when the colons
 * outnumber the members; past the first `maxFieldErrors` repeats it only counts (a path built for each of thousands of nested
 * repeats made 400 KB take a second: trial 114).
 */
export function repeatedMembers(text: string, value: unknown): { pointers: string[]; more: number } {
  if (colonCount(text) <= memberCount(value)) return { pointers: [], more: 0 };
  const open: Set<string>[] = [];
  const found = new Set<string>();
  let more = 0;
  try {
    visit(
      text,
      {
        onObjectBegin: () => {
          open.push(new Set());
        },
        onObjectEnd: () => {
          open.pop();
        },
        onObjectProperty: (name, _offset, _length, _line, _column, pathSupplier) => {
          const names = open.at(-1);
          if (!names) return;
          if (names.has(name)) {
            if (found.size < maxFieldErrors) found.add(pointerOf([...pathSupplier(), name]));
            else more++;
          }
          names.add(name);
        },
      },
      { disallowComments: true },
    );
  } catch {
    // Nested past the stack's depth (the visitor recurses): such a body is refused for its depth anyway.
  }
  return { pointers: [...found], more };
}

/** The message of an error at a repeated member. */
export const repeatedMemberMessage = 'is sent twice in one object; send each member once (RFC 7493 §2.3)';
