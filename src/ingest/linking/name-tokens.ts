import anyAscii from 'any-ascii';

/**
 * A name in lower-case ASCII words, whatever its script: "Тілеуберді" → "tileuberdi", "Çavuşoğlu" → "cavusoglu"
 * (any-ascii's transliteration). Han characters come out as syllables run together ("王毅" → "wangyi").
 */
export function romanize(name: string): string {
  return anyAscii(name).toLowerCase();
}

/**
 * Two spellings of one name word (5+ letters): equal, or the same consonant skeleton with both ending in a vowel or
 * both in a consonant, or a small edit apart.
 */
export function tokensAgree(a: string, b: string): boolean {
  if (a === b) return true;
  // "Sissi" for Sisi, "Anastasiadis"/"Anastasiades" aside (blind-88): a doubled letter is one, from four letters.
  const single = (token: string) => token.replace(/(.)\1/g, '$1');
  if (Math.min(a.length, b.length) >= 4 && single(a) === single(b)) return true;
  // Four letters or fewer must be equal: Wang is not Wong, Kang not Kong, Chen not Chan.
  if (a.length < 5 || b.length < 5 || a[0] !== b[0]) return false;
  // A transliteration that changes the vowels keeps a name's ending, which often tells one name from another: Hasina is
  // not Hassan (blind-46, in one sentence); Sergey and Sergei both end in a vowel.
  const sameEnding = /[aeiouy]$/.test(a) === /[aeiouy]$/.test(b);
  // The same allowance whichever spelling comes first (new-user trial 126: "araghchi" agreed with "araqchi", not the
  // reverse, and the commit created Abbas Araqchi a second time).
  return (sameEnding && skeleton(a) === skeleton(b)) || editDistanceAtMost(a, b, Math.max(a.length, b.length) >= 8 ? 2 : 1);
}

// Transliterations mostly differ in vowels: Tileuberdi / Tleuberdi, Sergey / Sergei, Abdrakhmanov / Abdrahmanov; and
// Arabic and Persian qaf/ghayn, written q or gh: Araghchi / Araqchi, Ghalibaf / Qalibaf.
function skeleton(token: string): string {
  return token
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'q')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return false;
    previous = current;
  }
  return (previous[b.length] as number) <= limit;
}
