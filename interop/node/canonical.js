'use strict';
// Paracrine canonical form and SHA-256 digest in JavaScript (Node.js, no dependencies).
//
// An independent implementation of docs/canonical-form.md: RFC 8785 (JCS) member ordering and string escaping,
// with every JSON number written as a string holding the General Decimal Arithmetic to-scientific-string of its
// exact decimal value (Java's BigDecimal.toString(), Python's str(Decimal)), except that a zero never carries a
// minus sign. JSON.parse would turn numbers into doubles, so this file has its own small parser that keeps each
// number's text.
//
//   canonicalize('{"b": 0.00000012, "a": [1.50, -0.0]}')  // '{"a":["1.50","0.0"],"b":"1.2E-7"}'

const crypto = require('node:crypto');

class CanonicalFormError extends Error {}

/** A JSON number kept as its source text. */
class JsonNumber {
  constructor(text) {
    this.text = text;
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** Parses JSON text (RFC 8259); numbers become JsonNumber; duplicate member names are rejected. */
function parse(text) {
  let i = 0;
  const fail = (what) => {
    throw new CanonicalFormError(`not JSON at offset ${i}: ${what}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    i++; // opening quote
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return out;
      }
      if (c < 0x20) fail('unescaped control character in a string');
      if (c !== 0x5c) {
        out += text[i++];
        continue;
      }
      const e = text[i + 1];
      i += 2;
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          const hex = text.slice(i, i + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          break;
        }
        default: fail('bad escape');
      }
    }
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj = new Map();
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a member name');
        const name = string();
        if (obj.has(name)) fail(`duplicate member name ${JSON.stringify(name)}`);
        ws();
        if (text[i++] !== ':') fail('expected ":"');
        obj.set(name, value());
        ws();
        const sep = text[i++];
        if (sep === '}') return obj;
        if (sep !== ',') fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value());
        ws();
        const sep = text[i++];
        if (sep === ']') return arr;
        if (sep !== ',') fail('expected "," or "]"');
      }
    }
    if (c === '"') return string();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) fail('expected a value');
    i += m[0].length;
    return new JsonNumber(m[0]);
  };
  if (text.charCodeAt(0) === 0xfeff) fail('byte order mark');
  const result = value();
  ws();
  if (i !== text.length) fail('trailing content');
  return result;
}

/**
 * The to-scientific-string of the exact decimal value of a JSON number's text (General Decimal Arithmetic,
 * as Java's BigDecimal.toString() and Python's str(Decimal)), without a minus sign on zero.
 */
function numberText(text) {
  const m = /^(-?)(0|[1-9][0-9]*)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(text);
  if (!m) throw new CanonicalFormError(`not a JSON number: ${text}`);
  const fraction = m[3] || '';
  let coefficient = (m[2] + fraction).replace(/^0+(?=.)/, '');
  const exponent = BigInt(m[4] || '0') - BigInt(fraction.length);
  const negative = m[1] === '-' && coefficient !== '0';
  const adjusted = exponent + BigInt(coefficient.length - 1);
  let out;
  if (exponent <= 0n && adjusted >= -6n) {
    if (exponent === 0n) {
      out = coefficient;
    } else {
      const point = coefficient.length + Number(exponent); // digits before the decimal point
      out = point > 0
        ? coefficient.slice(0, point) + '.' + coefficient.slice(point)
        : '0.' + '0'.repeat(-point) + coefficient;
    }
  } else {
    out = coefficient[0] + (coefficient.length > 1 ? '.' + coefficient.slice(1) : '')
      + 'E' + (adjusted >= 0n ? '+' : '-') + (adjusted < 0n ? -adjusted : adjusted).toString();
  }
  return (negative ? '-' : '') + out;
}

function isLoneSurrogate(s, k) {
  const c = s.charCodeAt(k);
  if (c >= 0xd800 && c <= 0xdbff) {
    const n = s.charCodeAt(k + 1);
    return !(n >= 0xdc00 && n <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const p = k > 0 ? s.charCodeAt(k - 1) : NaN;
    return !(p >= 0xd800 && p <= 0xdbff);
  }
  return false;
}

const ESCAPES = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function writeString(s) {
  let out = '"';
  for (let k = 0; k < s.length; k++) {
    const ch = s[k];
    const c = s.charCodeAt(k);
    if (ESCAPES[ch] !== undefined) {
      out += ESCAPES[ch];
    } else if (c < 0x20 || isLoneSurrogate(s, k)) {
      out += '\\u' + c.toString(16).padStart(4, '0');
    } else {
      out += ch;
    }
  }
  return out + '"';
}

function write(v) {
  if (v instanceof Map) {
    // Array.prototype.sort compares strings by UTF-16 code units, as RFC 8785 requires.
    const names = [...v.keys()].sort();
    return '{' + names.map((n) => writeString(n) + ':' + write(v.get(n))).join(',') + '}';
  }
  if (Array.isArray(v)) return '[' + v.map(write).join(',') + ']';
  if (v instanceof JsonNumber) return writeString(numberText(v.text));
  if (typeof v === 'string') return writeString(v);
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (v === null) return 'null';
  throw new CanonicalFormError(`unexpected value ${v}`);
}

/** Returns the canonical text of one JSON text. */
function canonicalize(text) {
  return write(parse(text));
}

/** Lower-case hexadecimal SHA-256 of the UTF-8 bytes of a text. */
function sha256Hex(text) {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

module.exports = { canonicalize, sha256Hex, numberText, parse, CanonicalFormError };
