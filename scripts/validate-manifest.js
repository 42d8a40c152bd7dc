#!/usr/bin/env node
// A local check of manifest.xml (`npm run validate`) against the manifest's schema (its content
// models in scripts/manifest-schema.js) and beyond it: the online validator cannot be reached here. It parses the XML with saxes (ExcelJS's own parser, so nothing is added) and
// checks what Office needs to load the add-in: the elements, their order, the ExcelApi
// requirement, the permission, the ribbon's resources (every resid defined, with the right
// type and length), the icons' sizes, HTTPS URLs on one origin, and that every URL names a file
// of the build (webpack.config.js's pages, or dist/web when built) or of assets/.
//
//   node scripts/validate-manifest.js [manifest.xml]   prints errors and warnings, exits 1 on an error
'use strict';
const fs = require('fs');
const path = require('path');
const { SaxesParser } = require('saxes');
const { checkSchema } = require('./manifest-schema');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

/** OfficeApp's children in the order the schema (TaskPaneApp) wants them; `true` = required. */
const TOP_ORDER = [
  ['Id', true], ['AlternateId', false], ['Version', true], ['ProviderName', true], ['DefaultLocale', true],
  ['DisplayName', true], ['Description', true], ['IconUrl', true], ['HighResolutionIconUrl', false],
  ['SupportUrl', false], ['AppDomains', false], ['Hosts', false], ['Requirements', false],
  ['DefaultSettings', true], ['Permissions', true], ['AllowSnapshot', false], ['Dictionary', false],
  ['VersionOverrides', false],
];

const LIMITS = { DisplayName: 125, Description: 250, ShortString: 125, LongString: 250, resid: 32, ProviderName: 125 };
const MIN_EXCEL_API = '1.7';
const ICON_SIZES = ['16', '32', '80'];

// ---- A small element tree ------------------------------------------------------------------

/** Parses XML into {name, ns, attrs: {local or prefix:local → value}, attrsNs: [{uri, local, value}], children, text, line}. */
function parseXml(text) {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack = [];
  let root = null;
  let error = null;
  parser.on('error', (e) => {
    if (!error) error = e;
  });
  parser.on('opentag', (tag) => {
    const el = { name: tag.local, ns: tag.uri, attrs: {}, attrsNs: [], children: [], text: '', line: parser.line };
    for (const a of Object.values(tag.attributes)) {
      if (a.uri === 'http://www.w3.org/2000/xmlns/') continue;
      el.attrs[a.uri === NS.xsi ? `xsi:${a.local}` : a.local] = a.value;
      el.attrsNs.push({ uri: a.uri, local: a.local, value: a.value });
    }
    if (stack.length) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => stack.pop());
  try {
    parser.write(text).close();
  } catch (e) {
    error = error || e;
  }
  if (error) throw new Error(`manifest.xml is not well-formed XML: ${error.message}`);
  return root;
}

const kids = (el, name, ns) => (el ? el.children.filter((c) => c.name === name && (!ns || c.ns === ns)) : []);
const kid = (el, name, ns) => kids(el, name, ns)[0];
const descendants = (el, pred, out = []) => {
  for (const c of el.children) {
    if (pred(c)) out.push(c);
    descendants(c, pred, out);
  }
  return out;
};
const text = (el) => (el ? el.text.trim() : '');

function compareVersions(a, b) {
  const pa = String(a).split('.').map(Number);
  const pb = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d) return d;
  }
  return 0;
}

// ---- Files the URLs name -----------------------------------------------------------------------

/** The pages webpack builds (HtmlWebpackPlugin filenames) and the files it copies. */
function buildPages(root) {
  try {
    const config = require(path.join(root, 'webpack.config.js'))({}, { mode: 'production' });
    return (config.plugins || [])
      .filter((p) => p && p.constructor && p.constructor.name === 'HtmlWebpackPlugin')
      .map((p) => (p.userOptions || p.options || {}).filename)
      .filter(Boolean);
  } catch (e) {
    return null;
  }
}

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47 || b.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * Checks a manifest's text. `root` is the project folder (for assets/, webpack.config.js and
 * dist/web). Returns { errors: string[], warnings: string[], urls: string[] }.
 */
function checkManifest(xml, options = {}) {
  const root = options.root || path.join(__dirname, '..');
  const buildDir = options.buildDir || path.join(root, 'dist', 'web');
  const errors = [];
  const warnings = [];
  const err = (m) => errors.push(m);
  const warn = (m) => warnings.push(m);

  let app;
  try {
    app = parseXml(xml);
  } catch (e) {
    return { errors: [e.message], warnings, urls: [] };
  }

  // The schema: every element's content, order, occurrences and required attributes.
  checkSchema(app, err);

  // The root and its type.
  if (!app || app.name !== 'OfficeApp' || app.ns !== NS.app) err(`the root must be <OfficeApp xmlns="${NS.app}">`);
  if (app.attrs['xsi:type'] !== 'TaskPaneApp') err('OfficeApp must have xsi:type="TaskPaneApp"');

  // Children: known, in order, required ones present, none twice.
  const order = TOP_ORDER.map(([n]) => n);
  let last = -1;
  const seen = new Set();
  for (const c of app.children) {
    const i = order.indexOf(c.name);
    if (i < 0) {
      err(`unknown element <${c.name}> under OfficeApp (line ${c.line})`);
      continue;
    }
    if (seen.has(c.name)) err(`<${c.name}> appears twice`);
    seen.add(c.name);
    if (i < last) err(`<${c.name}> is out of order: the schema wants ${order.join(', ')}`);
    last = Math.max(last, i);
  }
  for (const [n, required] of TOP_ORDER) if (required && !seen.has(n)) err(`<${n}> is missing`);

  // Identity.
  const id = text(kid(app, 'Id'));
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) err(`<Id> must be a GUID, not "${id}"`);
  const version = text(kid(app, 'Version'));
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) err(`<Version> must be like 1.0.0.0, not "${version}"`);
  if (!text(kid(app, 'ProviderName'))) err('<ProviderName> is empty');
  const locale = text(kid(app, 'DefaultLocale'));
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) err(`<DefaultLocale> "${locale}" is not a locale`);
  for (const name of ['DisplayName', 'Description']) {
    const el = kid(app, name);
    if (!el) continue;
    const values = [el.attrs.DefaultValue, ...kids(el, 'Override').map((o) => o.attrs.Value)];
    if (!el.attrs.DefaultValue) err(`<${name}> needs a DefaultValue`);
    for (const v of values) if ((v || '').length > LIMITS[name]) err(`<${name}> "${v.slice(0, 40)}…" is over ${LIMITS[name]} characters`);
    for (const o of kids(el, 'Override')) if (!o.attrs.Locale || !o.attrs.Value) err(`<${name}><Override> needs Locale and Value`);
  }

  // Host, requirements, permission.
  const hosts = kids(kid(app, 'Hosts'), 'Host').map((h) => h.attrs.Name);
  if (hosts.length !== 1 || hosts[0] !== 'Workbook') err(`<Hosts> must name Workbook (Excel) alone, not ${JSON.stringify(hosts)}`);
  const sets = kids(kid(kid(app, 'Requirements'), 'Sets'), 'Set');
  const excelApi = sets.find((s) => s.attrs.Name === 'ExcelApi');
  if (!excelApi) err('<Requirements> must declare the ExcelApi set');
  else if (compareVersions(excelApi.attrs.MinVersion || kid(kid(app, 'Requirements'), 'Sets').attrs.DefaultMinVersion || '1.1', MIN_EXCEL_API) !== 0) {
    err(`ExcelApi MinVersion must be ${MIN_EXCEL_API} (old Excel still loads it; newer features are checked at run time)`);
  }
  const permission = text(kid(app, 'Permissions'));
  if (permission !== 'ReadWriteDocument') err(`<Permissions> must be ReadWriteDocument, not "${permission}"`);
  const source = kid(kid(app, 'DefaultSettings'), 'SourceLocation');
  if (!source || !source.attrs.DefaultValue) err('<DefaultSettings><SourceLocation DefaultValue> is missing');

  // URLs: all HTTPS and on the source location's origin (no outside origin at all).
  const urls = [];
  const addUrl = (where, v) => {
    if (!v) return;
    urls.push(v);
    let u;
    try {
      u = new URL(v);
    } catch {
      err(`${where}: "${v}" is not a URL`);
      return;
    }
    if (u.protocol !== 'https:') err(`${where}: "${v}" must be HTTPS`);
  };
  addUrl('SourceLocation', source && source.attrs.DefaultValue);
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const el = kid(app, name);
    if (el) addUrl(name, el.attrs.DefaultValue);
  }
  const domains = kids(kid(app, 'AppDomains'), 'AppDomain').map(text);
  if (domains.length) warn(`<AppDomains> lists ${domains.join(', ')}: the pane should reach no other origin`);

  // VersionOverrides: the ribbon.
  const vo = kid(app, 'VersionOverrides');
  if (!vo) warn('no <VersionOverrides>: no ribbon button');
  else {
    if (vo.ns !== NS.ov) err(`<VersionOverrides> must be in ${NS.ov}`);
    if (vo.attrs['xsi:type'] !== 'VersionOverridesV1_0') err('<VersionOverrides> must have xsi:type="VersionOverridesV1_0"');
    const res = kid(vo, 'Resources');
    const defs = new Map();
    const lists = { Images: 'Image', Urls: 'Url', ShortStrings: 'String', LongStrings: 'String' };
    for (const [list, item] of Object.entries(lists)) {
      for (const el of kids(kid(res, list, NS.bt), item, NS.bt)) {
        const rid = el.attrs.id;
        if (!rid) err(`a <bt:${item}> in <bt:${list}> has no id`);
        else if (defs.has(rid)) err(`resource id "${rid}" is defined twice`);
        else if (rid.length > LIMITS.resid) err(`resource id "${rid}" is over ${LIMITS.resid} characters`);
        defs.set(rid, { list, el });
        if (!el.attrs.DefaultValue) err(`resource "${rid}" has no DefaultValue`);
        const limit = list === 'ShortStrings' ? LIMITS.ShortString : list === 'LongStrings' ? LIMITS.LongString : null;
        const values = [el.attrs.DefaultValue, ...kids(el, 'Override', NS.bt).map((o) => o.attrs.Value)];
        if (limit) for (const v of values) if ((v || '').length > limit) err(`resource "${rid}" is over ${limit} characters`);
        if (list === 'Images' || list === 'Urls') addUrl(`resource "${rid}"`, el.attrs.DefaultValue);
      }
    }
    // Every resid names a resource of the right kind; every resource is used.
    const wants = {
      Image: 'Images', SourceLocation: 'Urls', FunctionFile: 'Urls', LearnMoreUrl: 'Urls',
      Label: 'ShortStrings', Title: 'ShortStrings', Description: 'LongStrings',
    };
    const used = new Set();
    for (const el of descendants(vo, (e) => e.attrs.resid !== undefined)) {
      const rid = el.attrs.resid;
      used.add(rid);
      const d = defs.get(rid);
      if (!d) err(`<${el.name} resid="${rid}"> names no resource (line ${el.line})`);
      else if (wants[el.name] && wants[el.name] !== d.list) err(`<${el.name} resid="${rid}"> must name a bt:${wants[el.name]} entry, not bt:${d.list}`);
    }
    for (const rid of defs.keys()) if (!used.has(rid)) warn(`resource "${rid}" is never used`);

    const host = kid(kid(vo, 'Hosts'), 'Host');
    if (!host || host.attrs['xsi:type'] !== 'Workbook') err('<VersionOverrides><Hosts><Host xsi:type="Workbook"> is missing');
    const desktop = kid(host, 'DesktopFormFactor');
    if (!desktop) err('<DesktopFormFactor> is missing');
    const controls = descendants(vo, (e) => e.name === 'Control');
    const ids = new Set();
    let showsPane = false;
    for (const c of controls) {
      if (!c.attrs.id) err('a <Control> has no id');
      else if (ids.has(c.attrs.id)) err(`control id "${c.attrs.id}" is used twice`);
      ids.add(c.attrs.id);
      if (c.attrs['xsi:type'] !== 'Button') warn(`control "${c.attrs.id}" is a ${c.attrs['xsi:type']}`);
      if (!kid(c, 'Label')) err(`control "${c.attrs.id}" has no <Label>`);
      const sup = kid(c, 'Supertip');
      if (!sup || !kid(sup, 'Title') || !kid(sup, 'Description')) err(`control "${c.attrs.id}" needs a <Supertip> with Title and Description`);
      const action = kid(c, 'Action');
      const type = action && action.attrs['xsi:type'];
      if (type === 'ShowTaskpane') {
        showsPane = true;
        if (!kid(action, 'SourceLocation')) err(`control "${c.attrs.id}": ShowTaskpane needs a <SourceLocation>`);
      } else if (type === 'ExecuteFunction') {
        if (!text(kid(action, 'FunctionName'))) err(`control "${c.attrs.id}": ExecuteFunction needs a <FunctionName>`);
        if (!kid(desktop, 'FunctionFile')) err(`control "${c.attrs.id}": ExecuteFunction needs a <FunctionFile>`);
      } else err(`control "${c.attrs.id}" has no ShowTaskpane or ExecuteFunction <Action>`);
    }
    if (!showsPane) err('no ribbon button shows the task pane');
    // Icons: 16, 32 and 80 px on every group and control.
    for (const el of descendants(vo, (e) => (e.name === 'Group' || e.name === 'Control') && kid(e, 'Icon'))) {
      const sizes = kids(kid(el, 'Icon'), 'Image', NS.bt).map((i) => i.attrs.size).sort();
      for (const s of ICON_SIZES) if (!sizes.includes(s)) err(`<${el.name} id="${el.attrs.id}"> has no ${s} px icon`);
      for (const i of kids(kid(el, 'Icon'), 'Image', NS.bt)) {
        const d = defs.get(i.attrs.resid);
        const m = d && /icon-(\d+)\.png$/.exec(d.el.attrs.DefaultValue || '');
        if (m && m[1] !== i.attrs.size) err(`<${el.name} id="${el.attrs.id}">: the ${i.attrs.size} px icon points at ${d.el.attrs.DefaultValue}`);
      }
    }
    for (const g of descendants(vo, (e) => e.name === 'Group')) if (!kid(g, 'Label')) err(`group "${g.attrs.id}" has no <Label>`);
  }

  // One origin for everything.
  const origins = new Set();
  for (const v of urls) {
    try {
      origins.add(new URL(v).origin);
    } catch {
      // reported above
    }
  }
  if (origins.size > 1) err(`the manifest names more than one origin: ${[...origins].join(', ')}`);

  // Files: assets from assets/, pages from the webpack build.
  const pages = buildPages(root);
  if (!pages) warn('could not read webpack.config.js to list the built pages');
  const built = fs.existsSync(buildDir);
  for (const v of new Set(urls)) {
    let rel;
    try {
      rel = decodeURIComponent(new URL(v).pathname).replace(/^\/+/, '');
    } catch {
      continue;
    }
    if (rel.startsWith('assets/')) {
      const file = path.join(root, rel);
      if (!fs.existsSync(file)) {
        err(`${v}: ${rel} does not exist`);
        continue;
      }
      const size = /icon-(\d+)\.png$/.exec(rel);
      const dim = rel.endsWith('.png') ? pngSize(file) : null;
      if (rel.endsWith('.png') && !dim) err(`${rel} is not a PNG`);
      if (size && dim && (dim.width !== Number(size[1]) || dim.height !== Number(size[1]))) {
        err(`${rel} is ${dim.width}×${dim.height}, not ${size[1]}×${size[1]}`);
      }
      if (built && !fs.existsSync(path.join(buildDir, rel))) err(`${rel} is not in the build (${path.relative(root, buildDir)})`);
    } else {
      if (pages && !pages.includes(rel)) err(`${v}: webpack builds no page ${rel} (it builds ${pages.join(', ')})`);
      if (built && !fs.existsSync(path.join(buildDir, rel))) err(`${v}: ${rel} is not in ${path.relative(root, buildDir)}`);
    }
  }
  if (!built) warn(`${path.relative(root, buildDir)} not found: run \`npm run build\` to check the built files too`);
  return { errors, warnings, urls: [...new Set(urls)] };
}

function main() {
  const file = path.resolve(process.argv[2] || path.join(__dirname, '..', 'manifest.xml'));
  const xml = fs.readFileSync(file, 'utf8');
  const { errors, warnings, urls } = checkManifest(xml, { root: path.dirname(file) });
  for (const w of warnings) console.log(`warning: ${w}`);
  for (const e of errors) console.error(`error: ${e}`);
  if (errors.length) {
    console.error(`${path.basename(file)}: ${errors.length} error(s).`);
    process.exit(1);
  }
  console.log(`${path.basename(file)}: valid (${urls.length} URLs, ${warnings.length} warning(s)). Checked locally; the online validator is not reachable here.`);
}

if (require.main === module) main();
module.exports = { checkManifest, parseXml };
