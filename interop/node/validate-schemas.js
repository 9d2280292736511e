#!/usr/bin/env node
'use strict';
// Validates every sample record (interop/sample-digests.txt) against the shipped JSON Schema of its kind
// (docs/schema/<kind>.schema.json, draft 2020-12) with Ajv, a validator independent of the Java build, and checks
// that the schemas still reject a record with an unknown member or a wrong type (so a passing run means something).
// Run after `npm ci` in this folder: node interop/node/validate-schemas.js   (exit 0 when all hold, 1 otherwise)

const fs = require('node:fs');
const path = require('node:path');
const Ajv2020 = require('ajv/dist/2020');
const { records, ROOT } = require('./records.js');

// The schemas use "format": "date" (RFC 3339 full-date); Ajv checks formats only when told how.
function isDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1
    && d.getUTCDate() === Number(m[3]);
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('date', { type: 'string', validate: isDate });
const validators = new Map();
function validatorFor(kind) {
  if (!validators.has(kind)) {
    const file = path.join(ROOT, 'docs', 'schema', `${kind}.schema.json`);
    validators.set(kind, ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8'))));
  }
  return validators.get(kind);
}

function describe(errors) {
  return errors.slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}

const failures = [];
let passed = 0;
const all = records();
for (const r of all) {
  // Records are plain JSON here: numbers may lose digits as doubles, which no schema keyword looks at beyond
  // minimum/maximum of small integers.
  const validate = validatorFor(r.kind);
  if (validate(JSON.parse(r.text))) {
    passed++;
  } else {
    failures.push(`${r.label} is not a valid ${r.kind}: ${describe(validate.errors)}`);
  }
}
if (all.length === 0) failures.push('no sample record listed');

// The schemas must still reject what strict readers reject.
const lot = all.find((r) => r.kind === 'lot');
if (lot) {
  const unknown = { ...JSON.parse(lot.text), owner: 'someone' };
  const wrongType = { ...JSON.parse(lot.text), manufactureDate: 20250314 };
  const badDate = { ...JSON.parse(lot.text), manufactureDate: '2025-02-30' };
  for (const [what, record] of [['an unknown member', unknown], ['a number for a date', wrongType],
    ['an impossible date', badDate]]) {
    if (validatorFor('lot')(record)) {
      failures.push(`the lot schema accepted ${what}`);
    } else {
      passed++;
    }
  }
}
for (const f of failures) console.log('FAIL ' + f);
console.log(`node JSON Schema validation (Ajv): ${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
