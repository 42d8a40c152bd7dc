// The add-in manifest's XML schema, as data: for every element our manifest uses, the elements
// it may hold, in order, with their least and most occurrences, and the attributes it must have.
// Transcribed from the XSDs published with the Office Add-in manifest specification ([MS-OWEMXML]
// appendix A: OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd,
// OfficeAppBasicTypesV1_0.xsd) and Microsoft's manifest reference; Microsoft's own validator
// and those files cannot be fetched here. An element not listed is checked by the rules of
// validate-manifest.js only.
'use strict';

const UNBOUNDED = Infinity;
const APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const OV = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

const seq = (...items) => items.map(([name, min, max = 1]) => ({ name, min, max }));

/** `ns|name` (and, for one name in two places, `ns|parent/name`) → { children, attrs }. */
const MODELS = {
  [`${APP}|OfficeApp`]: {
    attrs: ['xsi:type'],
    children: seq(
      ['Id', 1], ['AlternateId', 0], ['Version', 1], ['ProviderName', 1], ['DefaultLocale', 1], ['DisplayName', 1],
      ['Description', 1], ['IconUrl', 0], ['HighResolutionIconUrl', 0], ['SupportUrl', 0], ['AppDomains', 0],
      ['Hosts', 0], ['Requirements', 0], ['DefaultSettings', 1], ['Permissions', 1], ['AllowSnapshot', 0],
      ['Dictionary', 0], ['VersionOverrides', 0],
    ),
  },
  // AppDomains: a sequence of AppDomain, at least one. `<AppDomains/>` fails the schema.
  [`${APP}|AppDomains`]: { children: seq(['AppDomain', 1, UNBOUNDED]) },
  [`${APP}|DisplayName`]: { attrs: ['DefaultValue'], children: seq(['Override', 0, UNBOUNDED]) },
  [`${APP}|Description`]: { attrs: ['DefaultValue'], children: seq(['Override', 0, UNBOUNDED]) },
  [`${APP}|IconUrl`]: { attrs: ['DefaultValue'], children: seq(['Override', 0, UNBOUNDED]) },
  [`${APP}|HighResolutionIconUrl`]: { attrs: ['DefaultValue'], children: seq(['Override', 0, UNBOUNDED]) },
  [`${APP}|SupportUrl`]: { attrs: ['DefaultValue'], children: seq(['Override', 0, UNBOUNDED]) },
  [`${APP}|Override`]: { attrs: ['Locale', 'Value'], children: [] },
  [`${APP}|Hosts`]: { children: seq(['Host', 1, UNBOUNDED]) },
  [`${APP}|Host`]: { attrs: ['Name'], children: [] },
  [`${APP}|Requirements`]: { children: seq(['Sets', 0], ['Methods', 0]) },
  [`${APP}|Sets`]: { children: seq(['Set', 1, UNBOUNDED]) },
  [`${APP}|Set`]: { attrs: ['Name'], children: [] },
  [`${APP}|DefaultSettings`]: { children: seq(['SourceLocation', 1], ['RequestedWidth', 0], ['RequestedHeight', 0]) },
  [`${APP}|SourceLocation`]: { attrs: ['DefaultValue'], children: seq(['Override', 0, UNBOUNDED]) },
  [`${OV}|VersionOverrides`]: {
    attrs: ['xsi:type'],
    children: seq(['Description', 0], ['Requirements', 0], ['Hosts', 1], ['Resources', 0], ['WebApplicationInfo', 0], ['EquivalentAddins', 0], ['VersionOverrides', 0]),
  },
  [`${OV}|Hosts`]: { children: seq(['Host', 1, UNBOUNDED]) },
  [`${OV}|Host`]: { attrs: ['xsi:type'], children: seq(['Runtimes', 0], ['AllFormFactors', 0], ['DesktopFormFactor', 0], ['MobileFormFactor', 0]) },
  [`${OV}|DesktopFormFactor`]: { children: seq(['GetStarted', 0], ['SupportsSharedFolders', 0], ['FunctionFile', 1], ['ExtensionPoint', 1, UNBOUNDED]) },
  [`${OV}|GetStarted`]: { children: seq(['Title', 1], ['Description', 1], ['LearnMoreUrl', 0]) },
  [`${OV}|FunctionFile`]: { attrs: ['resid'], children: [] },
  [`${OV}|ExtensionPoint`]: { attrs: ['xsi:type'], children: seq(['CustomTab', 0, UNBOUNDED], ['OfficeTab', 0, UNBOUNDED], ['OfficeMenu', 0, UNBOUNDED]) },
  [`${OV}|OfficeTab`]: { attrs: ['id'], children: seq(['Group', 1, UNBOUNDED]) },
  [`${OV}|Group`]: { attrs: ['id'], children: seq(['Label', 1], ['Icon', 1], ['Control', 1, UNBOUNDED]) },
  [`${OV}|Icon`]: { children: seq(['Image', 1, UNBOUNDED]) },
  [`${OV}|Control`]: { attrs: ['xsi:type', 'id'], children: seq(['Label', 1], ['Supertip', 1], ['Icon', 1], ['Action', 1]) },
  [`${OV}|Supertip`]: { children: seq(['Title', 1], ['Description', 1]) },
  [`${OV}|Action`]: { attrs: ['xsi:type'], children: seq(['TaskpaneId', 0], ['SourceLocation', 0], ['Title', 0], ['FunctionName', 0], ['SupportsPinning', 0]) },
  [`${OV}|Resources`]: { children: seq(['Images', 0], ['Urls', 0], ['ShortStrings', 0], ['LongStrings', 0]) },
  [`${BT}|Images`]: { children: seq(['Image', 1, UNBOUNDED]) },
  [`${BT}|Urls`]: { children: seq(['Url', 1, UNBOUNDED]) },
  [`${BT}|ShortStrings`]: { children: seq(['String', 1, UNBOUNDED]) },
  [`${BT}|LongStrings`]: { children: seq(['String', 1, UNBOUNDED]) },
  [`${BT}|Url`]: { attrs: ['id', 'DefaultValue'], children: seq(['Override', 0, UNBOUNDED]) },
  [`${BT}|String`]: { attrs: ['id', 'DefaultValue'], children: seq(['Override', 0, UNBOUNDED]) },
  [`${BT}|Override`]: { attrs: ['Locale', 'Value'], children: [] },
};

/** Simple types: text content or attribute values. */
const TYPES = {
  // ST_Guid, ST_Version, ST_Url (at most 2048 characters, absolute), ST_Locale.
  url: { max: 2048 },
  permissions: ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'],
  hostNames: ['Document', 'Database', 'Mailbox', 'Notebook', 'Presentation', 'Project', 'Workbook'],
};

/** Content checks of one element against its model, with the `ns|name` of its children. */
function checkElement(el, err) {
  const model = MODELS[`${el.ns}|${el.name}`];
  if (!model) return;
  for (const a of model.attrs || []) if (el.attrs[a] === undefined) err(`<${el.name}> (line ${el.line}) must have the attribute ${a}`);
  let i = 0;
  const kids = el.children;
  for (const item of model.children) {
    let n = 0;
    while (i < kids.length && kids[i].name === item.name) {
      n++;
      i++;
    }
    if (n < item.min) err(`<${el.name}> (line ${el.line}) must hold ${item.min === 1 ? 'a' : `at least ${item.min}`} <${item.name}>`);
    if (n > item.max) err(`<${el.name}> (line ${el.line}) holds <${item.name}> ${n} times (at most ${item.max})`);
  }
  if (i < kids.length) err(`<${kids[i].name}> (line ${kids[i].line}) is not allowed there in <${el.name}>: the schema wants ${model.children.map((c) => c.name).join(', ') || 'no child'}`);
}

function checkSchema(root, err) {
  const walk = (el) => {
    checkElement(el, err);
    if (el.ns === APP && el.name === 'Permissions' && !TYPES.permissions.includes(el.text.trim())) err(`<Permissions> "${el.text.trim()}" is not one of ${TYPES.permissions.join(', ')}`);
    if (el.ns === APP && el.name === 'Host' && !TYPES.hostNames.includes(el.attrs.Name)) err(`<Host Name="${el.attrs.Name}"> is not a host the schema knows`);
    if (el.ns === APP && el.name === 'AppDomain' && el.text.trim().length > TYPES.url.max) err('an <AppDomain> is over 2048 characters');
    for (const k of ['DefaultValue', 'Value']) {
      const v = el.attrs[k];
      if (v && /^https?:/.test(v) && v.length > TYPES.url.max) err(`<${el.name}> ${k} is over ${TYPES.url.max} characters`);
    }
    el.children.forEach(walk);
  };
  walk(root);
}

module.exports = { MODELS, checkSchema };
