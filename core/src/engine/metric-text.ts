/**
 * Text plumbing for `parseMetric` / `findMetrics`: a normalized copy of the input in which every
 * kept character maps back to exactly one UTF-16 unit of the source (so matches keep their offsets),
 * and a small table of tokens (currency symbols, suffixes…) matched at or ending at a position.
 */

export interface NormalizedText {
  /**
   * Every space is ' ', every minus '-', every apostrophe "'", every decimal digit ASCII, '％' '٪' are
   * '%', the Arabic separators '٫' '٬' are '.' ','; bidi and zero-width marks are dropped.
   */
  readonly chars: string;
  /** `chars` lower-cased unit by unit (same length), for case-insensitive words. */
  readonly lower: string;
  /** Source offset of each normalized unit. */
  readonly offsets: Uint32Array;
}

// Zeros of the Unicode decimal-digit blocks a locale may write (each followed by 1…9).
export const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0,
  0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50,
  0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
] as const;

const DROP = 0;
// Single-unit replacements (DROP removes the unit); other spaces are found by /\s/.
const SPECIAL = new Map<number, string | typeof DROP>([
  [0x00ad, DROP],
  [0x061c, DROP],
  [0x200b, DROP],
  [0x200c, DROP],
  [0x200d, DROP],
  [0x200e, DROP],
  [0x200f, DROP],
  [0x2060, DROP],
  [0xfeff, DROP],
  [0x2212, '-'],
  [0x2012, '-'],
  [0x2013, '-'],
  [0xfe63, '-'],
  [0xff0d, '-'],
  [0xff0b, '+'],
  [0x2018, "'"],
  [0x2019, "'"],
  [0x02bc, "'"],
  [0x2032, "'"],
  [0x00b4, "'"],
  [0xff07, "'"],
  [0xff05, '%'],
  [0x066a, '%'],
  [0xfe6a, '%'],
  [0x0609, '‰'],
  [0x066b, '.'],
  [0x066c, ','],
  [0xff0c, ','],
  [0xff0e, '.'],
]);
for (let c = 0x202a; c <= 0x202e; c++) SPECIAL.set(c, DROP);
for (let c = 0x2066; c <= 0x2069; c++) SPECIAL.set(c, DROP);
for (const zero of DIGIT_ZEROS) for (let d = 0; d <= 9; d++) SPECIAL.set(zero + d, String(d));

const SOFT_SPACE = /\s/;

export function normalizeText(source: string): NormalizedText {
  const out: string[] = [];
  const offsets = new Uint32Array(source.length);
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    let ch: string;
    if (code < 0x80) {
      ch = code === 0x20 || (code >= 0x09 && code <= 0x0d) ? ' ' : source.charAt(i);
    } else {
      const special = SPECIAL.get(code);
      if (special === DROP) continue;
      if (special !== undefined) {
        ch = special;
      } else {
        ch = source.charAt(i);
        if (SOFT_SPACE.test(ch)) ch = ' ';
      }
    }
    out.push(ch);
    offsets[n] = i;
    n++;
  }
  const chars = out.join('');
  return { chars, lower: lowerUnits(chars), offsets: offsets.subarray(0, n) };
}

/** Lower-cases without changing the length (a unit whose lower case is longer stays as it is). */
export function lowerUnits(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const unit of text.split('')) {
    const l = unit.toLowerCase();
    out += l.length === 1 ? l : unit;
  }
  return out;
}

/** Normalizes a short piece of Intl output (a symbol, a separator) the way the scanned text is. */
export function normalizeToken(token: string): string {
  return normalizeText(token).chars.trim().replace(/ {2,}/g, ' ');
}

export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

// Scripts written without spaces: a token in them needs no word boundary.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;

export function isWordUnit(unit: string | undefined): boolean {
  return unit !== undefined && unit !== '' && WORD.test(unit) && !UNSPACED.test(unit);
}

/** True when a word continues at `i` ("k" of "km", "K-pop", "l'an"), so a token cannot end before it. */
export function wordContinuesAt(text: string, i: number): boolean {
  const c = text[i];
  if (isWordUnit(c)) return true;
  const next = text[i + 1];
  return (c === '-' || c === "'") && isWordUnit(next) && !isDigitAt(text, i + 1);
}

export function skipSpaces(text: string, i: number, max: number): number {
  let j = i;
  while (j < text.length && j - i < max && text[j] === ' ') j++;
  return j;
}

export interface TokenMatch<V> {
  readonly start: number;
  readonly end: number;
  readonly value: V;
}

interface Entry<V> {
  readonly text: string;
  readonly value: V;
  readonly caseless: boolean;
  readonly rank: number;
  /** The token starts / ends with a letter: it must not be glued to a word on that side. */
  readonly wordStart: boolean;
  readonly wordEnd: boolean;
}

/**
 * Tokens looked up by their first or last unit. The longest match wins; among equally long ones, the
 * token added first (so callers add the most specific sources first).
 */
export class TokenTable<V> {
  private readonly byFirst = new Map<string, Entry<V>[]>();
  private readonly byLast = new Map<string, Entry<V>[]>();
  private readonly seen = new Set<string>();
  private rank = 0;

  add(token: string, value: V, caseless = false): void {
    const text = caseless ? lowerUnits(token) : token;
    const first = text[0];
    const last = text[text.length - 1];
    if (first === undefined || last === undefined) return;
    const key = `${caseless ? 'i' : 's'}${text}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const entry: Entry<V> = {
      text,
      value,
      caseless,
      rank: this.rank++,
      wordStart: isWordUnit(first),
      wordEnd: isWordUnit(last),
    };
    push(this.byFirst, first, entry);
    push(this.byLast, last, entry);
  }

  /**
   * The longest token starting at `pos`. A token ending with a letter must not run into a word,
   * unless `gluedOk(end)` accepts what follows ("M" of "MEUR").
   */
  matchAt(t: NormalizedText, pos: number, gluedOk?: (end: number) => boolean): TokenMatch<V> | null {
    let best: Entry<V> | null = null;
    for (const entry of this.candidates(this.byFirst, t, pos)) {
      const source = entry.caseless ? t.lower : t.chars;
      if (!source.startsWith(entry.text, pos)) continue;
      const end = pos + entry.text.length;
      if (entry.wordEnd && wordContinuesAt(t.chars, end) && !gluedOk?.(end)) continue;
      if (better(entry, best)) best = entry;
    }
    return best && { start: pos, end: pos + best.text.length, value: best.value };
  }

  /** The longest token ending at `end` and starting at or after `min`, not glued to a word before. */
  matchEndingAt(t: NormalizedText, end: number, min: number): TokenMatch<V> | null {
    let best: Entry<V> | null = null;
    for (const entry of this.candidates(this.byLast, t, end - 1)) {
      const start = end - entry.text.length;
      if (start < min) continue;
      const source = entry.caseless ? t.lower : t.chars;
      if (!source.startsWith(entry.text, start)) continue;
      if (entry.wordStart && isWordUnit(t.chars[start - 1])) continue;
      if (better(entry, best)) best = entry;
    }
    return best && { start: end - best.text.length, end, value: best.value };
  }

  private candidates(index: Map<string, Entry<V>[]>, t: NormalizedText, pos: number): Entry<V>[] {
    const exact = t.chars[pos];
    if (exact === undefined) return [];
    const lower = t.lower[pos];
    const found = index.get(exact) ?? [];
    if (lower === undefined || lower === exact) return found;
    return [...found, ...(index.get(lower) ?? [])];
  }
}

function better<V>(entry: Entry<V>, best: Entry<V> | null): boolean {
  if (best === null) return true;
  if (entry.text.length !== best.text.length) return entry.text.length > best.text.length;
  return entry.rank < best.rank;
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds a token and its spelling variants: without a final dot ("Mio"), without inner spaces. */
export function addVariants<V>(table: TokenTable<V>, raw: string, value: V, caseless: boolean): void {
  const token = normalizeToken(raw);
  if (!token) return;
  table.add(token, value, caseless);
  if (token.length > 1 && token.endsWith('.')) table.add(token.slice(0, -1), value, caseless);
  // "$ US" / "$US", "US $" / "US$": people and locales differ on the space between sign and letters.
  const glued = token.replace(/ /g, '');
  if (glued !== token && /[^\p{L}]/u.test(glued)) table.add(glued, value, caseless);
  const spaced = token.replace(/(?<=[^\p{L} .])(?=\p{L})|(?<=\p{L})(?=[^\p{L} .])/gu, ' ');
  if (spaced !== token) table.add(spaced, value, caseless);
}
