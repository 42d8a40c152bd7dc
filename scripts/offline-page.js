// The offline page: the whole pane in ONE html file (dist/offline/dangvien.html) that staff open by
// double click (file://), for computers whose Excel cannot run add-ins (WPS, LibreOffice, old
// Office). Made from the same compilation as dist/web, so no second build:
//
//   - every script of the pane (the entry, its lazy chunks, the Web Workers and their chunks, the
//     report's fonts) is stored in the page as JSON text, never fetched;
//   - a small loader turns each into a blob: URL when the bundle asks for it. Webpack asks by file
//     name (a <script src> for a lazy chunk, `new Worker(url)`, importScripts inside a worker), and
//     a file:// page may not load scripts or workers from files, so the loader answers those three
//     with the stored text instead;
//   - the help page travels inside too, opened from its blob: URL;
//   - the page is also written into the web folder (dangvien.html), where the pane's old-browser
//     message links to it;
//   - the Content-Security-Policy allows only the page's own inline scripts (by hash) and blob:
//     URLs: nothing can be loaded from the network or the disk.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { Compilation } = require('webpack');

const NAME = 'DangvienOfflinePage';

/** Runs in the page before the bundle: serves the stored files from blob: URLs (ES5: boot.js's rules). */
function loader(entryFiles) {
  return `(function () {
  'use strict';
  var filesText = document.getElementById('dangvien-files').textContent;
  var files = JSON.parse(filesText);
  var blobs = {};
  function base(u) { return String(u).split(/[?#]/)[0].split('/').pop(); }
  function blobUrl(name) {
    if (!blobs[name]) blobs[name] = URL.createObjectURL(new Blob([files[name]], { type: /\\.html$/.test(name) ? 'text/html' : 'text/javascript' }));
    return blobs[name];
  }
  // Lazy chunks: webpack adds a script element and sets its src to "…/name.js".
  var src = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src');
  Object.defineProperty(HTMLScriptElement.prototype, 'src', {
    configurable: true, enumerable: true, get: src.get,
    set: function (v) { var n = base(v); src.set.call(this, files.hasOwnProperty(n) ? blobUrl(n) : v); }
  });
  // Workers. A worker of a file:// page may not load the page's blob: URLs, so it gets the files'
  // text and makes its own, for its first script and for importScripts(name).
  var NativeWorker = window.Worker;
  var filesBlob = null;
  if (NativeWorker) {
    var OfflineWorker = function (url, options) {
      var n = base(url && url.href ? url.href : url);
      if (!files.hasOwnProperty(n)) return new NativeWorker(url, options);
      filesBlob = filesBlob || new Blob([filesText], { type: 'application/json' });
      // Its address is a blob: URL, which cannot resolve relative URLs: webpack's
      // new URL(asset, import.meta.url) would throw, so those resolve against a neutral base.
      var start = ';(function(){var N=self.URL;self.URL=class extends N{constructor(u,b){var base=b;' +
        'if(b!==undefined&&/^blob:/.test(String(b))){try{new N(u,b);}catch(e){base="file:///dangvien/";}}super(u,base);}};})();' +
        'var blobs={},load=self.importScripts.bind(self);' +
        'function blobUrl(n){return blobs[n]||(blobs[n]=URL.createObjectURL(new Blob([FILES[n]],{type:"text/javascript"})));}' +
        'self.importScripts=function(){return load.apply(self,Array.prototype.map.call(arguments,function(u){' +
        'var n=String(u).split(/[?#]/)[0].split("/").pop();return FILES.hasOwnProperty(n)?blobUrl(n):u;}));};' +
        'load(blobUrl(' + JSON.stringify(n) + '));';
      return new NativeWorker(URL.createObjectURL(new Blob(['var FILES=', filesBlob, start], { type: 'text/javascript' })), options);
    };
    OfflineWorker.prototype = NativeWorker.prototype;
    window.Worker = OfflineWorker;
  }
  // The help page (a link to help.html) opens from its stored copy.
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
    var href = a ? a.getAttribute('href') : '';
    if (!/^help\\.html(#|$)/.test(href) || !files.hasOwnProperty('help.html')) return;
    e.preventDefault();
    window.open(blobUrl('help.html') + href.slice('help.html'.length), '_blank');
  }, true);
  // The bundle, in order, once the page's body (#root) is there: as <script defer> on the server.
  function start() {
    var entry = ${JSON.stringify(entryFiles)};
    for (var i = 0; i < entry.length; i++) {
      var s = document.createElement('script');
      s.async = false;
      s.src = entry[i];
      document.head.appendChild(s);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();`;
}

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** JSON that cannot close the <script> element it sits in. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
/** Script text that cannot close its <script> element (the CSP hashes this very text). */
const inlineSafe = (code) => code.replace(/<\/(script)/gi, '<\\/$1');

class OfflinePagePlugin {
  /**
   * @param {object} o
   * @param {string} o.shell    the html page HtmlWebpackPlugin made for the offline page (without Office.js); removed from the output
   * @param {string} o.entry    the pane's entry point name
   * @param {string[]} o.skipEntries  entry points whose own files stay out (the ribbon commands, test pages)
   * @param {string} o.outFile  where the single page goes
   * @param {string} o.servedAs the same page's name in the output folder
   */
  constructor(o) {
    this.o = o;
  }

  apply(compiler) {
    let page = null;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        page = null;
        const shell = compilation.getAsset(this.o.shell);
        const entrypoint = compilation.entrypoints.get(this.o.entry);
        if (!shell || !entrypoint) return;
        const shellHtml = shell.source.source().toString();
        compilation.deleteAsset(this.o.shell);
        const skip = new Set();
        for (const name of this.o.skipEntries) {
          const ep = compilation.entrypoints.get(name);
          if (ep) for (const f of ep.getEntrypointChunk().files) skip.add(f);
        }
        const text = (name) => compilation.getAsset(name).source.source().toString();
        const files = {};
        for (const { name } of compilation.getAssets()) {
          // boot.js is inlined; office-fallback.js serves pages that load Office.js, which this one never does.
          if (!name.endsWith('.js') || name.includes('/') || name === 'boot.js' || name === 'office-fallback.js' || skip.has(name)) continue;
          files[name] = text(name);
        }
        if (compilation.getAsset('help.html')) files['help.html'] = text('help.html');
        const entryFiles = entrypoint.getFiles().filter((f) => f.endsWith('.js'));
        for (const f of entryFiles) if (!files[f]) throw new Error(`${NAME}: ${f} is not among the page's files`);
        const icon = compilation.getAsset('assets/icon-32.png');
        page = this.render(shellHtml, {
          boot: compilation.getAsset('boot.js') ? text('boot.js') : '',
          loader: loader(entryFiles),
          files,
          icon: icon ? `data:image/png;base64,${icon.source.source().toString('base64')}` : null,
        });
      });
    });
    compiler.hooks.afterEmit.tap(NAME, (compilation) => {
      if (!page) return;
      fs.mkdirSync(path.dirname(this.o.outFile), { recursive: true });
      fs.writeFileSync(this.o.outFile, page);
      // Also served next to the pane, where the old-browser message (boot.js) links to it. Written
      // as is, not as a webpack asset: a minifier must not touch the scripts the CSP lists by hash.
      fs.writeFileSync(path.join(compilation.outputOptions.path, this.o.servedAs), page);
    });
  }

  /** The shell page with its scripts inlined, the files stored, and a CSP for a page with no server. */
  render(shell, { boot, loader: load, files, icon }) {
    const scripts = [boot, load].filter(Boolean).map(inlineSafe);
    const csp = [
      "default-src 'none'",
      `script-src ${scripts.map(sha256).join(' ')} blob:`,
      // Fluent UI (Griffel) inserts its generated rules into <style> elements at run time.
      "style-src 'unsafe-inline'",
      'img-src data: blob:',
      'font-src data:',
      'connect-src blob: data:',
      'worker-src blob:',
      'child-src blob:',
      "frame-src 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; ');
    let html = shell
      // Every external script goes (Office.js has no business in a page outside Excel; the
      // bundle and boot.js come inline below).
      .replace(/<script\b[^>]*\bsrc=[^>]*>\s*<\/script>/gi, '')
      .replace(/<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>/i, () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
    if (!html.includes(csp)) throw new Error(`${NAME}: the page has no Content-Security-Policy <meta> to replace`);
    if (/<script\b(?![^>]*type="application\/json")[^>]*>[^<]/i.test(html)) {
      throw new Error(`${NAME}: the page has an inline script the offline CSP does not list`);
    }
    html = html.replace(/<link\s+rel=["']?icon["']?[^>]*>/i, () => (icon ? `<link rel="icon" type="image/png" href="${icon}">` : ''));
    const [bootScript, loadScript] = boot ? scripts : ['', scripts[0]];
    const head = `${bootScript ? `<script>${bootScript}</script>` : ''}<script type="application/json" id="dangvien-files">${scriptJson(files)}</script><script>${loadScript}</script>`;
    if (!/<\/head>/i.test(html)) throw new Error(`${NAME}: the page has no </head>`);
    // A function, not a string: the stored code is full of "$'" and "$&", which a replacement string would expand.
    return html.replace(/<\/head>/i, () => `${head}</head>`);
  }
}

module.exports = { OfflinePagePlugin, loader };
