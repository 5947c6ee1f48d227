#!/bin/sh
# bundle-graph.sh [REV]: the dependency graph of the product's bundles, read from their
# META-INF/MANIFEST.MF (Require-Bundle, and Import-Package resolved to the bundle that exports the
# package), as a Mermaid flowchart: one line "A --> B" per edge, A needing B, names without the
# "org.interphase." prefix. Only edges between org.interphase bundles of bundles/ are shown.
# REV: a git revision (default: the working tree). docs/architecture.md holds its output.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REV=${1:-}

manifests() {
  if [ -n "$REV" ]; then
    git -C "$ROOT" ls-tree --name-only -r "$REV" -- bundles | grep '/META-INF/MANIFEST.MF$' | while read -r f; do
      git -C "$ROOT" show "$REV:$f"
      printf '\n@@END\n'
    done
  else
    for f in "$ROOT"/bundles/*/META-INF/MANIFEST.MF; do
      cat "$f"
      printf '\n@@END\n'
    done
  fi
}

manifests | tr -d '\r' | awk '
  # joins continuation lines, then splits a header into its clauses (commas outside quotes)
  function clauses(value, out,   n, i, c, quoted, cur) {
    n = 0; cur = ""; quoted = 0
    for (i = 1; i <= length(value); i++) {
      c = substr(value, i, 1)
      if (c == "\"") quoted = !quoted
      if (c == "," && !quoted) { out[++n] = cur; cur = "" } else cur = cur c
    }
    if (cur != "") out[++n] = cur
    return n
  }
  function name(clause) { sub(/;.*/, "", clause); gsub(/[ \t]/, "", clause); return clause }
  function flush(   n, i, parts, hdr, val, k) {
    if (bundle == "") { reset(); return }
    for (k in header) {
      n = clauses(header[k], parts)
      for (i = 1; i <= n; i++) {
        if (k == "Require-Bundle") req[bundle, name(parts[i])] = 1
        else if (k == "Import-Package") imp[bundle, name(parts[i])] = 1
        else if (k == "Export-Package") exporter[name(parts[i])] = bundle
      }
    }
    bundles[bundle] = 1
    reset()
  }
  function reset() { bundle = ""; last = ""; delete header }
  /^@@END$/ { flush(); next }
  /^ / { if (last != "") header[last] = header[last] substr($0, 2); next }
  /^[A-Za-z-]+:/ {
    key = $0; sub(/:.*/, "", key); val = $0; sub(/^[^:]*:[ ]?/, "", val)
    if (key == "Bundle-SymbolicName") { bundle = name(val); last = ""; next }
    if (key == "Require-Bundle" || key == "Import-Package" || key == "Export-Package") { header[key] = val; last = key }
    else last = ""
    next
  }
  END {
    for (p in req) { split(p, ab, SUBSEP); if (ab[2] in bundles && ab[1] != ab[2]) edge[ab[1], ab[2]] = 1 }
    for (p in imp) { split(p, ab, SUBSEP); if (ab[2] in exporter && exporter[ab[2]] != ab[1]) edge[ab[1], exporter[ab[2]]] = 1 }
    for (p in edge) {
      split(p, ab, SUBSEP)
      a = ab[1]; b = ab[2]; sub(/^org\.interphase\./, "", a); sub(/^org\.interphase\./, "", b)
      print "  " a " --> " b
    }
  }' | sort
