#!/usr/bin/env bash
# Independent checks of the Paracrine record format in other languages (run by .ci/run after the Maven build):
#   1. Python 3 (standard library only): canonical form test vectors and the digest of every sample record;
#   2. Node.js (no dependencies): the same, with its own JSON parser that keeps exact numbers;
#   3. Ajv (npm, pinned in interop/node/package-lock.json): every sample record against docs/schema/<kind>.schema.json.
set -euo pipefail
cd "$(dirname "$0")"
python3 python/check.py
node node/check.js
(cd node && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
node node/validate-schemas.js
