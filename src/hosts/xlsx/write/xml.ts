/**
 * Text and numbers as SpreadsheetML stores them. XML 1.0 cannot hold most control characters, so
 * Excel's own escape `_xHHHH_` carries them; a text that already reads `_x0041_` gets its
 * underscore escaped (`_x005F_`), or Excel would turn it into `A`.
 */

const NEEDS_WORK = /[&<>"\u0000-\u001f_\ud800-\udfff\ufffe\uffff]/;

const hex4 = (code: number) => '_x' + code.toString(16).toUpperCase().padStart(4, '0') + '_';

function escape(s: string, attribute: boolean): string {
  if (!NEEDS_WORK.test(s)) return s;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let rep: string | null = null;
    if (code === 0x26) rep = '&amp;';
    else if (code === 0x3c) rep = '&lt;';
    else if (code === 0x3e) rep = '&gt;';
    else if (code === 0x22) rep = attribute ? '&quot;' : null;
    // Tab, line feed and return are XML characters; an attribute's would be read back as spaces.
    else if (code === 0x09 || code === 0x0a || code === 0x0d) rep = attribute ? hex4(code) : null;
    else if (code < 0x20 || code === 0xfffe || code === 0xffff) rep = hex4(code);
    else if (code === 0x5f) rep = /^_x[0-9A-Fa-f]{4}_/.test(s.slice(i, i + 7)) ? '_x005F_' : null;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++; // a whole pair: UTF-8 holds it
      else rep = hex4(code);
    } else if (code >= 0xdc00 && code <= 0xdfff) rep = hex4(code);
    if (rep !== null) {
      out += s.slice(from, i) + rep;
      from = i + 1;
    }
  }
  return out + s.slice(from);
}

/** Element text. */
export function xmlText(s: string): string {
  return escape(s, false);
}

/** An attribute's value (between double quotes). */
export function xmlAttr(s: string): string {
  return escape(s, true);
}

/** Text whose leading or trailing spaces, tabs or line breaks must survive a reader. */
export function needsPreserve(s: string): boolean {
  return s.length > 0 && (/^\s|\s$/.test(s) || /[\t\n\r]/.test(s));
}

/** A number as `<v>` holds it: JavaScript's shortest form that reads back to the same double. */
export function xmlNumber(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/** A sheet's name in a reference: always quoted, apostrophes doubled (`'Kiểm tra 2017'!A1`). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
