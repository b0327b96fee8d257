import type { KnownInitiative } from '../draft.js';
import { foldText } from '../text/fold.js';

export interface InitiativeMention {
  slug: string;
  name: string;
  start: number;
  end: number;
  isCandidate: boolean;
}

interface AliasMatcher {
  slug: string;
  name: string;
  regex: RegExp;
  onFolded: boolean;
}

const edgeQuotes = /^["'“”‘’«»\s]+|["'“”‘’«»\s]+$/g;

/**
 * One matcher per alias. Acronyms ("BRI", "SCO", "CICA") are matched case-sensitively so "sco" inside a word or a
 * lower-case "cis" cannot match; everything else on case-, accent- and quote-folded text. Whitespace in an alias
 * matches any whitespace, "+" and "&" may have spaces around them or not ("China+Central Asia"), and "*" stands for
 * up to three words ("anniversary of the establishment of * diplomatic relations").
 */
export function compileAliases(catalogue: readonly KnownInitiative[]): AliasMatcher[] {
  // The same catalogue is passed for every meeting of every readout: compile it once.
  const compiled = compiledCatalogues.get(catalogue);
  if (compiled) return compiled;
  const matchers = compileAliasesOf(catalogue);
  compiledCatalogues.set(catalogue, matchers);
  return matchers;
}

const compiledCatalogues = new WeakMap<readonly KnownInitiative[], AliasMatcher[]>();

function compileAliasesOf(catalogue: readonly KnownInitiative[]): AliasMatcher[] {
  const matchers: AliasMatcher[] = [];
  for (const initiative of catalogue) {
    const aliases = new Set([initiative.name, ...initiative.aliases].map((alias) => alias.replace(edgeQuotes, '')));
    for (const alias of aliases) {
      if (alias.length < 2) continue;
      const isAcronym = /^[A-Z][A-Z0-9+&]{1,6}$/.test(alias);
      const source = isAcronym ? alias : foldText(alias);
      matchers.push({ slug: initiative.slug, name: initiative.name, regex: new RegExp(aliasPattern(source), 'gu'), onFolded: !isAcronym });
    }
  }
  return matchers;
}

function aliasPattern(alias: string): string {
  const parts = alias.split(/\s*([+&*])\s*|\s+/).filter((part) => part !== undefined && part !== '');
  let pattern = '';
  let previous: string | null = null;
  for (const part of parts) {
    const isJoin = part === '+' || part === '&';
    if (part === '*') pattern += "\\s+(?:[\\p{L}\\p{N}'-]+\\s+){0,3}?";
    else if (isJoin) pattern += `\\s*${part === '+' ? '\\+' : '&'}\\s*`;
    else pattern += (previous !== null && previous !== '+' && previous !== '&' && previous !== '*' ? '\\s+' : '') + escape(part);
    previous = part;
  }
  return `(?<![\\p{L}\\p{N}])${pattern.replace(/^\\s\+/, '')}(?![\\p{L}\\p{N}])`;
}

function escape(value: string): string {
  // Apostrophes are optional: "Foreign Ministers' Meeting" is also printed "Foreign Ministers Meeting".
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "'?");
}

/** Catalogue mentions in [start, end), overlaps resolved in favour of the longer one. */
export function findCatalogueMentions(
  text: string,
  folded: string,
  start: number,
  end: number,
  matchers: readonly AliasMatcher[],
): InitiativeMention[] {
  const found: InitiativeMention[] = [];
  const original = text.slice(start, end);
  const foldedRegion = folded.slice(start, end);
  for (const matcher of matchers) {
    matcher.regex.lastIndex = 0;
    const haystack = matcher.onFolded ? foldedRegion : original;
    for (let match = matcher.regex.exec(haystack); match; match = matcher.regex.exec(haystack)) {
      if (match[0].length === 0) {
        matcher.regex.lastIndex++;
        continue;
      }
      found.push({
        slug: matcher.slug,
        name: matcher.name,
        start: start + match.index,
        end: start + match.index + match[0].length,
        isCandidate: false,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: InitiativeMention[] = [];
  for (const mention of found) {
    const previous = kept[kept.length - 1];
    if (previous && mention.start < previous.end) {
      if (mention.end - mention.start > previous.end - previous.start) kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return dropPostModifiers(folded, kept);
}

// "the Council of Heads of Government (…) meeting of Member States of the Shanghai Cooperation Organization" is about
// the meeting, not the organisation: a mention that only qualifies the one before it ("… of the X") is dropped.
function dropPostModifiers(folded: string, mentions: readonly InitiativeMention[]): InitiativeMention[] {
  const kept: InitiativeMention[] = [];
  for (const mention of mentions) {
    const head = kept[kept.length - 1];
    if (head && head.slug !== mention.slug && mention.start - head.end <= 100) {
      const between = folded.slice(head.end, mention.start);
      if (/^[^.;!?]*\bof(?:\s+the)?\s*$/.test(between)) continue;
    }
    kept.push(mention);
  }
  return kept;
}
