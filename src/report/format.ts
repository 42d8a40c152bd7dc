/**
 * How the report writes numbers and fills its templates. Pure: no Intl (its output differs
 * between hosts), no host API.
 *
 * A template is a string of the catalogue with placeholders:
 *   `{name}`            the parameter; numbers are written the language's way (3.044 / 3,044)
 *   `{name|one|other}`  a plural choice on the number `name`: `one` when it is 1, else `other`;
 *                       `#` inside a choice stands for the number (`{n|# cell|# cells}`)
 * Vietnamese has no plural forms, so its templates need no choice.
 */
import { fillTemplate, type Lang } from '../core/findings';
import { roundHalfUp } from '../core/layouts/sheet-builder';

export type Params = Record<string, string | number>;

const SEPARATORS: Record<Lang, { thousands: string; decimal: string }> = {
  vi: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/** An integer with the thousands separator of the language: 3.044 (vi), 3,044 (en). */
export function formatInteger(n: number, lang: Lang): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.round(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, SEPARATORS[lang].thousands);
}

/** A number with at most `decimals` decimals, trailing zeros dropped: 88,9 / 88.9 / 90. */
export function formatDecimal(n: number, decimals: number, lang: Lang): string {
  const f = 10 ** decimals;
  const scaled = roundHalfUp(n * f);
  const whole = Math.trunc(scaled / f);
  const frac = Math.abs(scaled % f);
  const head = formatInteger(whole, lang);
  const sign = scaled < 0 && whole === 0 ? '-' : '';
  if (!frac) return sign + head;
  const tail = String(frac).padStart(decimals, '0').replace(/0+$/, '');
  return sign + head + SEPARATORS[lang].decimal + tail;
}

/** Attainment as the sheets show it: a whole percent, half up (167/150 → 111%). */
export function formatPercent(fraction: number, lang: Lang): string {
  return formatInteger(roundHalfUp(fraction * 100), lang) + '%';
}

/** A share with one decimal where it has one (64/167 → 38,3%; 10/10 → 100%). */
export function formatShare(fraction: number, lang: Lang): string {
  return formatDecimal(fraction * 100, 1, lang) + '%';
}

const CHOICE = /\{(\w+)\|([^{}|]*)\|([^{}|]*)\}/g;

/** Fills a catalogue template: plural choices first, then the placeholders. */
export function formatMessage(template: string, params: Params, lang: Lang): string {
  const withChoices = template.replace(CHOICE, (m, key: string, one: string, other: string) => {
    const v = params[key];
    if (typeof v !== 'number') return m;
    return (v === 1 ? one : other).replace(/#/g, formatInteger(v, lang));
  });
  const written: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) written[k] = typeof v === 'number' ? formatInteger(v, lang) : v;
  return fillTemplate(withChoices, written);
}

/** `a`, `a và b`, `a, b và c` (vi) / `a and b`, `a, b and c` (en): the joiners come from the catalogue. */
export function joinList(items: string[], joiners: { separator: string; last: string; pair?: string }): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return items[0] + (joiners.pair ?? joiners.last) + items[1];
  return items.slice(0, -1).join(joiners.separator) + joiners.last + items[items.length - 1];
}

/** Upper case as the party's headers write names (`Huyện ủy M'Đrắk` → `HUYỆN ỦY M'ĐRẮK`). */
export function upper(s: string): string {
  return s.normalize('NFC').toUpperCase();
}
