// The manifest's URLs for a given server, as Microsoft's `yo office` templates do it: manifest.xml
// names the development origin (https://localhost:3000/, office-addin-debugging's default) and the
// build writes a copy with every occurrence replaced by the office's own origin
// (`npm run build -- --env origin=https://…/`). Used by webpack.config.js and the tests.
'use strict';

const DEV_ORIGIN = 'https://localhost:3000/';

/**
 * Checks and normalises the `origin` build option: an HTTPS address (Office loads add-ins over
 * HTTPS only), optionally with a folder (a web server's virtual directory), ending with "/".
 * Throws a message that says what to type instead.
 */
function normaliseOrigin(value) {
  const example = 'npm run build -- --env origin=https://dangvien.example.vn/';
  let url;
  try {
    url = new URL(String(value));
  } catch {
    throw new Error(`origin "${value}" is not an address. Example: ${example}`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`origin "${value}" must start with https:// (Excel loads add-ins over HTTPS only). Example: ${example}`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`origin "${value}" must be a plain address, without ?query, #fragment or user name. Example: ${example}`);
  }
  if (/^localhost$|^127\./.test(url.hostname)) {
    throw new Error(`origin "${value}" is this computer; leave the option out for a development build`);
  }
  const pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${pathname}`;
}

/** manifest.xml's text with the development origin replaced by `origin` (normalised); throws if any localhost URL is left. */
function templateManifest(xml, origin) {
  const target = normaliseOrigin(origin);
  const out = String(xml).split(DEV_ORIGIN).join(target);
  const left = /https?:\/\/(localhost|127\.0\.0\.1)[^"'<\s]*/.exec(out);
  if (left) throw new Error(`manifest.xml still names ${left[0]} after replacing ${DEV_ORIGIN}: every URL must start with ${DEV_ORIGIN}`);
  return out;
}

module.exports = { DEV_ORIGIN, normaliseOrigin, templateManifest };
