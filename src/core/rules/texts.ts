/**
 * The party's texts the rules cite, by number and date, and which is in force on the report date
 * (rules.md). A rule names the text of the period its report is for, not today's.
 */
import { dayFromYMD, type Day } from '../dates';

export interface PartyText {
  /** As cited: number and date. */
  cite: string;
  /** In force from this day on (until the next text of the same list). */
  from: Day;
}

const text = (cite: string, y: number, m: number, d: number): PartyText => ({ cite, from: dayFromYMD(y, m, d) });

/** The Charter's regulations and guidance on admission (age, education, re-admission), oldest first. */
export const ADMISSION_TEXTS: readonly PartyText[] = [
  text('Quy định 29-QĐ/TW ngày 25/7/2016 và Hướng dẫn 01-HD/TW ngày 20/9/2016', 2016, 7, 25),
  text('Quy định 24-QĐ/TW ngày 30/7/2021 và Hướng dẫn 01-HD/TW ngày 28/9/2021', 2021, 7, 30),
  text('Quy định 232-QĐ/TW ngày 20/1/2025', 2025, 1, 20),
  text('Quy định 294-QĐ/TW ngày 26/5/2025 và Hướng dẫn 06-HD/TW ngày 9/6/2025', 2025, 7, 1),
];

/** The text in force on `day`: the latest that started on or before it (the first when none had). */
export function textInForce(texts: readonly PartyText[], day: Day): string {
  let found = texts[0];
  for (const t of texts) if (t.from <= day) found = t;
  return found.cite;
}
