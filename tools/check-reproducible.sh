#!/usr/bin/env bash
# Reproducible-build check: builds the published modules twice from clean (tests skipped, second build in another
# time zone and locale) and compares the SHA-256 of every jar they produce (classes, sources, javadoc).
# Exit 0 when every jar is byte-identical, 1 when one differs (its name is printed), 2 when a build fails.
set -euo pipefail
cd "$(dirname "$0")/.."
modules="core,validation,serialization"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

build() {
  local round="$1"
  shift
  if ! env "$@" mvn -B -ntp -q -pl "$modules" clean package -DskipTests >"$out/build-$round.log" 2>&1; then
    echo "check-reproducible: build $round failed:" >&2
    tail -n 40 "$out/build-$round.log" >&2
    exit 2
  fi
  mkdir -p "$out/$round"
  for m in ${modules//,/ }; do
    for jar in "$m"/target/*.jar; do
      cp "$jar" "$out/$round/"
    done
  done
  (cd "$out/$round" && sha256sum -- *.jar | sort -k2) >"$out/$round.sha256"
}

build 1 TZ=UTC LC_ALL=C.UTF-8
build 2 TZ=Pacific/Chatham LC_ALL=C.UTF-8
count="$(wc -l <"$out/1.sha256")"
if [ "$count" -eq 0 ]; then
  echo "check-reproducible: no jar was built" >&2
  exit 2
fi
if ! diff -u "$out/1.sha256" "$out/2.sha256"; then
  echo "check-reproducible: FAILED: the jars above differ between two builds of the same sources" >&2
  exit 1
fi
cat "$out/1.sha256"
echo "check-reproducible: $count jars byte-identical across two builds"
