#!/usr/bin/env node
// Validates a Teams app package folder against Microsoft's own JSON schemas, as shipped by npm
// @microsoft/app-manifest (build/json-schemas/teams/v<manifestVersion>/): manifest.json against
// MicrosoftTeams.schema.json and every language file it names against MicrosoftTeams.Localization.schema.json.
//
//   node validate-manifest.js <folder holding manifest.json>
//
// Prints one JSON object: { manifestVersion, newestSchemaVersion, files: [{ file, schema, errors: [] }] }.
// Exit code: 0 valid, 1 schema errors, 2 the folder or the schema version cannot be read.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const schemasRoot = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

function fatal(message) {
  process.stdout.write(JSON.stringify({ fatal: message }) + '\n');
  process.exit(2);
}

function readJson(file) {
  // Teams accepts a UTF-8 byte order mark; JSON.parse does not.
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

/** The shipped schema versions, "1.9" < "1.10" < … (vDevPreview is not a release). */
function shippedVersions() {
  return fs.readdirSync(schemasRoot)
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort((a, b) => {
      const [am, an] = a.split('.').map(Number);
      const [bm, bn] = b.split('.').map(Number);
      return am - bm || an - bn;
    });
}

function validator(schemaFile) {
  // The Teams schemas declare draft-04; the options are the package's own validator's, plus unicodeRegExp: false
  // because the localization schema's patterns are plain JavaScript regexes (one has a lone "]", which the
  // unicode flag rejects) — Ajv then compiles them exactly as a browser would.
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  return ajv.compile(readJson(schemaFile));
}

function check(folder, file, schemaFile) {
  const validate = validator(schemaFile);
  const target = path.join(folder, file);
  if (!fs.existsSync(target)) {
    return { file, schema: path.relative(schemasRoot, schemaFile), errors: [`${file} is missing`] };
  }
  const valid = validate(readJson(target));
  const errors = valid ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
  return { file, schema: path.relative(schemasRoot, schemaFile), errors };
}

const folder = process.argv[2];
if (!folder || !fs.existsSync(path.join(folder, 'manifest.json'))) {
  fatal(`usage: validate-manifest.js <folder holding manifest.json>; got ${folder}`);
}
const manifest = readJson(path.join(folder, 'manifest.json'));
const versions = shippedVersions();
const versionDir = path.join(schemasRoot, `v${manifest.manifestVersion}`);
if (!fs.existsSync(path.join(versionDir, 'MicrosoftTeams.schema.json'))) {
  fatal(`@microsoft/app-manifest ships no schema for manifestVersion ${manifest.manifestVersion} (it has ${versions.join(', ')})`);
}

const files = [check(folder, 'manifest.json', path.join(versionDir, 'MicrosoftTeams.schema.json'))];
const localization = manifest.localizationInfo || {};
const languageFiles = [localization.defaultLanguageFile, ...(localization.additionalLanguages || []).map((l) => l.file)].filter(Boolean);
for (const file of languageFiles) {
  files.push(check(folder, file, path.join(versionDir, 'MicrosoftTeams.Localization.schema.json')));
}

process.stdout.write(JSON.stringify({ manifestVersion: manifest.manifestVersion, newestSchemaVersion: versions[versions.length - 1], files }, null, 2) + '\n');
process.exit(files.some((f) => f.errors.length > 0) ? 1 : 0);
