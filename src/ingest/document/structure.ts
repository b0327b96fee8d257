import { lookupCity } from '../recognize/places.js';
import { lookupCountry } from '../recognize/countries.js';
import { footerLine, furnitureLine, relatedLink, stampWords } from '../lexicon/page-furniture.js';
import { findDates, isFullDate, type DateMention } from '../recognize/dates.js';
import { foldText } from '../text/fold.js';
import type { Segment } from '../text/span.js';
import { findDateline, placeLineDateline, type Dateline } from './dateline.js';
import { joinWrapped, physicalLines, type Line } from './lines.js';
import { analyse, type Sentence } from './nlp.js';

/** A line of the readout with its sentences; `index` counts the readout's paragraphs, the headline being 0 if any. */
export interface Paragraph extends Segment {
  index: number;
  sentences: Sentence[];
}

/**
 * What a readout is made of, read from the page as copied: its headline, the dateline that opens the body, the page's
 * own date stamps ("2023-02-04 11:14", "Published 17 June 2021"), and the body's paragraphs up to the first footer
 * line ("Leave a Reply", "Related news"). Navigation and widgets ("Share", "Print", "Home > News") are left out.
 */
export interface DocumentStructure {
  text: string;
  headline: Paragraph | null;
  /** Lines between the headline and the body (bylines, standfirsts): read for who is who, never for statements. */
  preface: Paragraph[];
  dateline: Dateline | null;
  stamps: DateMention[];
  body: Paragraph[];
  /** Numeric dates are month first on this page ("05/08/2021 | 07:06am EDT" is 8 May). */
  monthFirst: boolean;
}

const teaserCut = /[^.]\.\.\s*$/;
const ellipsisCut = /(?:[^.]\.\.\.|…)\s*$/;

const meetingWords =
  /\b(?:meets?|met|meeting|talks?|call|conversation|telephone|phone|visit|visits|discuss(?:es|ed)?|readout|holds|held|receives|received|confer|video)\b/i;
const usTimeZone = /\b(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST)\b/;
// A dateline of the United States' capital or of a city with its state as U.S. agencies write it ("ANNAPOLIS, Md.").
const usDateline =
  /^\s*(?:WASHINGTON|Washington|NEW YORK|New York)(?:,?\s*D\.?\s?C\.?)?\s*[,(–—-]|^\s*\p{Lu}[\p{L} .'’-]{1,30},\s*(?:D\.C\.|N\.Y\.|Calif\.|Fla\.|Md\.|Va\.|Mass\.|Ill\.|Ga\.|Colo\.|Texas|Hawaii|Alaska)\s*[,(–—-]/mu;

export function readStructure(text: string, limit: number, page: { usPublisher?: boolean } = {}): DocumentStructure {
  // A U.S. publisher's pages (its name or site known to be American: "U.S. Department of State", state.gov) write
  // numeric dates month first, "03/07/2025" for 7 March (new-user trial 103), as do pages stamped with a U.S. time zone.
  // So do pages whose dateline is a U.S. one: "WASHINGTON, 03/05/2024 -" is 5 March (new-user trial 125).
  const monthFirst =
    page.usPublisher === true ||
    usTimeZone.test(text.slice(0, Math.min(limit, 20_000))) ||
    usDateline.test(text.slice(0, Math.min(limit, 2_000))) ||
    numericDatesAreMonthFirst(text, Math.min(limit, 20_000));
  const stamps: DateMention[] = [];
  const stampLines: Line[] = [];
  // Under a sidebar's heading ("Recent Posts", "Related News", "Most Read"), the stamps are other stories' dates
  // (blind-69: five "December 12, 2024" under "Recent Posts" had dated a call "today"); they are dropped as lines, not
  // read as the page's.
  let inSidebar = false;
  const lines = joinWrapped(
    text,
    physicalLines(text, limit)
      .flatMap((line) => unglued(text, line, monthFirst))
      .filter((line) => {
        if (sidebarHeading.test(foldText(line.text.slice(0, 60)))) inSidebar = true;
        const stamp = stampOf(text, line, monthFirst);
        if (stamp && inSidebar) return false;
        if (stamp) {
          stamps.push(stamp);
          stampLines.push(line);
        }
        return stamp === null;
      }),
  );
  const kept: Line[] = [];
  let inFooter = false;
  // A footer line ends the readout once some of it has been read: "Source: Reuters" under a one-line standfirst
  // opens the article instead.
  let proseWords = 0;
  // Inside a block of links to other stories set in the article: its links (short lines, no prose) are skipped.
  let inLinkBlock = false;
  for (const [at, line] of lines.entries()) {
    const folded = foldText(line.text.slice(0, 120));
    if (inFooter) continue;
    if (inLinkBlock) {
      if (!isProse(line)) continue;
      inLinkBlock = false;
    }
    // "READ MORE ⏎ Trump will back Haiti mission, Kenya says ⏎ … ⏎ Speaking at the meeting, Uhuru urged …" (blind-43):
    // a heading over links to other stories, then the article goes on — not its end.
    // "ALSO READ ⏎ Ethiopian FM to visit India from Feb 16 ⏎ … ⏎ External Affairs Minister S Jaishankar on Friday held …"
    // (new-user trial 130 F8): such a heading before any of the article is its links too (the first had been the headline).
    if (relatedBlock.test(folded) && (proseWords === 0 || storyGoesOn(kept, lines.slice(at + 1, at + 8)))) {
      inLinkBlock = true;
      continue;
    }
    // "Read More: Minister Haimbe to represent President Hichilema at AU meeting", then the article goes on: a link to
    // another story set inside this one, not the end of it.
    if (inlineLink.test(folded) && lines.slice(at + 1, at + 3).some((next) => isProse(next) && next.text.split(/\s+/).length >= 8))
      continue;
    if (proseWords >= 25 && footerLine.test(folded)) {
      // "Follow us on ⏎ google-news ⏎ whatsapp" under the lead, then "Sheikh Mohammed said …": a sharing widget set
      // inside the article, not its end.
      if (shareWidget.test(folded) && storyGoesOn(kept, lines.slice(at + 1, at + 12))) continue;
      // "Source: EFE" under the lead, then "Jaishankar met with his Paraguayan counterpart …" (blind-53): a wire
      // service's credit set after the lead, not the end of the article.
      if (sourceCredit.test(folded) && storyGoesOn(kept, lines.slice(at + 1, at + 4))) continue;
      inFooter = true;
      continue;
    }
    // "President Duda discusses EU enlargement with Montenegrin counterpart ⏎ see more": a related story's headline.
    if (relatedLink.test(folded)) {
      const previous = kept[kept.length - 1];
      // Not a line the site cut short to link the rest: "Minister Sơn said that the visit was of great significance,
      // contributing to … the two countries… Read More" (blind-66) is the article's last sentence.
      if (previous && !/[.!?:;"”’)…]$/.test(previous.text) && previous.text.split(/\s+/).length <= 20) kept.pop();
      continue;
    }
    if (furnitureLine.test(folded)) continue;
    // Teasers of other stories under the readout, each cut short by the site ("… she joked,..", "… sent to President..",
    // blind-49): a line cut with two dots beside another cut line, or the last, is one; two lines in a row cut with an
    // ellipsis end the readout. One such line alone between paragraphs of the story is its own with a stray dot
    // ("… reduce energy dependence on Russia..", blind-76).
    if (proseWords >= 25 && teaserCut.test(line.text) && besideCutLine(lines, at)) continue;
    if (proseWords >= 25 && ellipsisCut.test(line.text) && ellipsisCut.test(lines[at + 1]?.text ?? '')) {
      inFooter = true;
      continue;
    }
    kept.push(line);
    if (isProse(line)) proseWords += line.text.split(/\s+/).length;
  }
  let bodyFrom = kept.findIndex((line, at) => isProse(line) && !(at === 0 && line.heading));
  // "Sergey Lavrov: Mr Minister, dear friends," over the first paragraph of his speech (a transcript, new-user trial
  // 128 F2): the speaker's label that salutes opens the body.
  if (bodyFrom > 0 && salutingLabel.test(kept[bodyFrom - 1]?.text ?? '')) bodyFrom -= 1;
  // "ISLAMABAD: Foreign Minister …" opens the article; captions and summary bullets above it are not the readout.
  const datelined = kept.findIndex((line, at) => at > bodyFrom && at <= bodyFrom + 6 && findDateline(text, line) !== null);
  // Not past paragraphs of an article of their own: "St. Petersburg - President Mbeki returns … held several bilateral
  // discussions …" then "Visit to Côte d'Ivoire ⏎ Abidjan - …" is a release of two parts, each with its dateline; nor
  // a whole article of one long paragraph, printed again below (and cut there) by a forum that reposts it.
  const proseBefore = kept.slice(Math.max(bodyFrom, 0), Math.max(datelined, 0)).filter(isProse);
  const wordsBefore = proseBefore.reduce((sum, line) => sum + line.text.split(/\s+/).length, 0);
  if (bodyFrom >= 0 && datelined > bodyFrom && !((proseBefore.length >= 3 && wordsBefore >= 100) || wordsBefore >= 150))
    bodyFrom = datelined;
  const preface = bodyFrom < 0 ? kept : kept.slice(0, bodyFrom);
  // "Chinese Foreign Minister Wang Yi (R) shakes hands with … Jan 27, 2016.[Photo by Feng Yongbin/chinadaily.com.cn]"
  // (new-user trial 130 F8): a photo's caption, which credits it, is no headline.
  const headlineCandidates = preface.filter((line) => !photoCredit.test(line.text));
  const headlineLine =
    headlineCandidates.find((line) => line.heading) ??
    // "HomeCosta RicaCosta Rica and Honduras Join Forces to Revive Stagnant SICA" then the headline alone (blind-45): a
    // line the page prints again, in its breadcrumb or twice, under a masthead slogan.
    headlineCandidates.find(
      (line) => isHeadlineLike(line) && preface.some((other) => other !== line && printedAgain(line.text, other.text)),
    ) ??
    headlineCandidates.find((line) => isHeadlineLike(line) && !siteTitle.test(line.text) && meetingWords.test(line.text)) ??
    headlineCandidates.find((line) => isHeadlineLike(line) && !siteTitle.test(line.text)) ??
    headlineCandidates.find(isHeadlineLike) ??
    null;
  let bodyLines = bodyFrom < 0 ? (headlineLine ? [] : kept) : kept.slice(bodyFrom);
  // Short lines after the last paragraph of prose are tags, bylines and links ("Politics", "Comment Here").
  const lastProse = bodyLines.findLastIndex(
    (line, at) =>
      isProse(line) ||
      (at === bodyLines.length - 1 && cutByTheStore(text, line, limit)) ||
      listedAfterColon(bodyLines, at) ||
      // "He said Vanuatu would continue … has been a timely one" over "Photo Fiji Govt" (blind-81): a paragraph that lost
      // its full stop, with only a credit or a tag after it — not one cut mid-sentence ("… ahead of" over "Share this",
      // blind-67: a teaser the page cut).
      (sentenceShaped(line) &&
        !/\b(?:of|the|a|an|and|or|to|with|in|on|for|at|by|from|as|that|his|her|their)$/i.test(line.text.trim()) &&
        bodyLines.slice(at + 1).every((next) => next.text.split(/\s+/).length <= 6)),
  );
  // "Today I met with …" signed "Espen Barth Eide, Minister of Foreign Affairs" (new-user trial 127): the line that
  // signs a text in the first person names its author — kept, though it is no prose.
  const signature = lastProse >= 0 ? bodyLines[lastProse + 1] : undefined;
  const signed =
    signature !== undefined &&
    signatureLine.test(signature.text) &&
    bodyLines.slice(0, lastProse + 1).some((line) => firstPersonSingular.test(line.text));
  if (lastProse >= 0) bodyLines = bodyLines.slice(0, lastProse + (signed ? 2 : 1));
  // "Montevideo, March 28th 2024 - 20:06 UTC" above the headline and "Thursday, February 16th 2017 - 11:31 UTC" between
  // it and the body: a stamp above the headline dated after the article's own is the site's clock (the day the page was
  // read), not the article's date.
  const bodyStart = bodyLines[0]?.start;
  if (headlineLine && bodyStart !== undefined) {
    const dayKey = (stamp: DateMention) => (stamp.year ?? 0) * 10_000 + (stamp.month ?? 0) * 100 + (stamp.day ?? 0);
    const under = stamps.filter((stamp, at) => {
      const line = stampLines[at] as Line;
      return isFullDate(stamp) && line.start > headlineLine.start && line.start < bodyStart;
    });
    const clock = stampLines.flatMap((line, at) => {
      const stamp = stamps[at] as DateMention;
      return line.start < headlineLine.start && isFullDate(stamp) && under.some((other) => dayKey(other) < dayKey(stamp)) ? [at] : [];
    });
    for (const at of clock.reverse()) {
      stamps.splice(at, 1);
      stampLines.splice(at, 1);
    }
  }
  const dateline = monthFirstDate(
    text,
    // "00:01 | Bogota (Colombia), Dec. 4." as the body's first line: a dateline printed on a line of its own.
    (bodyLines[0] ? (findDateline(text, bodyLines[0]) ?? placeLineDateline(text, bodyLines[0])) : null) ??
      stampDateline(text, stampLines, stamps) ??
      preface.map((line) => placeLineDateline(text, line)).find((found) => found !== null) ??
      null,
    monthFirst,
  );
  // "(Photo) Japan-Viet Nam Foreign Ministers' Meeting" (new-user trial 131): a page's marker of a photo before the
  // headline is no word of it.
  const marked = headlineLine ? /^\s*[([](?:photos?|videos?|gallery)[)\]]\s*/i.exec(headlineLine.text) : null;
  const headlineText =
    headlineLine && marked && marked[0].length < headlineLine.text.length
      ? { ...headlineLine, start: headlineLine.start + marked[0].length, text: headlineLine.text.slice(marked[0].length) }
      : headlineLine;
  const headline = headlineText ? paragraphOf(text, headlineText, 0, headlineText.start) : null;
  const offset = headline ? 1 : 0;
  // The lead is read after its dateline; a dateline taken from a stamp line is not part of it.
  const opensWith = (line: Line) => dateline !== null && dateline.span.start >= line.start && dateline.span.end <= line.end;
  const body = bodyLines.map((line, at) =>
    paragraphOf(text, withoutEndMark(line), at + offset, at === 0 && opensWith(line) ? (dateline as Dateline).span.end : line.start),
  );
  const prefaceParagraphs = preface.filter((line) => line !== headlineLine).map((line, at) => paragraphOf(text, line, -1 - at, line.start));
  return { text, headline, preface: prefaceParagraphs, dateline, stamps, body, monthFirst };
}

// A numeric dateline date read again month first on a page that writes dates so ("WASHINGTON, 03/05/2024 -").
function monthFirstDate(text: string, dateline: Dateline | null, monthFirst: boolean): Dateline | null {
  if (!dateline?.date || !monthFirst) return dateline;
  const [again] = findDates(text, dateline.date.start, dateline.date.end, { monthFirst: true });
  return again ? { ...dateline, date: again } : dateline;
}

// "January 20, 2022 - Paris, France - Global Affairs Canada": a stamp line that names where the page was written
// serves as the dateline.
function stampDateline(text: string, lines: readonly Line[], stamps: readonly DateMention[]): Dateline | null {
  for (const [index, line] of lines.entries()) {
    // Parts apart from a dash, not a hyphen inside a name ("Novo-Ogaryovo").
    const masked = line.text.replace(/(?<=\p{L})-(?=\p{L})/gu, '\u2010');
    for (const cut of masked.matchAll(/[^-–—|•]+/g)) {
      const offset = cut.index ?? 0;
      const part = line.text.slice(offset, offset + cut[0].length);
      // "Paris, 22 August 2011": the place and the stamp's own date in one part. "(July 28, 2023, Tokyo)", the closing
      // line of a Japanese ministry's release: the same in brackets, after the date.
      const dateText = stamps[index]?.text ?? '';
      const unbracketed = part.replace(/^\s*\((.*)\)\s*$/, '$1');
      // "MOSCOW, 3 November 2023. /TASS/.": an agency's tag after the date is no part of the place.
      const bare = (dateText && unbracketed.includes(dateText) ? unbracketed.replace(dateText, '') : unbracketed)
        .replace(/\/[^/\n]{2,30}\/\.?|\([^)\n]{2,30}\)/g, '')
        .replace(/[,.:\s]+$/, '')
        .replace(/[,\s]+the$/i, '')
        .replace(/^[,.:\s]+/, '');
      const city = /^\s*(\p{Lu}[\p{L}'’. ]*?)(?:,\s*\p{Lu}[\p{L} ]*)?\s*$/u.exec(bare);
      // "May 10, 2025, 16:00, The Kremlin, Moscow" (kremlin.ru's event line, new-user trial 128 F14): a time and a venue
      // before the city.
      const venued = city
        ? null
        : /^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*,\s*(?:[^,\n]{2,60},\s*)?(\p{Lu}[\p{L}'’. -]*?)\s*$/iu.exec(bare);
      const name = city?.[1] ?? venued?.[1];
      if (!name || lookupCountry(name) || !lookupCity(name)) continue;
      const start = line.start + offset + part.lastIndexOf(name);
      const place = { start, end: start + name.length, text: name };
      return { span: { start: line.start, end: line.end }, place, date: stamps[index] ?? null };
    }
  }
  return null;
}

function paragraphOf(text: string, line: Line, index: number, from: number): Paragraph {
  return { start: line.start, end: line.end, text: line.text, index, sentences: analyse(text, from, line.end) };
}

// "August 15, 2006Just hours after the ceasefire …" (blind-61): a page's date stamp glued to the first word of the
// story, as text copied from a page whose stamp and lead were set apart only by layout, is two lines.
function unglued(text: string, line: Line, monthFirst: boolean): Line[] {
  // "August 15, 2006 Foreign Minister Hamid Rahmani met … on 14 August 2006" (new-user trial 118): the same with a space.
  const glued = /^([^\n]{0,40}?\d{4})\s*(?=\p{Lu}\p{Ll})/u.exec(line.text);
  if (!glued) return [line];
  const end = line.start + (glued[1] as string).length;
  const [date] = findDates(text, line.start, end, { monthFirst });
  if (!date || !isFullDate(date) || date.start !== line.start || date.end !== end) return [line];
  const rest = line.start + glued[0].length;
  return [
    { ...line, end, text: text.slice(line.start, end) },
    { start: rest, end: line.end, text: text.slice(rest, line.end), heading: false },
  ];
}

// A line that is only a publication stamp: a full date and at most six other words ("Published 17 June 2021",
// "By ANI | Published: April 13, 2023 02:55 PM", "2023-02-04 11:14").
function stampOf(text: string, line: Line, monthFirst: boolean): DateMention | null {
  if (line.text.length > 160) return null;
  const dates = findDates(text, line.start, line.end, { monthFirst }).filter(isFullDate);
  const first = dates[0];
  if (!first) return null;
  // "Дата публикации: Jan 19, 2012 1:56:1 PM", "Fecha de publicación: …" (blind-65): a short label and its colon before
  // the date label the page's stamp in any language; only the words after the date are asked to be a stamp's.
  const label = /^[\p{L}][\p{L} .]{0,38}:\s*$/u.test(text.slice(line.start, first.start)) ? first.start - line.start : 0;
  let rest = line.text.slice(label);
  // "Original Article Source: Mehr News | Published on Sunday, 28 May 2023 17:14 (about 413 days ago)" (blind-73): of a
  // line of parts set apart by bars, the part with the date; and how long ago the page says that was.
  const barred = rest.split(/\s+\|\s+/);
  if (barred.length > 1) rest = barred.find((part) => part.includes(first.text)) ?? rest;
  rest = rest.replace(/\(\s*(?:about\s+)?\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\s*\)/i, ' ');
  for (const date of dates) rest = rest.replace(date.text, ' ');
  const words = rest.match(/\p{L}{2,}/gu) ?? [];
  if (words.length > 6 || (/[.!?]["”’]?$/.test(rest.trim()) && words.length > 3)) return null;
  // "signed on October 11, 2009." is the end of a sentence, not a stamp: a stamp's other words are names or stamp words —
  // or, in a line all in brackets, a publication's name: "(Feb. 03, 2012 – A Week in the Horn of Africa)" (blind-66).
  const bracketed =
    /^\(.*\)$/.test(line.text.trim()) &&
    words.every((word) => /^\p{Lu}/u.test(word) || /^(?:of|the|in|on|and|for|de|la|du|des)$/.test(word));
  // "Rio de Janeiro, 3 May 2024", "Port of Spain, …", "Nairobi, the 3rd of May 2024" (new-user trial 125): the small
  // words of a place's name, and of a date written out, are a dateline's.
  if (!bracketed && words.some((word) => /^\p{Ll}/u.test(word) && !stampWords.test(word) && !placeAndDateParticles.test(word))) return null;
  return first;
}

const placeAndDateParticles = /^(?:de|da|do|dos|das|del|des|du|la|le|el|al|es|of|the|upon|sur|am|an|op|aan)$/;

const shareWidget = /^(?:follow us\b|share (?:this|on|via)\b|share$)/;

const photoCredit =
  /\[\s*(?:file\s+)?(?:photo|image|picture)s?\b[^\]]*\]|\(\s*(?:file\s+)?(?:photo|image|picture)s?\s*(?::|by\b|credit\b)[^)]*\)/i;

/** Whether the line at `at` is next to a line cut short ("…", "..") or is the last line with text. */
function besideCutLine(lines: readonly Line[], at: number): boolean {
  const next = lines[at + 1];
  const cut = (line: Line | undefined): boolean => line !== undefined && (teaserCut.test(line.text) || ellipsisCut.test(line.text));
  return next === undefined || cut(lines[at - 1]) || cut(next);
}

/** Whether a line of `ahead` is prose (15 words or more) naming someone or something `read` named (a capitalised word of 4+ letters). */
function storyGoesOn(read: readonly Line[], ahead: readonly Line[]): boolean {
  const named = new Set(read.flatMap((line) => line.text.match(/\b\p{Lu}\p{Ll}{3,}\b/gu) ?? []));
  return ahead.some(
    (line) =>
      isProse(line) &&
      line.text.split(/\s+/).length >= 15 &&
      (line.text.match(/\b\p{Lu}\p{Ll}{3,}\b/gu) ?? []).some((word) => named.has(word)),
  );
}

const sidebarHeading =
  /^(?:recent|latest|related|popular|trending|most read|most popular|more)\s+(?:posts|news|stories|articles)[^\p{L}\d]*$|^(?:most read|trending|you may also like|recommended for you)[^\p{L}\d]*$/u;
const inlineLink = /^(?:read more|read also|also read|see also|check also)\s*:\s*\S/;
// A short credit line: "Source: EFE", "Source: Reuters / AFP".
const sourceCredit = /^source\s*:\s*[\p{L}\d][\p{L}\d.&/,-]*(?:\s+[\p{L}\d.&/,-]+){0,3}$/u;
// The heading alone of a block of links to other stories.
const relatedBlock = /^(?:read more|read also|also read|more news|related (?:news|articles|stories|posts))[^\p{L}\d]*$/u;

// "On 23 September, EAM met: ⏎ • Foreign Minister of Guyana Mr. Hugh Hilton Todd ⏎ • …" (new-user trial 128 F4): the
// items of a list a line announces with its colon are the readout's, however short.
// A line that announces them tells of a meeting ("met:", "held talks with the following:") or of the documents it
// produced ("The following documents were signed:", trial 128 F7).
const documentWords = /\b(?:signed|inked|concluded|adopted|exchanged|documents?|agreements?)\b/i;
function listedAfterColon(lines: readonly Line[], at: number): boolean {
  for (let k = at; k >= 0; k--) {
    const line = lines[k] as Line;
    if (k < at && /:\s*$/.test(line.text))
      return line.text.split(/\s+/).length >= 3 && (meetingWords.test(line.text) || documentWords.test(line.text));
    if (line.heading || line.text.split(/\s+/).length > 25 || !/^[\p{L}\d(]/u.test(line.text)) return false;
  }
  return false;
}

const salutingLabel = /^\s*\p{Lu}[^:.!?\n]{2,100}:\s+[^.!?:\n]{2,80},\s*$/u;

// A name and its office, or an office and its name, alone on a line: "Espen Barth Eide, Minister of Foreign Affairs",
// "— Foreign Secretary David Cameron".
const signatureLine =
  /^\s*(?:[—–-]\s*)?(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}.'’-]*\s*,\s*(?:the\s+)?\p{Lu}[^.!?\d]{2,100}|(?:\p{Lu}[\p{L}'’-]*\s+){1,6}\p{Lu}[\p{L}.'’-]*)\s*$/u;
const firstPersonSingular = /(?:^|[\s“"(])I\s+(?:(?:also|have|had|then|today|was)\s+)?\p{Ll}{2,}/u;

// What an agency or a site prints after a story's last sentence, on its line: "(Xinhua)", "(ends)", "-- Ends --", "■",
// "/PRNewswire/", "###", "Share on Twitter" (new-user trial 129 F12: the line had been taken for a headline and its
// sentences lost).
const endMark =
  /\s*(?:\((?:\p{Lu}[\p{L}.&/-]*(?:\s+\p{Lu}[\p{L}.&/-]*){0,3}|ends?)\)|-{1,2}\s*ends?\s*-{1,2}|[■□◆◇▪]|\/\p{L}+\/|#{3,}|share\s+(?:on|via)\s+(?:twitter|facebook|linkedin|whatsapp|x))\s*$/iu;

/** A line of the body without the end mark printed after its last sentence ("… partnership. (Xinhua)"). */
function withoutEndMark(line: Line): Line {
  const mark = endMark.exec(line.text);
  if (!mark || !/[.!?]["'”’)]?$/.test(line.text.slice(0, mark.index))) return line;
  return { ...line, end: line.start + mark.index, text: line.text.slice(0, mark.index) };
}

function isProse(line: Line): boolean {
  if (line.heading) return false;
  // A photo's caption keeps its credit: "Park Jin (right) meets An Kwang-il … (Yonhap)" (blind-18), "Wang Yi meets Erlan
  // Abdyldaev in Beijing, April 25, 2018. (Xinhua)" (blind-67) are no paragraph — a caption is one short sentence.
  const unmarked = line.text.replace(endMark, '');
  const caption =
    /\((?:right|left|center|centre|[LRC]|from left|second from (?:left|right))\)/i.test(line.text) ||
    (unmarked.split(/\s+/).length < 20 && !/\p{Ll}{2}[.!?]["'”’)]?\s+\p{Lu}/u.test(unmarked));
  const text = caption ? line.text : unmarked;
  const words = text.split(/\s+/).length;
  // "… between the two countries… Read More" (blind-66): a sentence the site cut to link the rest is prose too.
  return ((/[.!?:]["'”’)]?$/.test(text) || /\p{Ll}{2}[.!?…]["'”’)]?\s+\p{Lu}/u.test(text)) && words >= 6) || words >= 30;
}

/**
 * The text's last line, a sentence the page's store or the reader's copy cut short ("President Buhari also yesterday
 * met with his predecessor, Dr. Goodluck Jonathan, at the Presidential Villa, Abuja, ahead of the upcoming speci",
 * blind-67): twelve words or more, most of them in lower case, with nothing after it. A tag line, a byline or another
 * story's headline in title case is none.
 */
function cutByTheStore(text: string, line: Line, limit: number): boolean {
  if (line.end < Math.min(text.trimEnd().length, limit)) return false;
  return sentenceShaped(line);
}

// Twelve words or more, opening with a capital, most of them in lower case: a sentence, not a tag line, a byline or a
// headline in title case.
function sentenceShaped(line: Line): boolean {
  if (line.heading) return false;
  const words = line.text.split(/\s+/);
  if (words.length < 12 || !/^[\p{Lu}"“‘]/u.test(line.text)) return false;
  return words.filter((word) => /^\p{Ll}/u.test(word)).length * 2 >= words.length;
}

// "By Diyar Guldogan", "Written by Fabiola Moura | Reuters": a byline names who wrote the story, never what it is about
// (new-user trial 129 F13: it had been the draft's and the committed meeting's title).
const byline =
  /^\s*(?:(?:[Ww]ritten|[Rr]eported|[Pp]osted|[Cc]ompiled|[Ee]dited)\s+)?[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:$|[|,/–—-])/u;

// "Little Rock, Fayetteville, Bentonville Indian Community - ArkansasIndian.com" above the story's own headline
// (blind-75): the site's title, which ends in its address, is a headline only when no other line is one.
const siteTitle = /\s[-–—|]\s*[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|info|gov|edu|[a-z]{2})\s*$/iu;

function isHeadlineLike(line: Line): boolean {
  const words = line.text.split(/\s+/);
  if (words.length < 3 || line.text.length > 300 || byline.test(line.text)) return false;
  // "… with Mongolian Foreign Minister Батбаярын Энхтуяа" (new-user trial 117): a name printed in its own script is
  // no sign of a headline in another language; its capitalised words are left out of the count.
  const counted = words.filter((word) => !/^[^A-Za-z\u00C0-\u024F\s]*\p{Lu}[^A-Za-z\u00C0-\u024F]*$/u.test(word)).join(' ');
  const letters = counted.match(/\p{L}/gu) ?? [];
  const digits = line.text.match(/\d/g) ?? [];
  const latin = counted.match(/[A-Za-z\u00C0-\u024F]/g) ?? [];
  return (
    latin.length >= letters.length * 0.8 &&
    digits.length < letters.length / 2 &&
    (/^[\p{Lu}\p{N}"“‘'(]/u.test(line.text) || /^\[(?:photos?|videos?|gallery)\]\s*\p{Lu}/iu.test(line.text))
  );
}

// "(03/12/09)" in a headline above "On the afternoon of March 11": when a numeric date both ways round is a real
// date, the reading that lands near the dates written with month names wins.
function numericDatesAreMonthFirst(text: string, end: number): boolean {
  const dayFirst = findDates(text, 0, end).filter((d) => /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(d.text) && isFullDate(d));
  if (dayFirst.length === 0) return false;
  const named = findDates(text, 0, end).filter((d) => /\p{L}{3}/u.test(d.text) && d.month !== null && d.day !== null);
  if (named.length === 0) return false;
  const near = (month: number, day: number) =>
    named.some((d) => Math.abs((d.month as number) * 31 + (d.day as number) - (month * 31 + day)) <= 7);
  const asDayFirst = dayFirst.filter((d) => near(d.month as number, d.day as number)).length;
  const asMonthFirst = dayFirst.filter((d) => (d.day as number) <= 12 && near(d.day as number, d.month as number)).length;
  return asMonthFirst > asDayFirst;
}

/**
 * `again` prints `line` once more as pages do with a headline: the breadcrumb run into it ("HomeCosta RicaCosta Rica and
 * Honduras …"), or it with a separator left over ("… at The Hague -").
 */
function printedAgain(line: string, again: string): boolean {
  // (The same line twice is no sign: a photo's caption is often printed twice, as its alt text and under it.)
  if (again !== line && again.endsWith(line)) return /^(?:home|news|press)/i.test(again);
  return again.startsWith(line) && /^\s*[-–—|:]\s*$/.test(again.slice(line.length));
}
