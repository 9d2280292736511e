"""Paracrine canonical form and SHA-256 digest in Python 3, standard library only.

An independent implementation of docs/canonical-form.md: RFC 8785 (JCS) member ordering and string escaping,
with every JSON number written as a string holding the General Decimal Arithmetic to-scientific-string of its
exact decimal value (what Python's str(Decimal) and Java's BigDecimal.toString() produce), except that a zero
never carries a minus sign.

    >>> canonicalize('{"b": 0.00000012, "a": [1.50, -0.0]}')
    '{"a":["1.50","0.0"],"b":"1.2E-7"}'
"""

import hashlib
import json
from decimal import Decimal

__all__ = ["canonicalize", "sha256_hex", "number_text", "CanonicalFormError"]


class CanonicalFormError(ValueError):
    """The input is not JSON that has a canonical form (e.g. a duplicate member name or NaN)."""


def _reject_constant(name):
    raise CanonicalFormError("not JSON: " + name)


def _pairs(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise CanonicalFormError("duplicate member name " + json.dumps(key))
        obj[key] = value
    return obj


def parse(text):
    """Parses JSON text keeping every number as an exact Decimal; rejects duplicate names and NaN/Infinity."""
    return json.loads(text, parse_float=Decimal, parse_int=Decimal, parse_constant=_reject_constant,
                      object_pairs_hook=_pairs)


def number_text(value):
    """The to-scientific-string of a Decimal (str(Decimal)), without a minus sign on zero."""
    if value.is_zero():
        value = value.copy_abs()
    return str(value)


_ESCAPES = {'"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _string(s, out):
    out.append('"')
    for ch in s:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif code < 0x20 or 0xD800 <= code <= 0xDFFF:
            # control characters, and surrogates that json.loads left unpaired, as \\u with lower-case hex
            out.append('\\u%04x' % code)
        else:
            out.append(ch)
    out.append('"')


def _utf16_key(name):
    return name.encode('utf-16-be', 'surrogatepass')


def _write(value, out):
    if isinstance(value, dict):
        out.append('{')
        for i, name in enumerate(sorted(value, key=_utf16_key)):
            if i:
                out.append(',')
            _string(name, out)
            out.append(':')
            _write(value[name], out)
        out.append('}')
    elif isinstance(value, list):
        out.append('[')
        for i, item in enumerate(value):
            if i:
                out.append(',')
            _write(item, out)
        out.append(']')
    elif isinstance(value, str):
        _string(value, out)
    elif value is True:
        out.append('true')
    elif value is False:
        out.append('false')
    elif value is None:
        out.append('null')
    elif isinstance(value, Decimal):
        _string(number_text(value), out)
    else:
        raise CanonicalFormError('unexpected value ' + repr(value))


def canonicalize(text):
    """Returns the canonical text of one JSON text (str)."""
    out = []
    _write(parse(text), out)
    return ''.join(out)


def sha256_hex(text):
    """Lower-case hexadecimal SHA-256 of the UTF-8 bytes of a text."""
    return hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()
