#!/usr/bin/env python3
"""Writes docs/canonical-vectors/: for each input NN-name.input.json, the expected canonical text
(NN-name.canonical.json, no final newline) and its SHA-256 (NN-name.sha256).

The inputs are written here; the expected outputs are computed with interop/python and are checked independently
by the Java test CanonicalVectorsTest and by interop/node, so a mistake in any one implementation fails the build.
Run from the repository root: python3 tools/gen_canonical_vectors.py
"""
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "interop", "python"))
import paracrine_canonical as pc  # noqa: E402

VECTORS = {
    "01-member-order": '{\n  "\\ufb33": "Hebrew letter dalet with dagesh",\n  "\\ud800\\udc00": "U+10000, a surrogate pair",\n'
                       '  "a": "lower case",\n  "B": "upper case before lower case",\n  "10": "digits first",\n'
                       '  "\\u00e9": "Latin-1"\n}\n',
    "02-string-escapes": '{"text": "quote \\" backslash \\\\ slash \\/ controls \\b\\f\\n\\r\\t \\u0001 \\u001f'
                         ' delete \\u007f euro \\u20ac line separator \\u2028 micro \\u00b5 emoji \\ud83e\\uddea"}\n',
    "03-lone-surrogates": '["high \\ud800 alone", "low \\udc00 alone", "pair \\ud83e\\uddea kept"]\n',
    "04-literals-and-whitespace": ' { "b" : [ true , false , null , { "z" : { } , "y" : [ ] } ] ,\n\t"a" : "x" }\n',
    "05-numbers-keep-their-scale": '{"values": [1.50, 1.5, 100, 100.0, 2.0E+11, 5.24E+11, -0.0010, 0.000]}\n',
    "06-numbers-small-values": '{"values": [0.00000012, 0.000001, 0.0000001, 0.0000010, 123E-10, 1.2e-7]}\n',
    "07-numbers-exponents": '{"values": [1e2, 1E+2, 1.0e3, 12E3, 0.5e1, 1e-2, 1E0, 10e-1, 1234.5e-2]}\n',
    "08-negative-zero": '{"values": [-0, -0.0, -0.00, -0E+3, -0e-8, 0, 0.0]}\n',
    "09-integers": '{"values": [0, -17, 42, 9007199254740993, -12345678901234567890123]}\n',
    "10-nested-objects": '{\n  "kind": "lot",\n  "schemaVersion": "1.0",\n  "id": "BMEV-25-001",\n'
                     '  "manufactureDate": "2025-03-14",\n  "productId": "bm-msc-ev-iv",\n'
                     '  "testResults": [\n    {\n      "attribute": "endotoxin",\n'
                     '      "value": {"unit": "[IU]/mL", "value": 0.12}\n    },\n'
                     '    {\n      "attribute": "particle-concentration",\n'
                     '      "value": {"unit": "{particles}/mL", "value": 2.0E+11}\n    }\n  ]\n}\n',
}


def generated_numbers(count=400, seed=20261128):
    """A JSON array of seeded random number texts: signs, zeros, long coefficients, trailing zeros, exponents."""
    rnd = random.Random(seed)
    numbers = []
    for _ in range(count):
        sign = "-" if rnd.random() < 0.3 else ""
        if rnd.random() < 0.15:
            integer = "0"
        else:
            integer = str(rnd.randint(1, 9)) + "".join(rnd.choice("0123456789") for _ in range(rnd.randint(0, 24)))
        text = sign + integer
        if rnd.random() < 0.6:
            text += "." + "".join(rnd.choice("0000123456789") for _ in range(rnd.randint(1, 20)))
        if rnd.random() < 0.5:
            text += rnd.choice("eE") + rnd.choice(["", "+", "-"]) + str(rnd.randint(0, 40))
        numbers.append(text)
    return "[" + ",\n".join(numbers) + "]\n"


VECTORS["11-generated-numbers"] = generated_numbers()


def main():
    out = os.path.join(ROOT, "docs", "canonical-vectors")
    os.makedirs(out, exist_ok=True)
    for name, text in VECTORS.items():
        canonical = pc.canonicalize(text)
        with open(os.path.join(out, name + ".input.json"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(os.path.join(out, name + ".canonical.json"), "w", encoding="utf-8", newline="") as f:
            f.write(canonical)
        with open(os.path.join(out, name + ".sha256"), "w", encoding="ascii", newline="") as f:
            f.write(pc.sha256_hex(canonical) + "\n")
        print(name, pc.sha256_hex(canonical))


if __name__ == "__main__":
    main()
