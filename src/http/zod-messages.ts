import { z } from 'zod';
import type { $ZodRawIssue } from 'zod/v4/core';

// Validation messages in the API's own words, for every schema that does not give one of its own: zod's ("Invalid
// input: expected object, received array", "Too big: expected string to have <=200 characters", "Invalid ISO
// datetime") reached problem details on every route (new-user trial 141 F9, F12; trial 140 F11). The messages follow
// the field errors' style: the member is the pointer, the message says what it must be ("must be at most 200
// characters long"). Installed once, process-wide, by importing this module (http/schemas.ts does).

type Issue = $ZodRawIssue;

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

/** What a JSON value is, as a message names it: "an array", "null", "a string". */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  // 1e400 parses as Infinity (new-user trial 142 F8: "must be a number, not a number").
  if (typeof value === 'number' && !Number.isFinite(value)) return `${value < 0 ? '-' : ''}Infinity (beyond a double)`;
  return article(typeof value);
}

const nouns: Record<string, string> = { int: 'integer', nan: 'number' };
const formats: Record<string, string> = {
  datetime: 'an RFC 3339 date-time with its offset, such as "2025-01-01T00:00:00Z"',
  date: 'a date YYYY-MM-DD',
  time: 'a time HH:MM',
  uuid: 'a UUID such as "01a2517b-7fa1-705e-aeb8-1d403723e997"',
  guid: 'a UUID',
  email: 'an e-mail address',
  url: 'a URL',
};

/** The message for a zod issue that no schema worded, or undefined to keep zod's. */
export function issueMessage(issue: Issue): string | undefined {
  const { input } = issue;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = String(issue.expected);
      if (input === undefined) return 'is required';
      // A merge patch's null clears a member: one that cannot be cleared says so.
      if (input === null) return `cannot be null: send ${article(nouns[expected] ?? expected)}, or leave the member out`;
      return `must be ${article(nouns[expected] ?? expected)}, not ${kindOf(input)}`;
    }
    case 'too_big': {
      const limit = String(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${limit} characters long`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must hold at most ${limit} items`;
      return issue.inclusive === false ? `must be less than ${limit}` : `must be at most ${limit}`;
    }
    case 'too_small': {
      const limit = String(issue.minimum);
      if (issue.origin === 'string') return limit === '1' ? 'must not be empty' : `must be at least ${limit} characters long`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return limit === '1' ? 'must hold at least one item' : `must hold at least ${limit} items`;
      return issue.inclusive === false ? `must be greater than ${limit}` : `must be at least ${limit}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((value: unknown) => JSON.stringify(value));
      return values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(', ')}`;
    }
    case 'invalid_format': {
      const wanted = formats[issue.format];
      return wanted ? `must be ${wanted}` : `is not a valid ${issue.format}`;
    }
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'is not a known member' : 'are not known members'}: ${issue.keys.map((key: string) => JSON.stringify(key)).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return undefined;
  }
}

z.config({ customError: issueMessage });
