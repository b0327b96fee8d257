import { describe, expect, it } from 'vitest';
import { firstErrorByTokens, jsonSyntaxError } from '../src/http/json-body.js';

// Where a body stops being JSON: jsonc-parser's tolerant parser names the place, and — for text nested past the stack
// its recursion can take — the token reading with a stack of our own does (new-user trial 125, F14). Both must name
// the same place and the same expectation for every malformed text.

const malformed = [
  '{',
  '[',
  '{"a"}',
  '{"a":}',
  '{"a":1,}',
  '[1,]',
  '[1 2]',
  '{"a":1 "b":2}',
  '{a:1}',
  '[tru]',
  '"abc',
  '["a\\x"]',
  '{}x',
  '[] []',
  '[/* c */]',
  '',
  '  ',
  '{"a":[1,{"b":}]}',
  '["\\u12"]',
  '{"a":1}}',
  '[{]',
  '{[]}',
  '["a"\n,\n}]',
  '{"a" 1}',
  '[1]]',
  '{"a":1,"b"}',
  '[,1]',
  '{,}',
  '[\n  1,\n  ]',
  '{"a":',
  '{"a"',
  '{"a":1',
  '[1,',
  '{"a":1,',
  '[[',
  '{"a":[',
  ']',
  ':',
  '[:]',
  '{"a"::1}',
  '[1:2]',
  '{"a":1]',
  '[1}',
  'tru',
  '[1,,2]',
  '{"a":1,,"b":2}',
  '"a" "b"',
  '{"a":{"b":[1,2,{"c":}]}}',
];

describe('the first place a text stops being JSON', () => {
  it.each(malformed)('%j: the token reading names the place the parser names', (text) => {
    const parsed = jsonSyntaxError(text);
    expect(parsed).not.toBeNull();
    expect(firstErrorByTokens(text)).toEqual({ offset: parsed?.offset, expected: parsed?.expected });
  });

  it.each(['{}', '[]', '{"a":[1,{"b":null}],"c":"d"}', ' [true, false, null, -1.5e3, "x\\n"] ', '"text"', '0'])(
    '%j is JSON to both',
    (text) => {
      expect(jsonSyntaxError(text)).toBeNull();
      expect(firstErrorByTokens(text)).toBeNull();
    },
  );

  it.each([10, 1_000, 10_000, 100_000])('nested %i brackets deep, the place is still named', (depth) => {
    const text = `{"name":"ab",\n"x":${'['.repeat(depth)}}`;
    expect(jsonSyntaxError(text)).toEqual({ offset: 18 + depth, line: 2, column: 5 + depth, expected: 'a value' });
  });
});
