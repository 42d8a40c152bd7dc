/**
 * Vietnamese typed in the legacy encodings TCVN3 (ABC, `.VnTime` fonts) and VNI-Windows
 * (`VNI-Times` fonts), as it survives in .xlsx: every legacy byte 0x80–0xFF became its
 * Windows-1252 character (some exporters give the Latin-1 code point U+0080–U+009F instead;
 * both are accepted). Detection and conversion to Unicode with our own tables.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

// ---------------------------------------------------------------------------------------------
// Unicode Vietnamese letters

/** Tones in the order the TCVN3 table lists them: none, huyền, hỏi, ngã, sắc, nặng. */
const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const ACUTE = 4;
const DOT = 5;
const VOWELS = 'aăâeêioôơuưy';

const LOWER: string[] = [];
const UPPER: string[] = [];
/** Lower-case vowel letter (any tone) by code point → vowel index * 8 + tone, or -1. */
const VOWEL_CODE = new Int16Array(0x1f00).fill(-1);
for (let v = 0; v < VOWELS.length; v++) {
  for (let t = 0; t < 6; t++) {
    const ch = (VOWELS[v] + TONE_MARKS[t]).normalize('NFC');
    LOWER.push(ch);
    UPPER.push(ch.toUpperCase());
    VOWEL_CODE[ch.charCodeAt(0)] = v * 8 + t;
  }
}
const vowelLetter = (v: number, tone: number, upper: boolean): string => (upper ? UPPER : LOWER)[v * 6 + tone];

// ---------------------------------------------------------------------------------------------
// Legacy bytes

/** Windows-1252 0x80–0x9F (undefined positions keep their C1 code point). */
const CP1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const MAX_CODE = 0x2122; // ™, the highest Windows-1252 character
/** Code point → legacy byte, -1 when no legacy text can contain it: the cheap pre-check. */
const BYTE = new Int16Array(MAX_CODE + 1).fill(-1);
for (let i = 0; i < 0x100; i++) BYTE[i] = i;
for (let i = 0; i < 32; i++) BYTE[CP1252.charCodeAt(i)] = 0x80 + i;
const byteOf = (c: number): number => (c <= MAX_CODE ? BYTE[c] : -1);

/** Bytes that are letters in Windows-1252 (À–ÿ but × ÷, and Š Œ Ž š œ ž Ÿ ƒ). */
function isLetterByte(b: number): boolean {
  if (b >= 0xc0) return b !== 0xd7 && b !== 0xf7;
  return b === 0x83 || b === 0x8a || b === 0x8c || b === 0x8e || b === 0x9a || b === 0x9c || b === 0x9e || b === 0x9f;
}
/** What an unmapped byte looked like in the legacy font (C1 code points become their 1252 character). */
const plainChar = (text: string, i: number, b: number): string =>
  b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80] : text[i];

// TCVN3 (TCVN 5712:1993 VN3). Only Ă Â Ê Ô Ơ Ư Đ have capitals; toned vowels exist in lower case
// only. Per vowel, the five toned bytes in the order huyền, hỏi, ngã, sắc, nặng.
const TCVN3 = new Array<string>(256).fill('');
const TCVN3_TONED =
  'a:b5b6b7b8b9 ă:bbbcbdbec6 â:c7c8c9cacb e:cccecfd0d1 ê:d2d3d4d5d6 i:d7d8dcddde ' +
  'o:dfe1e2e3e4 ô:e5e6e7e8e9 ơ:eaebecedee u:eff1f2f3f4 ư:f5f6f7f8f9 y:fafbfcfdfe';
for (const entry of TCVN3_TONED.split(' ')) {
  const v = VOWELS.indexOf(entry[0]);
  for (let t = 1; t <= 5; t++) TCVN3[parseInt(entry.substr(2 * t, 2), 16)] = vowelLetter(v, t, false);
}
for (const entry of 'Ă:a1 Â:a2 Ê:a3 Ô:a4 Ơ:a5 Ư:a6 Đ:a7 ă:a8 â:a9 ê:aa ô:ab ơ:ac ư:ad đ:ae'.split(' ')) {
  TCVN3[parseInt(entry.slice(2), 16)] = entry[0];
}

// VNI-Windows: a base letter followed by one mark byte; upper case is the byte − 0x20.
// Mark byte (lower case) → family * 8 + tone; family 1 tone only, 2 circumflex (a e o), 3 breve (a).
const VNI_MARK = new Uint8Array(256);
const VNI_MARKS: [number, string][] = [
  [1, '00f8fbf5f9ef'], // ø huyền, û hỏi, õ ngã, ù sắc, ï nặng
  [2, 'e2e0e5e3e1e4'], // â, à ầ, å ẩ, ã ẫ, á ấ, ä ậ
  [3, 'eae8fafce9eb'], // ê ă, è ằ, ú ẳ, ü ẵ, é ắ, ë ặ
];
for (const [family, hex] of VNI_MARKS) {
  for (let t = 0; t < 6; t++) {
    const b = parseInt(hex.substr(2 * t, 2), 16);
    if (b) VNI_MARK[b] = family * 8 + t;
  }
}
/** Stand-alone VNI letters (lower-case byte → letter). */
const VNI_LETTER = new Array<string>(256).fill('');
for (const entry of 'ơ:f4 ư:f6 đ:f1 ì:ec ỉ:e6 ĩ:f3 í:ed ị:f2 ỵ:ee'.split(' ')) {
  VNI_LETTER[parseInt(entry.slice(2), 16)] = entry[0];
}
/** Vowel a VNI mark may follow: base vowel index → its index with the mark's family, or -1. */
function vniCombine(v: number, family: number): number {
  if (family === 1) return v === 5 ? -1 : v; // i has its own toned bytes
  if (family === 2) return v === 0 ? 2 : v === 3 ? 4 : v === 6 ? 7 : -1;
  return v === 0 ? 1 : -1;
}
/** Pairs that also occur in French/Spanish words (Loïc, Caïn, aún, Gaël, où, coût): weak evidence. */
const VNI_WEAK_PAIRS = new Set(['aë', 'aï', 'aé', 'aú', 'aü', 'où', 'oû', 'oï']);

// ---------------------------------------------------------------------------------------------
// Decoding into units

const K_OTHER = 0; // separator: space, digit, punctuation, symbol
const K_ASCII = 1; // ASCII letter
const K_LEGACY = 2; // letter decoded from legacy bytes
const K_BAD = 3; // a letter the encoding cannot produce: text is not in this encoding

interface Unit {
  out: string;
  start: number;
  end: number;
  kind: number;
  /** The legacy byte (VNI: lower-cased; of the base for a pair). */
  byte: number;
  /** VNI base + mark, lower-cased ('' for a single byte). */
  pair: string;
}

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

function scan(text: string, enc: LegacyEncoding): Unit[] {
  const units: Unit[] = [];
  const n = text.length;
  let i = 0;
  const push = (out: string, end: number, kind: number, byte: number, pair = ''): void => {
    units.push({ out, start: i, end, kind, byte, pair });
    i = end;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    const b = byteOf(c);
    if (b < 0) push(text[i], i + 1, K_OTHER, -1);
    else if (enc === 'tcvn3') {
      if (b < 0x80) push(text[i], i + 1, isAsciiLetter(b) ? K_ASCII : K_OTHER, b);
      else if (TCVN3[b]) push(TCVN3[b], i + 1, K_LEGACY, b);
      else push(plainChar(text, i, b), i + 1, isLetterByte(b) ? K_BAD : K_OTHER, b);
    } else {
      const upper = b < 0x80 ? c < 0x61 : b < 0xe0;
      const lb = b < 0x80 ? b | 0x20 : b >= 0xc0 && b < 0xe0 && b !== 0xd7 ? b + 0x20 : b;
      // A possible base: ASCII a e o u y, or the VNI letters ơ ư.
      let v = -1;
      if (b < 0x80 && isAsciiLetter(b)) v = 'a  e  o  u y'.indexOf(String.fromCharCode(lb));
      else if (lb === 0xf4 || lb === 0xf6) v = lb === 0xf4 ? 8 : 10;
      if (v >= 0 && i + 1 < n) {
        const m = byteOf(text.charCodeAt(i + 1));
        const lm = m >= 0xc0 && m < 0xe0 ? m + 0x20 : m;
        const mark = m >= 0xc0 ? VNI_MARK[lm] : 0;
        const cv = mark ? vniCombine(v, mark >> 3) : -1;
        if (cv >= 0) {
          push(vowelLetter(cv, mark & 7, upper), i + 2, K_LEGACY, lb, String.fromCharCode(lb, lm));
          continue;
        }
      }
      if (b < 0x80) push(text[i], i + 1, isAsciiLetter(b) ? K_ASCII : K_OTHER, b);
      else if (VNI_LETTER[lb]) {
        const l = VNI_LETTER[lb];
        push(upper ? l.toUpperCase() : l, i + 1, K_LEGACY, lb);
      } else push(plainChar(text, i, b), i + 1, VNI_MARK[lb] || isLetterByte(b) ? K_BAD : K_OTHER, b);
    }
  }
  return units;
}

// ---------------------------------------------------------------------------------------------
// Vietnamese syllable check

// Standard initials plus the clusters and finals of Ê Đê / M'Nông / Gia Rai place and person
// names (M'Đrắk, Krông, H'Bliêng, Mlô, Hđơk, Kpă, Đắk, Chư Păh).
const INITIALS = new Set(
  (
    ' b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x j' +
    ' bl br dr đr gl gr hl hr hđ kl kr kp ml pl pr'
  ).split(' '),
);
const FINALS = new Set(' c ch m n ng nh p t k h'.split(' '));
const STOPS = new Set(['c', 'ch', 'p', 't']);

const NUCLEI = new Map<string, { pos: number; open: boolean; closed: boolean }>();
const nuclei = (list: string, pos: number, open: boolean, closed: boolean): void => {
  for (const n of list.split(' ')) NUCLEI.set(n, { pos, open, closed });
};
nuclei('a e ê i o ô ơ u ư', 1, true, true);
nuclei('ă â', 1, false, true);
nuclei('y', 1, true, false);
nuclei('ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ua ưa', 1, true, false);
nuclei('oa oe uy', 3, true, true); // hoà / hòa: old and new tone placement
nuclei('oă oo uâ yê uô', 2, false, true);
nuclei('uê ươ iê', 2, true, true); // open iê: Ê Đê names (Niê)
nuclei('uơ oai oay oeo uây uya uyu iêu yêu uôi ươi ươu', 2, true, false);
nuclei('uyê', 4, false, true);

/** True when `w` (lower case, NFC) is one well-formed Vietnamese syllable. */
function isSyllable(w: string): boolean {
  if (w.length > 8) return false;
  let base = '';
  let tone = 0;
  let pos = -1;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const c = ch.charCodeAt(0);
    if ((c >= 0x61 && c <= 0x7a) || ch === 'đ') {
      base += ch;
      continue;
    }
    const code = c < 0x1f00 ? VOWEL_CODE[c] : -1;
    if (code < 0) return false;
    if (code & 7) {
      if (tone) return false;
      tone = code & 7;
      pos = i;
    }
    base += VOWELS[code >> 3];
  }
  // Initial = consonants before the first vowel, final = consonants after the last one; the
  // u of qu and the i of gi (giữa, not gìn) belong to the initial when more vowels follow.
  let first = 0;
  while (first < base.length && !VOWELS.includes(base[first])) first++;
  let last = base.length - 1;
  while (last >= first && !VOWELS.includes(base[last])) last--;
  if (last < first) return false;
  const ini = base.slice(0, first);
  if (last > first && ((ini === 'q' && base[first] === 'u') || (ini === 'g' && base[first] === 'i'))) {
    return fits(base, first + 1, last, tone, pos) || (ini === 'g' && fits(base, first, last, tone, pos));
  }
  return fits(base, first, last, tone, pos);
}

function fits(base: string, first: number, last: number, tone: number, pos: number): boolean {
  const fin = base.slice(last + 1);
  const nuc = NUCLEI.get(base.slice(first, last + 1));
  if (!nuc || !INITIALS.has(base.slice(0, first)) || !FINALS.has(fin) || !(fin ? nuc.closed : nuc.open)) return false;
  if (tone && !(pos >= first && nuc.pos & (1 << (pos - first)))) return false;
  return !STOPS.has(fin) || tone === ACUTE || tone === DOT;
}

// ---------------------------------------------------------------------------------------------
// Detection

const isUpperChar = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLowerChar = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isAsciiConsonant = (c: number): boolean => isAsciiLetter(c) && !'aeiouyAEIOUY'.includes(String.fromCharCode(c));

/**
 * How strongly `text` reads as `enc`: -1 when it cannot be (a letter the encoding cannot produce,
 * a decoded word that is not a Vietnamese syllable, nothing decoded, or the original already
 * valid Vietnamese), else the evidence: 2 per unambiguous legacy letter, 1 per letter that could
 * also be an accent of a European word (é, ü, Loïc …). Single-letter words give none (`£5`).
 */
function evidence(text: string, enc: LegacyEncoding): number {
  const units = scan(text, enc);
  let score = 0;
  let decoded = 0;
  let originalValid = true;
  for (let i = 0; i < units.length; ) {
    if (units[i].kind === K_BAD) return -1;
    if (units[i].kind === K_OTHER) {
      i++;
      continue;
    }
    let j = i;
    let legacy = 0;
    let word = '';
    for (; j < units.length && (units[j].kind === K_ASCII || units[j].kind === K_LEGACY); j++) {
      if (units[j].kind === K_LEGACY) legacy++;
      word += units[j].out;
    }
    if (legacy) {
      if (!isSyllable(word.toLowerCase())) return -1;
      decoded++;
      const start = units[i].start;
      const end = units[j - 1].end;
      const unnatural = unnaturalCase(text, start, end);
      if (originalValid && (unnatural || !isSyllable(text.slice(start, end).toLowerCase()))) originalValid = false;
      if (word.length >= 2) score += wordEvidence(text, units, i, j, enc, unnatural);
    }
    i = j;
  }
  return decoded && !originalValid ? score : -1;
}

/** Neither lower, Title nor ALL CAPS: upper after lower (NguyÔn) or lower after two capitals (MÆt). */
function unnaturalCase(text: string, start: number, end: number): boolean {
  let upper = 0;
  let seenLower = false;
  for (let k = start; k < end; k++) {
    const c = byteOf(text.charCodeAt(k));
    if (isLowerChar(c)) {
      if (upper >= 2) return true;
      seenLower = true;
    } else if (isUpperChar(c)) {
      if (seenLower) return true;
      upper++;
    }
  }
  return false;
}

function wordEvidence(
  text: string,
  units: Unit[],
  from: number,
  to: number,
  enc: LegacyEncoding,
  unnatural: boolean,
): number {
  let score = 0;
  for (let k = from; k < to; k++) {
    const u = units[k];
    if (u.kind !== K_LEGACY) continue;
    let strong = unnatural;
    if (enc === 'tcvn3') {
      const b = u.byte;
      const prev = k > from ? text.charCodeAt(u.start - 1) : 0;
      // Symbols are not letters anywhere, but µ starting a word is the micro sign (µm).
      if (b < 0xc0 || b === 0xd7 || b === 0xf7) strong ||= !(b === 0xb5 && k === from);
      // Diaeresis and ñ follow vowels in French, Dutch, Spanish; after a consonant (Nïng) only TCVN3.
      else if (b === 0xef || b === 0xeb || b === 0xf1) strong ||= isAsciiConsonant(prev);
    } else if (u.pair) strong ||= !VNI_WEAK_PAIRS.has(u.pair);
    score += strong ? 2 : 1;
  }
  return score;
}

/**
 * The cheap pre-check: whether every character could come from a legacy byte and one is above
 * ASCII. Unicode Vietnamese nearly always holds a letter no legacy text can (ơ, ư, ạ, ễ …), so
 * most text is ruled out here in a few steps, without the detection's allocations.
 */
export function mayBeLegacy(text: string): boolean {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c > MAX_CODE || BYTE[c] < 0) return false; // ơ, ư, ạ, combining marks, CJK …: not legacy
    high = true;
  }
  return high;
}

/** The legacy encoding the text is most likely in, or null when it reads as ordinary text (Unicode Vietnamese, English, numbers, codes). */
export function detectLegacy(text: string): LegacyEncoding | null {
  if (!mayBeLegacy(text)) return null;
  const tcvn3 = evidence(text, 'tcvn3');
  const vni = evidence(text, 'vni');
  if (tcvn3 < 2 && vni < 2) return null;
  return tcvn3 >= vni ? 'tcvn3' : 'vni';
}

// ---------------------------------------------------------------------------------------------
// Conversion

/** Converts text from the given legacy encoding to Unicode NFC. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  const units = scan(text, encoding);
  if (encoding === 'tcvn3') applyTcvn3Case(units);
  let out = '';
  for (const u of units) out += u.out;
  return /^[\x00-\x7f]*$/.test(out) ? out : out.normalize('NFC');
}

/**
 * TCVN3 has no capital toned vowels: upper-case text was typed with the .VnTimeH font, i.e. the
 * lower-case bytes, so we cannot know. Keep lower case, except in words that are clearly all
 * capitals (two or more capitals, no lower-case ASCII letter: NGUYÔN → NGUYỄN); a word with too
 * few capitals to tell (Hå) follows the other legacy words of the text when those are all caps.
 */
function applyTcvn3Case(units: Unit[]): void {
  const words: { from: number; to: number; caps: boolean | null }[] = [];
  let anyCaps = false;
  let anyLower = false;
  for (let i = 0; i < units.length; ) {
    if (units[i].kind === K_OTHER) {
      i++;
      continue;
    }
    let j = i;
    let upper = 0;
    let lower = 0;
    let legacy = 0;
    for (; j < units.length && units[j].kind !== K_OTHER; j++) {
      const { kind, byte } = units[j];
      if (kind === K_LEGACY) legacy++;
      if (kind === K_ASCII) {
        if (byte < 0x61) upper++;
        else lower++;
      } else if (kind === K_LEGACY && byte < 0xa8) upper++;
    }
    if (legacy) {
      const caps = lower ? false : upper >= 2 ? true : null;
      if (caps === true) anyCaps = true;
      if (caps === false) anyLower = true;
      words.push({ from: i, to: j, caps });
    }
    i = j;
  }
  const textCaps = anyCaps && !anyLower;
  for (const w of words) {
    if (!(w.caps ?? textCaps)) continue;
    for (let k = w.from; k < w.to; k++) {
      if (units[k].kind === K_LEGACY) units[k].out = units[k].out.toUpperCase();
    }
  }
}

/** detect + convert in one: returns null when the text is not legacy. */
export function fromLegacy(text: string): { encoding: LegacyEncoding; text: string } | null {
  const encoding = detectLegacy(text);
  return encoding ? { encoding, text: convertLegacy(text, encoding) } : null;
}
