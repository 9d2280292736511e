#!/usr/bin/env node
'use strict';
// Checks the JavaScript implementation of the Paracrine canonical form against the published test vectors
// (docs/canonical-vectors) and the digest of every sample record (interop/sample-digests.txt, written by Java).
// Run: node interop/node/check.js   (exit 0 when everything matches, 1 otherwise)

const fs = require('node:fs');
const path = require('node:path');
const { canonicalize, sha256Hex, parse } = require('./canonical.js');
const { records, ROOT } = require('./records.js');

const failures = [];
let passed = 0;
const dir = path.join(ROOT, 'docs', 'canonical-vectors');
const inputs = fs.readdirSync(dir).filter((f) => f.endsWith('.input.json')).sort();
for (const input of inputs) {
  const base = input.slice(0, -'.input.json'.length);
  const canonical = canonicalize(fs.readFileSync(path.join(dir, input), 'utf8'));
  if (canonical !== fs.readFileSync(path.join(dir, base + '.canonical.json'), 'utf8')) {
    failures.push(`vector ${base}: canonical text differs: ${canonical}`);
  } else if (sha256Hex(canonical) !== fs.readFileSync(path.join(dir, base + '.sha256'), 'utf8').trim()) {
    failures.push(`vector ${base}: SHA-256 differs`);
  } else {
    passed++;
  }
}
if (inputs.length < 10) failures.push(`only ${inputs.length} test vectors found`);
for (const r of records()) {
  const kind = parse(r.text).get('kind');
  const digest = sha256Hex(canonicalize(r.text));
  if (digest !== r.digest || kind !== r.kind) {
    failures.push(`record ${r.label}: ${kind} ${digest}, Java says ${r.kind} ${r.digest}`);
  } else {
    passed++;
  }
}
for (const f of failures) console.log('FAIL ' + f);
console.log(`node canonical form: ${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
