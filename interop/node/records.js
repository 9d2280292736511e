'use strict';
// Reads interop/sample-digests.txt: "<sha256>  <kind>  <path>[:<line>]" per sample record, written by Java.

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

function records() {
  const list = fs.readFileSync(path.join(ROOT, 'interop', 'sample-digests.txt'), 'utf8');
  const out = [];
  for (const line of list.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [digest, kind, label] = line.trim().split(/\s+/);
    const [file, number] = label.split(':');
    let text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    if (number) text = text.split('\n')[Number(number) - 1];
    out.push({ digest, kind, label, text });
  }
  return out;
}

module.exports = { records, ROOT };
