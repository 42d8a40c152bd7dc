import { convertLegacy, detectLegacy, fromLegacy, LegacyEncoding } from '../../src/core/text/legacy';

// ---------------------------------------------------------------------------------------------
// Independent encoders (not derived from the implementation's tables)

/** TCVN3, hand-written: Unicode letter → byte. Toned capitals have no code: the lower-case byte. */
const TCVN3_BYTES: Record<string, number> = {
  'Ă': 0xa1, 'Â': 0xa2, 'Ê': 0xa3, 'Ô': 0xa4, 'Ơ': 0xa5, 'Ư': 0xa6, 'Đ': 0xa7,
  'ă': 0xa8, 'â': 0xa9, 'ê': 0xaa, 'ô': 0xab, 'ơ': 0xac, 'ư': 0xad, 'đ': 0xae,
  'à': 0xb5, 'ả': 0xb6, 'ã': 0xb7, 'á': 0xb8, 'ạ': 0xb9,
  'ằ': 0xbb, 'ẳ': 0xbc, 'ẵ': 0xbd, 'ắ': 0xbe, 'ặ': 0xc6,
  'ầ': 0xc7, 'ẩ': 0xc8, 'ẫ': 0xc9, 'ấ': 0xca, 'ậ': 0xcb,
  'è': 0xcc, 'ẻ': 0xce, 'ẽ': 0xcf, 'é': 0xd0, 'ẹ': 0xd1,
  'ề': 0xd2, 'ể': 0xd3, 'ễ': 0xd4, 'ế': 0xd5, 'ệ': 0xd6,
  'ì': 0xd7, 'ỉ': 0xd8, 'ĩ': 0xdc, 'í': 0xdd, 'ị': 0xde,
  'ò': 0xdf, 'ỏ': 0xe1, 'õ': 0xe2, 'ó': 0xe3, 'ọ': 0xe4,
  'ồ': 0xe5, 'ổ': 0xe6, 'ỗ': 0xe7, 'ố': 0xe8, 'ộ': 0xe9,
  'ờ': 0xea, 'ở': 0xeb, 'ỡ': 0xec, 'ớ': 0xed, 'ợ': 0xee,
  'ù': 0xef, 'ủ': 0xf1, 'ũ': 0xf2, 'ú': 0xf3, 'ụ': 0xf4,
  'ừ': 0xf5, 'ử': 0xf6, 'ữ': 0xf7, 'ứ': 0xf8, 'ự': 0xf9,
  'ỳ': 0xfa, 'ỷ': 0xfb, 'ỹ': 0xfc, 'ý': 0xfd, 'ỵ': 0xfe,
};

/** Byte → the character Excel shows for it (Windows-1252; only 0xA0–0xFF are used here). */
const win1252 = (b: number): string => String.fromCharCode(b);

function toTcvn3(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const b = TCVN3_BYTES[ch] ?? TCVN3_BYTES[ch.toLowerCase()];
    out += b === undefined ? ch : win1252(b);
  }
  return out;
}

/** VNI-Windows, built from the NFD decomposition: base letter + one mark byte. */
const VNI_TONE: Record<string, string> = { '\u0300': 'ø', '\u0301': 'ù', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const VNI_CIRCUMFLEX: Record<string, string> = { '': 'â', '\u0300': 'à', '\u0301': 'á', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const VNI_BREVE: Record<string, string> = { '': 'ê', '\u0300': 'è', '\u0301': 'é', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const VNI_I: Record<string, string> = { '\u0300': 'ì', '\u0301': 'í', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };

function toVni(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const upper = ch !== ch.toLowerCase();
    const up = (x: string): string => (upper ? x.toUpperCase() : x);
    if (ch === 'đ' || ch === 'Đ') {
      out += up('ñ');
      continue;
    }
    const d = ch.normalize('NFD');
    if (d.length === 1) {
      out += ch;
      continue;
    }
    const base = d[0];
    const marks = d.slice(1);
    const quality = marks.match(/[\u0302\u0306\u031b]/)?.[0] ?? '';
    const tone = marks.replace(quality, '');
    const lower = base.toLowerCase();
    if (quality === '\u031b') out += up(lower === 'o' ? 'ô' : 'ö') + (tone ? up(VNI_TONE[tone]) : '');
    else if (quality === '\u0302') out += base + up(VNI_CIRCUMFLEX[tone]);
    else if (quality === '\u0306') out += base + up(VNI_BREVE[tone]);
    else if (lower === 'i') out += up(VNI_I[tone]);
    else if (lower === 'y' && tone === '\u0323') out += up('î');
    else out += base + up(VNI_TONE[tone]);
  }
  return out;
}

const encode = (s: string, enc: LegacyEncoding): string => (enc === 'tcvn3' ? toTcvn3(s) : toVni(s));

// ---------------------------------------------------------------------------------------------
// Anchors: well-known bytes of each standard

describe('anchor bytes', () => {
  test.each([
    ['\u00a8', 'ă'], ['\u00a9', 'â'], ['\u00aa', 'ê'], ['\u00ab', 'ô'], ['\u00ac', 'ơ'], ['\u00ad', 'ư'],
    ['\u00ae', 'đ'], ['\u00a7', 'Đ'], ['\u00b5', 'à'], ['\u00b6', 'ả'], ['\u00b7', 'ã'], ['\u00b8', 'á'],
    ['\u00b9', 'ạ'], ['\u00d4', 'ễ'], ['NguyÔn V¨n An', 'Nguyễn Văn An'], ['§¶ng viªn', 'Đảng viên'],
  ])('TCVN3 %j → %s', (legacy, unicode) => {
    expect(convertLegacy(legacy, 'tcvn3')).toBe(unicode);
  });

  test.each([
    ['eâ', 'ê'], ['eã', 'ễ'], ['ñ', 'đ'], ['Ñ', 'Đ'], ['aû', 'ả'], ['ö', 'ư'], ['ô', 'ơ'], ['aê', 'ă'],
    ['Nguyeãn Vaên An', 'Nguyễn Văn An'], ['Ñaûng vieân', 'Đảng viên'], ['Höôøng', 'Hường'],
  ])('VNI %j → %s', (legacy, unicode) => {
    expect(convertLegacy(legacy, 'vni')).toBe(unicode);
  });

  test('the test encoders agree with the anchors', () => {
    expect(toTcvn3('Nguyễn Văn An')).toBe('NguyÔn V¨n An');
    expect(toTcvn3('Đảng viên')).toBe('§¶ng viªn');
    expect(toVni('Nguyễn Văn An')).toBe('Nguyeãn Vaên An');
    expect(toVni('Đảng viên')).toBe('Ñaûng vieân');
  });
});

// ---------------------------------------------------------------------------------------------
// Every letter, every tone, both cases

const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const CONSONANTS = ['b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'v', 'x'];
const LOWER_LETTERS = [
  ...CONSONANTS,
  ...VOWELS.flatMap((v) => TONES.map((t) => (v.normalize('NFD') + t).normalize('NFC'))),
];
/** TCVN3 capitals that have a code of their own (the rest are written with lower-case bytes). */
const TCVN3_CAPITALS = new Set(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']);

describe('every letter round-trips', () => {
  test('alphabet size', () => {
    expect(LOWER_LETTERS).toHaveLength(17 + 12 * 6);
    expect(new Set(LOWER_LETTERS).size).toBe(LOWER_LETTERS.length);
  });

  describe.each(['tcvn3', 'vni'] as const)('%s', (enc) => {
    test.each(LOWER_LETTERS)('lower %s', (letter) => {
      expect(convertLegacy(encode(letter, enc), enc)).toBe(letter);
    });

    test.each(LOWER_LETTERS.map((l) => l.toUpperCase()))('upper %s', (letter) => {
      const legacy = encode(letter, enc);
      const ascii = letter.charCodeAt(0) < 0x80;
      if (enc === 'vni' || ascii || TCVN3_CAPITALS.has(letter)) {
        expect(convertLegacy(legacy, enc)).toBe(letter);
      } else {
        // TCVN3: same byte as lower case; alone it stays lower, in an all-caps word it is upper.
        expect(convertLegacy(legacy, enc)).toBe(letter.toLowerCase());
        expect(convertLegacy(encode(`TH${letter}N`, enc), enc)).toBe(`TH${letter}N`);
      }
    });

    test.each(LOWER_LETTERS)('lower %s inside a word', (letter) => {
      const word = `Tr${letter}ng`;
      expect(convertLegacy(encode(word, enc), enc)).toBe(word);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Real phrases: detected and converted

const PHRASES = [
  "Đảng bộ huyện M'Đrắk",
  'Nguyễn Thị Hường',
  'Chi bộ thôn 1',
  'Trường Tiểu học Cư San',
  'Ê Đê',
  'Mông',
  'Nùng',
  'Nguyễn Văn An',
  'Đảng viên',
  'Bí thư Chi bộ',
  'Phó Bí thư Đảng ủy xã',
  'Đảng viên dự bị',
  'Ủy ban nhân dân xã Ea Kpam',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Hội Liên hiệp Phụ nữ',
  'Trình độ lý luận chính trị: Trung cấp',
  'Dân tộc: Kinh; Tôn giáo: Không',
  'Trần Thị Thu Thủy',
  'Lê Văn Hùng',
  'Phạm Quốc Khánh',
  'Hoàng Thị Ngọc Ánh',
  'Huỳnh Tấn Phát',
  'Đặng Thùy Trâm',
  'Lý Thường Kiệt',
  'Huyện Krông Búk, tỉnh Đắk Lắk',
  'Thành phố Buôn Ma Thuột',
  'Ksor H\'Bliêng',
  'quyết định kết nạp',
  'khuya giữa giường người thuở',
  'Hoà Bình, Thuỷ Nguyên',
  'Thừa Thiên Huế',
  'Quảng Ngãi',
  'Trưởng ban Tổ chức Huyện ủy',
  'Tổ 5, khối phố 3',
  'Ngày 03/02/1930',
];

const tcvn3Case = (ch: string): string =>
  ch.charCodeAt(0) < 0x80 || TCVN3_CAPITALS.has(ch) ? ch : ch.toLowerCase();

describe.each(['tcvn3', 'vni'] as const)('real phrases in %s', (enc) => {
  test.each(PHRASES)('%s', (phrase) => {
    const legacy = encode(phrase, enc);
    expect(detectLegacy(legacy)).toBe(enc);
    // TCVN3 cannot write a capital toned vowel (Ủy, Ánh): it comes back lower case.
    const expected = enc === 'vni' ? phrase : [...phrase].map(tcvn3Case).join('');
    expect(fromLegacy(legacy)).toEqual({ encoding: enc, text: expected });
  });

  test.each(PHRASES.map((p) => p.toUpperCase()))('all caps: %s', (phrase) => {
    const legacy = encode(phrase, enc);
    expect(detectLegacy(legacy)).toBe(enc);
    expect(convertLegacy(legacy, enc)).toBe(phrase);
  });
});

describe('TCVN3 details', () => {
  test('a capital toned vowel in title case stays lower (the .VnTimeH font cannot be seen)', () => {
    expect(convertLegacy('¸nh', 'tcvn3')).toBe('ánh');
  });

  test('a short word follows the all-caps words around it', () => {
    expect(convertLegacy('NGUYÔN V¡N Hå', 'tcvn3')).toBe('NGUYỄN VĂN HỒ');
    expect(convertLegacy('Vâ Hå', 'tcvn3')).toBe('Võ Hồ');
  });

  test('C1 code points are accepted like their Windows-1252 characters', () => {
    expect(convertLegacy('\u0093NguyÔn V¨n An\u0094', 'tcvn3')).toBe('“Nguyễn Văn An”');
    expect(fromLegacy('\u0093NguyÔn V¨n An\u0094')).toEqual({ encoding: 'tcvn3', text: '“Nguyễn Văn An”' });
    expect(fromLegacy('“NguyÔn V¨n An”')).toEqual({ encoding: 'tcvn3', text: '“Nguyễn Văn An”' });
    expect(fromLegacy('Nguyeãn Vaên An \u0096 Ñaûng vieân')).toEqual({
      encoding: 'vni',
      text: 'Nguyễn Văn An – Đảng viên',
    });
  });

  test('output is NFC', () => {
    const out = convertLegacy(toTcvn3('Nguyễn Thị Hường'), 'tcvn3');
    expect(out).toBe(out.normalize('NFC'));
  });
});

// ---------------------------------------------------------------------------------------------
// No false positives

const ORDINARY = [
  '',
  ' ',
  'Nguyen Van An',
  'CB-01',
  'DL123456',
  '12/05/2020',
  '2020-05-12',
  'nguyen.van.an@gmail.com',
  'Chi bo thon 1',
  // Unicode Vietnamese, NFC and NFD
  'Nguyễn Văn An',
  'Đảng bộ huyện M\'Đrắk',
  'Nguyễn Thị Hường'.normalize('NFD'),
  'Đảng viên'.normalize('NFD'),
  'Tên',
  'Lê',
  'Tú',
  'Hoàng',
  'HOÀNG',
  'Toàn',
  'Hoài',
  'Tô Lâm',
  'Võ',
  'Lò',
  'Tô',
  'Ôn',
  'Lý',
  'Chi bộ thôn 1',
  'Trường Tiểu học Cư San',
  // Ethnic names
  "H'Hen Niê",
  'Y Bơ Mlô',
  "Ksor H'Bliêng",
  'Mlô Duôn Du',
  'Êban',
  'Niê Kdăm',
  // French, German, Spanish, Portuguese, Nordic
  'café',
  'Café Tùng',
  'Pelé',
  'José',
  'André',
  'René',
  'Noël',
  'Chloé',
  'Zoé',
  'Léa',
  'Théo',
  'été',
  'où',
  'Où est Loïc ?',
  'Loïc',
  'Caïn',
  'Raúl',
  'naïve',
  'maître',
  'Benoît',
  'coût',
  'août',
  'François',
  'Hélène',
  'crème brûlée',
  'Müller',
  'Grün',
  'Straße',
  'Fuß',
  'Größe',
  'schön',
  'König',
  'Köln',
  'Jürgen',
  'Bär',
  'Señor Muñoz',
  'Peña',
  'niño',
  'María García',
  'Pérez',
  'Ángel',
  'Núñez',
  'São Paulo',
  'João',
  'não',
  'Björn',
  'Håkan',
  'Øst',
  'Søren',
  // Symbols and punctuation
  '£5',
  '£ 100',
  '¥500',
  '© 2020',
  '§ 3',
  '25°C',
  '±5%',
  'm²',
  '5 µm',
  '1½',
  '2×3',
  '« Bonjour »',
  'It’s “fine” – really…',
  '€ 20',
  'Nº 5',
  '1ª',
];

describe('ordinary text is not legacy', () => {
  test.each(ORDINARY)('%j', (text) => {
    expect(detectLegacy(text)).toBeNull();
    expect(fromLegacy(text)).toBeNull();
  });

  test('one ambiguous letter is not enough, two are', () => {
    expect(detectLegacy('Loïc')).toBeNull(); // VNI would read Lọc
    expect(detectLegacy('Hå')).toBeNull(); // TCVN3 would read Hồ
    expect(fromLegacy('Vâ Hå')).toEqual({ encoding: 'tcvn3', text: 'Võ Hồ' });
    expect(fromLegacy('Hïng')).toEqual({ encoding: 'tcvn3', text: 'Hùng' }); // ï after a consonant: not French
  });

  test('text without characters above U+007F is never legacy', () => {
    let ascii = '';
    for (let c = 0; c < 0x80; c++) ascii += String.fromCharCode(c);
    expect(detectLegacy(ascii)).toBeNull();
    expect(detectLegacy('Nguyen Van An, CB-01, 12/05/2020')).toBeNull();
  });

  test('converting ASCII changes nothing', () => {
    expect(convertLegacy('Chi bo thon 1 - CB-01', 'tcvn3')).toBe('Chi bo thon 1 - CB-01');
    expect(convertLegacy('Chi bo thon 1 - CB-01', 'vni')).toBe('Chi bo thon 1 - CB-01');
  });
});

describe('speed', () => {
  test('ordinary cells are rejected quickly', () => {
    const cells = ['Nguyễn Văn An', 'CB-01', 'Chi bộ thôn 1', '12/05/2020', 'Hoàng', 'café'];
    const t0 = Date.now();
    let hits = 0;
    for (let i = 0; i < 200_000; i++) if (detectLegacy(cells[i % cells.length])) hits++;
    expect(hits).toBe(0);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
