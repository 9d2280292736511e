#!/usr/bin/env python3
"""Checks the Python implementation of the Paracrine canonical form against the published test vectors
(docs/canonical-vectors) and the digest of every sample record (interop/sample-digests.txt, written by Java).

Run from anywhere: python3 interop/python/check.py   (exit 0 when everything matches, 1 otherwise)
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import paracrine_canonical as pc  # noqa: E402


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def records():
    """Yields (expected digest, kind, label, JSON text) for every line of interop/sample-digests.txt."""
    for line in read(os.path.join(ROOT, "interop", "sample-digests.txt")).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        digest, kind, label = line.split(None, 2)
        path, _, number = label.partition(":")
        text = read(os.path.join(ROOT, path))
        if number:
            text = text.split("\n")[int(number) - 1]
        yield digest, kind, label, text


def main():
    failures = []
    passed = 0
    inputs = sorted(glob.glob(os.path.join(ROOT, "docs", "canonical-vectors", "*.input.json")))
    for inp in inputs:
        base = inp[: -len(".input.json")]
        name = os.path.basename(base)
        canonical = pc.canonicalize(read(inp))
        if canonical != read(base + ".canonical.json"):
            failures.append("vector %s: canonical text differs: %s" % (name, canonical))
        elif pc.sha256_hex(canonical) != read(base + ".sha256").strip():
            failures.append("vector %s: SHA-256 differs" % name)
        else:
            passed += 1
    listed = set()
    for digest, kind, label, text in records():
        listed.add(label.partition(":")[0])
        actual_kind = json.loads(text).get("kind")
        actual = pc.sha256_hex(pc.canonicalize(text))
        if actual != digest or actual_kind != kind:
            failures.append("record %s: %s %s, Java says %s %s" % (label, actual_kind, actual, kind, digest))
        else:
            passed += 1
    for path in glob.glob(os.path.join(ROOT, "examples", "data", "**", "*.json"), recursive=True):
        rel = os.path.relpath(path, ROOT).replace(os.sep, "/")
        if rel not in listed:
            failures.append("record %s: not in interop/sample-digests.txt" % rel)
    if len(inputs) < 10:
        failures.append("only %d test vectors found" % len(inputs))
    for f in failures:
        print("FAIL " + f)
    print("python canonical form: %d passed, %d failed" % (passed, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
