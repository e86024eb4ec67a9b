import { describe, expect, it } from 'vitest';
import { toFtsQuery, toTsQuery } from './fts-query';

describe('toFtsQuery', () => {
  it('quotes every word so FTS5 operators are plain text', () => {
    expect(toFtsQuery('kelp AND "canopy" OR NEAR(')).toBe('"kelp" "AND" "canopy" "OR" "NEAR"*');
  });
  it('adds a prefix match to the last word of three letters or more', () => {
    expect(toFtsQuery('tidal ga')).toBe('"tidal" "ga"');
    expect(toFtsQuery('tidal gat')).toBe('"tidal" "gat"*');
  });
  it('returns nothing for input without words', () => {
    expect(toFtsQuery('  ;;; <> ')).toBeUndefined();
  });
  it('keeps letters from any script', () => {
    expect(toFtsQuery('Zürich café')).toBe('"Zürich" "café"*');
  });
});

describe('toTsQuery', () => {
  it('quotes every word so tsquery operators are plain text, all required', () => {
    expect(toTsQuery("kelp & !canopy | it's <->")).toBe("'kelp' & 'canopy' & 'it' & 's'");
  });
  it('adds a prefix match to the last word of three letters or more', () => {
    expect(toTsQuery('tidal ga')).toBe("'tidal' & 'ga'");
    expect(toTsQuery('tidal gat')).toBe("'tidal' & 'gat':*");
  });
  it('returns nothing for input without words', () => {
    expect(toTsQuery('  ;;; <> ')).toBeUndefined();
  });
});
