// Builds the task pane, its Web Workers and the ribbon commands page into dist/web (dist/e2e for
// the browser tests, which add a page with the fake Excel host from test/fake-excel; the fake never reaches dist/web).
//
//   npm run build          production bundle in dist/web
//   npm run build:dev      development bundle (source maps, no eval: the page's CSP forbids it)
//   npm run dev-server     https://localhost:3000 (office-addin-debugging's default)
//   webpack --mode production --env e2e    the e2e build in dist/e2e
//
// Installing in an office (README, "Install in an office"):
//   npm run build -- --env origin=https://dangvien.example.vn/
//       dist/web/manifest.xml names that server instead of https://localhost:3000/ (as Microsoft's
//       `yo office` templates do: the manifest is copied with the development origin replaced);
//       without the option it stays on localhost. help.html (Hướng dẫn sử dụng) is built with the
//       pane; the manifest's SupportUrl points at it.
//   A production build also writes dist/offline/dangvien.html (dist/e2e-offline/ for the e2e
//   build): the whole pane in one file for staff whose Excel cannot run add-ins, made from the
//   same compilation (scripts/offline-page.js).
//
// Office.js comes from Microsoft's CDN; a copy from node_modules/@microsoft/office-js/dist is put in
// office-js/ as the fallback for a network with no internet (see OFFICE_JS_CDN below).
'use strict';
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { normaliseOrigin, templateManifest } = require('./scripts/manifest-origin');
const { OfflinePagePlugin } = require('./scripts/offline-page');

const OFFICE_JS = path.join(__dirname, 'node_modules/@microsoft/office-js/dist');
/** Office.js files the add-in never loads: other apps' host scripts, debug builds, editor stubs. */
const OFFICE_JS_IGNORE = [
  '**/*.debug.js',
  '**/*-vsdoc.js',
  '**/office-vsdoc.js',
  '**/*.d.ts',
  '**/outlook_strings.js',
  '**/{access,outlook,outlookwebapp,word,wordios,powerpoint,powerpointios,onenote,project}-*.js',
];

// ---- Office.js: Microsoft's CDN first, the shipped copy when it cannot be reached ----------
// src/taskpane/index.html and src/commands/commands.html load OFFICE_JS_CDN, then
// office-fallback.js, which writes the shipped copy (office-js/office.js) in when the CDN failed.
// The CSP allows scripts from that one origin, nothing else outside the add-in's own.
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_ORIGIN = new URL(OFFICE_JS_CDN).origin;
// ---------------------------------------------------------------------------------------------

/**
 * A page's Content-Security-Policy: nothing from outside the add-in's own origin but Office.js,
 * and that only on the pages that load it (the help page does not).
 */
const cspOf = ({ officeJs }) => [
  "default-src 'self'",
  officeJs ? `script-src 'self' ${OFFICE_JS_ORIGIN}` : "script-src 'self'",
  // Fluent UI (Griffel) inserts its generated rules into <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const CSP = cspOf({ officeJs: true });

function devServerHttps() {
  // office-addin-dev-certs puts a trusted localhost certificate here (`npx office-addin-dev-certs install`).
  const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return { type: 'https' };
  return {
    type: 'https',
    options: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))])),
  };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const e2e = Boolean(env.e2e);
  const outDir = path.join(__dirname, e2e ? 'dist/e2e' : 'dist/web');
  // The office's server for the manifest's URLs (checked before anything is built).
  const origin = env.origin ? normaliseOrigin(env.origin) : null;

  const page = (filename, template, chunks, extra = {}) => {
    const parameters = { officeJs: true, officeJsCdn: OFFICE_JS_CDN, ...extra };
    return new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      chunksSortMode: 'manual',
      scriptLoading: 'defer',
      inject: 'head',
      templateParameters: { csp: cspOf(parameters), ...parameters },
      minify: production ? { collapseWhitespace: true, removeComments: true } : false,
    });
  };

  return {
    mode: production ? 'production' : 'development',
    // Source maps without eval: the CSP has no 'unsafe-eval'.
    devtool: production ? false : 'source-map',
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      ...(e2e ? { 'fake-office': './test/e2e/fake-office.ts' } : {}),
    },
    output: {
      path: outDir,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // exceljs's "browser" field points at its prebuilt dist/exceljs.min.js (polyfills included):
      // nothing of Node's is needed in the bundle.
      fallback: { fs: false, path: false, os: false, stream: false, crypto: false, zlib: false },
    },
    module: {
      // The prebuilt ExcelJS bundle needs no parsing (faster builds, no warnings).
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?(\.min)?\.js$/,
      rules: [
        {
          // The report's fonts (src/report/fonts-browser.ts): base64 in their own lazy chunk, never fetched.
          test: /\.ttf$/,
          type: 'asset/inline',
          generator: { dataUrl: (content) => content.toString('base64') },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.join(__dirname, 'tsconfig.json'),
              // Type checking is `npm run typecheck`; the bundle only needs the transpiled code.
              transpileOnly: true,
              // Workers (`new Worker(new URL(...), import.meta.url)`) and split chunks need ES modules.
              compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      page('taskpane.html', './src/taskpane/index.html', ['taskpane']),
      page('commands.html', './src/commands/commands.html', ['commands']),
      ...(e2e
        ? [page('taskpane-fake.html', './src/taskpane/index.html', ['fake-office', 'taskpane'], { officeJs: false })]
        : []),
      // ---- Install in an office: the help page, the manifest for the office's server ----
      page('help.html', './src/help/help.html', [], { officeJs: false }),
      ...(production
        ? [
            page('offline-shell.html', './src/taskpane/index.html', ['taskpane'], { officeJs: false }),
            new OfflinePagePlugin({
              shell: 'offline-shell.html',
              entry: 'taskpane',
              skipEntries: ['commands', 'fake-office'],
              outFile: path.join(__dirname, e2e ? 'dist/e2e-offline' : 'dist/offline', 'dangvien.html'),
              servedAs: 'dangvien.html',
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/boot.js', to: 'boot.js' },
          { from: 'src/taskpane/office-fallback.js', to: 'office-fallback.js' },
          { from: OFFICE_JS, to: 'office-js', globOptions: { ignore: OFFICE_JS_IGNORE } },
          ...(e2e
            ? []
            : [
                { from: 'manifest.xml', to: 'manifest.xml', transform: (xml) => (origin ? templateManifest(xml, origin) : xml) },
                // IIS's settings for the published folder (MIME types, headers).
                { from: 'deploy/web.config', to: 'web.config' },
              ]),
        ],
      }),
    ],
    performance: {
      // ExcelJS alone is ~0.9 MB; it lives in the file worker's own chunk, loaded in browser mode only.
      // The report's fonts (~1.8 MB of base64) load only when a PDF is drafted.
      hints: production ? 'warning' : false,
      maxAssetSize: 1_200_000,
      maxEntrypointSize: 1_200_000,
      assetFilter: (f) => f.endsWith('.js') && !f.startsWith('office-js/') && !f.startsWith('report-fonts'),
    },
    optimization: {
      splitChunks: {
        chunks: 'async',
        // The font files in a chunk of their own, named so the size warning can leave them out.
        cacheGroups: { reportFonts: { test: /\.ttf$/, name: 'report-fonts-data', chunks: 'async', enforce: true } },
      },
    },
    devServer: {
      port: 3000,
      // The pane handles personal data: serve it to this computer only, never to the network.
      host: 'localhost',
      server: devServerHttps(),
      headers: { 'Access-Control-Allow-Origin': '*', 'Content-Security-Policy': CSP },
      static: false,
      hot: false,
      client: { overlay: false },
    },
    stats: 'errors-warnings',
  };
};

module.exports.CSP = CSP;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
