import { describe, expect, it } from 'vitest';
import { csvCell, defuseFormula } from '../src/http/export/csv-cells.js';

// CSV cells (src/http/export/csv-cells.ts): text a spreadsheet would evaluate gets a leading apostrophe, and so does
// text that already starts with one, so that removing one leading apostrophe always gives the stored text back.

describe('defuseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7008 1500', "'+44 20 7008 1500"],
    ['-5 degrees', "'-5 degrees"],
    ['@mention', "'@mention"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ["'=1+1", "''=1+1"],
    ["'We stand with Ukraine,' the Foreign Secretary said.", "''We stand with Ukraine,' the Foreign Secretary said."],
    ['plain text', 'plain text'],
    ['', ''],
  ])('%j → %j, and one apostrophe less is the stored text', (stored, cell) => {
    expect(defuseFormula(stored)).toBe(cell);
    const back = cell.startsWith("'") ? cell.slice(1) : cell;
    expect(back).toBe(stored);
  });

  it('writes null as an empty cell, lists as JSON, numbers as they are', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(['BRI', 'Silk Road'])).toBe('["BRI","Silk Road"]');
    expect(csvCell(0.85)).toBe('0.85');
  });
});
