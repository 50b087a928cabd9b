#!/usr/bin/env bash
# Times vCard and iCalendar against CSV through the shell (SPEC §10's speed goals):
#   import: N people as one .vcf (with birthdays) vs the same people as LinkedIn's Connections.csv,
#           each into a fresh SQLite file;
#   export: the network as .vcf and .ics vs the native CSV export (export DIR).
# Usage: benchmarks/interchange.sh [PEOPLE (default 30000)] [RUNS (default 3)]
# Prints each run's wall-clock seconds and the best of the runs, and the ratios of the bests.
set -euo pipefail

people="${1:-30000}"
runs="${2:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/rapport-interchange.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export RAPPORT_HOME="$work/home"

"$root/rapport" --version >/dev/null   # builds the shell first when needed, outside the timings

# The same people in both files: name, e-mail, LinkedIn URL, company, position; the .vcf adds a birthday.
awk -v n="$people" -v csv="$work/Connections.csv" -v vcf="$work/contacts.vcf" 'BEGIN {
  split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", mon, " ")
  print "Notes:" > csv
  print "\"When exporting your connection data, you may notice that some of the email addresses are missing.\"" > csv
  print "" > csv
  print "First Name,Last Name,URL,Email Address,Company,Position,Connected On" > csv
  for (i = 1; i <= n; i++) {
    first = "Given" i; last = "Family" (i % 977); company = "Company " (i % 1500); title = "Role " (i % 40)
    url = "https://www.linkedin.com/in/person-" i; email = "person" i "@example.org"
    m = 1 + i % 12; d = 1 + i % 28
    printf "%s,%s,%s,%s,%s,%s,%02d %s 20%02d\n", first, last, url, email, company, title, d, mon[m], 10 + i % 15 > csv
    printf "BEGIN:VCARD\r\nVERSION:3.0\r\nN:%s;%s;;;\r\nFN:%s %s\r\nEMAIL;TYPE=INTERNET:%s\r\nORG:%s\r\nTITLE:%s\r\nURL:%s\r\nBDAY:19%02d-%02d-%02d\r\nEND:VCARD\r\n", \
      last, first, first, last, email, company, title, url, 50 + i % 50, m, d > vcf
  }
}'

seconds() { # runs a shell command, prints its wall-clock seconds
  local start end
  start=$(date +%s.%N)
  "$root/rapport" "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

best() { sort -n | head -1; }

declare -A result
measure() { # name, then the command; a fresh database per import run
  local name="$1"; shift
  local times=()
  for ((r = 1; r <= runs; r++)); do
    times+=("$("$@")")
  done
  result[$name]=$(printf '%s\n' "${times[@]}" | best)
  printf '%-14s %s  (best %s s)\n' "$name" "${times[*]}" "${result[$name]}"
}

import_csv() { rm -f "$work/csv.db"*; seconds --db "$work/csv.db" import linkedin "$work/Connections.csv"; }
import_vcf() { rm -f "$work/vcf.db"*; seconds --db "$work/vcf.db" import vcard "$work/contacts.vcf"; }
export_csv() { rm -rf "$work/out"; seconds --db "$work/vcf.db" export "$work/out"; }
export_vcf() { seconds --db "$work/vcf.db" export vcard "$work/out.vcf"; }
export_ics() { seconds --db "$work/vcf.db" --as-of 2026-01-01 export ics "$work/out.ics"; }

echo "$people people, $runs runs each, seconds (wall clock, through ./rapport)"
measure import-csv import_csv
measure import-vcard import_vcf
measure export-csv export_csv
measure export-vcard export_vcf
measure export-ics export_ics
echo "import vcard / import linkedin: $(echo "scale=2; ${result[import-vcard]} / ${result[import-csv]}" | bc) (goal <= 2)"
echo "export vcard / export csv:      $(echo "scale=2; ${result[export-vcard]} / ${result[export-csv]}" | bc) (goal <= 1.5)"
echo "export ics / export csv:        $(echo "scale=2; ${result[export-ics]} / ${result[export-csv]}" | bc) (goal <= 1.5)"
