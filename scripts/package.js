#!/usr/bin/env node
// `npm run package -- --env origin=https://dangvien.example.vn/` — the install package for an
// office's IT officer: dist/dangvien-<version>.zip with
//
//   dangvien-<version>/HUONG-DAN-CAI-DAT.md   the guide (Vietnamese, then English)
//   dangvien-<version>/manifest.xml           for Excel: every URL on the office's server
//   dangvien-<version>/web/                    the folder the server publishes (web.config for IIS inside)
//   dangvien-<version>/offline/dangvien.html   the pane in one file, for computers without add-ins
//   dangvien-<version>/server/                 nginx and Apache examples
//
// It runs the production build for that origin (one webpack run makes dist/web and the offline
// page), checks the result, and zips it. `--skip-build` reuses dist/ when it was built for the
// same origin (the tests do).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { normaliseOrigin } = require('./manifest-origin');
const { checkManifest } = require('./validate-manifest');
const { zip } = require('./zip-writer');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const WEB = path.join(DIST, 'web');
const OFFLINE = path.join(DIST, 'offline', 'dangvien.html');
const USAGE = 'npm run package -- --env origin=https://dangvien.example.vn/';

/** `--env origin=…` (or `--env=origin=…`) and `--skip-build` from the command line. */
function parseArgs(argv) {
  const out = { origin: null, skipBuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--skip-build') out.skipBuild = true;
    else if (a === '--env' || a.startsWith('--env=')) {
      const value = a === '--env' ? argv[++i] : a.slice('--env='.length);
      const m = /^origin=(.*)$/.exec(value || '');
      if (!m) throw new Error(`unknown option --env ${value}. Usage: ${USAGE}`);
      out.origin = m[1];
    } else throw new Error(`unknown argument ${a}. Usage: ${USAGE}`);
  }
  if (!out.origin) throw new Error(`the package is made for one server: give its address. Usage: ${USAGE}`);
  out.origin = normaliseOrigin(out.origin);
  return out;
}

function listFiles(dir, base = dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
    });
}

/** The built folder is the one the manifest describes: every URL on `origin`, naming a file of dist/web. */
function checkBuild(origin) {
  const problems = [];
  const manifestFile = path.join(WEB, 'manifest.xml');
  if (!fs.existsSync(manifestFile)) return [`${path.relative(ROOT, manifestFile)} is missing: the build did not run`];
  const xml = fs.readFileSync(manifestFile, 'utf8');
  // Root = dist/web: the icons are checked in the built folder itself.
  const { errors, urls } = checkManifest(xml, { root: WEB, buildDir: WEB });
  problems.push(...errors.filter((e) => !/webpack builds no page/.test(e)));
  for (const u of urls) {
    if (!u.startsWith(origin)) {
      problems.push(`manifest.xml names ${u}, not on ${origin} (built for another server? run without --skip-build)`);
      continue;
    }
    const rel = decodeURIComponent(u.slice(origin.length).split(/[?#]/)[0]);
    if (!fs.existsSync(path.join(WEB, rel))) problems.push(`manifest.xml names ${u} but dist/web has no ${rel}`);
  }
  const pkgVersion = require(path.join(ROOT, 'package.json')).version;
  const manifestVersion = (/<Version>\s*([^<\s]+)\s*<\/Version>/.exec(xml) || [])[1] || '';
  if (manifestVersion.split('.').slice(0, 3).join('.') !== pkgVersion) {
    problems.push(`manifest.xml's <Version> ${manifestVersion} does not match package.json's version ${pkgVersion}: raise both together (Excel updates the add-in when the Version changes)`);
  }
  if (!fs.existsSync(path.join(WEB, 'web.config'))) problems.push('dist/web/web.config is missing (IIS needs it)');
  if (!fs.existsSync(path.join(WEB, 'help.html'))) problems.push('dist/web/help.html is missing');
  if (!fs.existsSync(OFFLINE)) problems.push(`${path.relative(ROOT, OFFLINE)} is missing`);
  return problems;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const version = require(path.join(ROOT, 'package.json')).version;
  if (!args.skipBuild) {
    const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
    execFileSync(process.execPath, [cli, '--mode', 'production', '--env', `origin=${args.origin}`], { cwd: ROOT, stdio: 'inherit' });
  }
  const problems = checkBuild(args.origin);
  if (problems.length) {
    for (const p of problems) console.error(`error: ${p}`);
    process.exit(1);
  }
  const top = `dangvien-${version}`;
  const read = (f) => fs.readFileSync(f);
  const entries = [
    { name: `${top}/HUONG-DAN-CAI-DAT.md`, data: read(path.join(ROOT, 'docs', 'HUONG-DAN-CAI-DAT.md')) },
    { name: `${top}/manifest.xml`, data: read(path.join(WEB, 'manifest.xml')) },
    ...listFiles(WEB).map((f) => ({ name: `${top}/web/${f}`, data: read(path.join(WEB, f)) })),
    { name: `${top}/offline/dangvien.html`, data: read(OFFLINE) },
    ...listFiles(path.join(ROOT, 'deploy', 'server')).map((f) => ({ name: `${top}/server/${f}`, data: read(path.join(ROOT, 'deploy', 'server', f)) })),
  ];
  const out = path.join(DIST, `${top}.zip`);
  fs.writeFileSync(out, zip(entries));
  console.log(`${path.relative(ROOT, out)}: ${entries.length} files, ${(fs.statSync(out).size / 1e6).toFixed(1)} MB, for ${args.origin}`);
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
}

module.exports = { parseArgs, checkBuild };
