#!/bin/sh
# CI: runs the validation set against published results (validation/manifest.txt) with the built
# product and fails when a case that passed in validation/baseline.json misses now (a regression).
# The report goes to a scratch folder so that CI never edits docs/; `./interphase validate` (default
# --out docs) regenerates docs/validation.md and docs/validation.html for a commit.
set -eu
cd "$(dirname "$0")/../.."
OUT=$(mktemp -d)
echo "== ./interphase validate validation (report in $OUT)"
start=$(date +%s)
status=0
./interphase validate validation --out "$OUT" --threads 2 || status=$?
echo "== the validation set took $(( $(date +%s) - start )) s"
for f in validation.md validation.html; do
  if [ ! -s "$OUT/$f" ] && [ "$status" -eq 0 ]; then
    echo "interphase validate wrote no $f" >&2
    status=1
  fi
done
rm -rf "$OUT"
exit "$status"
