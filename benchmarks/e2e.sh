#!/usr/bin/env bash
# The end-to-end benchmark: the shell's commands as separate JVMs (./rapport, RAPPORT_HOME in a
# temporary folder) on a real SQLite file and a real PostgreSQL server (embedded-postgres, started
# here), each beside the store's own tool in the same run, and the ratios against the goals of
# docs/performance.md. Run it on a quiet machine:
#
#   benchmarks/e2e.sh                 # 30,000 contacts / 1,000,000 touches, best of 2 runs
#   RUNS=3 benchmarks/e2e.sh          # best of 3
#   CONTACTS=3000 TOUCHES=100000 benchmarks/e2e.sh   # a quick smaller run
#
# Needs a JDK 17+, Maven, sqlite3 and psql (installed with apt-get when missing and allowed).
# Every shell run gets a 256 MB heap (HEAP=-Xmx256m): the goals say so for reads, imports and exports.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-2}"
CONTACTS="${CONTACTS:-30000}"
TOUCHES="${TOUCHES:-1000000}"
HEAP="${HEAP:--Xmx256m}"
AS_OF=2026-11-26

need() { # COMMAND APT-PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "e2e: $1 is missing; installing the Debian package $2 with apt-get (the anchors need it)" >&2
  if command -v apt-get >/dev/null 2>&1; then
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get install -y -q "$2" >/dev/null || { echo "e2e: could not install $2; install it and retry" >&2; exit 1; }
  else
    echo "e2e: install $1 and retry" >&2; exit 1
  fi
}
need sqlite3 sqlite3
need psql postgresql-client

work="$(mktemp -d "${TMPDIR:-/tmp}/rapport-e2e.XXXXXX")"
pg_pid=""
cleanup() {
  exec 3>&- 2>/dev/null || true          # closing the server's standard input stops it
  [ -n "$pg_pid" ] && wait "$pg_pid" 2>/dev/null || true
  if [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "e2e: kept $work" >&2; fi
}
trap cleanup EXIT

echo "e2e: building the shell and the benchmarks (once; skipped when up to date)" >&2
(cd "$root" && ./rapport --version >/dev/null)
bench="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$bench" ] || [ -n "$(find "$root"/*/src/main "$root"/*/pom.xml -newer "$bench" -print -quit)" ]; then
  (cd "$root" && mvn -B -q -DskipTests -pl benchmarks -am package) >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
fi

echo "e2e: generating $CONTACTS contacts / $TOUCHES touches in $work" >&2
java -Xmx3g -cp "$bench" dev.rapport.benchmarks.EndToEnd generate "$work/data" "$CONTACTS" "$TOUCHES" >&2
linkedin="$work/data/Connections.csv"
native="$work/data/native"
header_line="$(grep -n '^First Name,' "$linkedin" | head -1 | cut -d: -f1)"
tail -n +"$header_line" "$linkedin" >"$work/data/connections-rows.csv"   # the rows alone, for the anchors

echo "e2e: starting an embedded PostgreSQL" >&2
mkfifo "$work/pg.in"
java -cp "$bench" dev.rapport.benchmarks.EndToEnd postgres "$work/pg" <"$work/pg.in" >"$work/pg.log" 2>&1 &
pg_pid=$!
exec 3>"$work/pg.in"
for _ in $(seq 1 600); do [ -f "$work/pg/port" ] && break; sleep 0.1; done
[ -f "$work/pg/port" ] || { cat "$work/pg.log" >&2; echo "e2e: PostgreSQL did not start" >&2; exit 1; }
pg_port="$(cat "$work/pg/port")"
pg_url="jdbc:postgresql://localhost:$pg_port/postgres"
psql_url="postgresql://postgres@localhost:$pg_port/postgres"

# --- timing

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
last_ms=0
# time_it LOG COMMAND...: runs it, output to LOG; sets last_ms; returns the command's status
time_it() {
  local log="$1"; shift
  local start; start="$(now_ms)"
  local status=0
  "$@" >"$log" 2>&1 || status=$?
  last_ms=$(( $(now_ms) - start ))
  return "$status"
}
shell() { RAPPORT_HOME="$work/home" NO_COLOR=1 RAPPORT_JAVA_OPTS="$HEAP" "$root/rapport" "$@"; }
shell_big() { RAPPORT_HOME="$work/home" NO_COLOR=1 RAPPORT_JAVA_OPTS="" "$root/rapport" "$@"; }

declare -A best
declare -A all
record() { # NAME MS
  all[$1]="${all[$1]:-}${all[$1]:+ }$2"
  if [ -z "${best[$1]:-}" ] || [ "$2" -lt "${best[$1]}" ]; then best[$1]=$2; fi
}
declare -A failed

shell --db "$work/warm.db" special-days >/dev/null 2>&1 || true   # the CDS archive and native library, once
commands="$(shell --help 2>&1 | sed -n '/^Commands:/,$p')"
has_command() { grep -qE "^  $1[ ,]" <<<"$commands"; }   # a command this build has (patterns may come later)

for run in $(seq 1 "$RUNS"); do
  echo "e2e: run $run of $RUNS" >&2
  d="$work/run$run"; mkdir -p "$d"

  time_it "$d/floor.log" shell --db "$d/empty.db" --as-of "$AS_OF" special-days && record floor "$last_ms"
  # what every later command costs: the same once the store exists (no migrations)
  time_it "$d/floor-made.log" shell --db "$d/empty.db" --as-of "$AS_OF" special-days && record floor_made "$last_ms"
  # the floor of a PostgreSQL store: special-days on an empty schema (made by it)
  time_it "$d/floor-pg.log" shell --jdbc-url "$pg_url" --jdbc-user postgres --jdbc-schema "empty_$run" \
    --as-of "$AS_OF" special-days && record floor_pg "$last_ms"

  # LinkedIn 30k into SQLite, and sqlite3 .import of the rows
  if time_it "$d/li-sqlite.log" shell --db "$d/li.db" import linkedin "$linkedin"; then record li_sqlite "$last_ms"
  else failed[li_sqlite]="see $d/li-sqlite.log"; fi
  time_it "$d/a-li.log" sqlite3 "$d/anchor-li.db" ".import --csv $work/data/connections-rows.csv connections" \
    && record anchor_li_sqlite "$last_ms"
  # SQLite itself writing the rows that import wrote into an empty store of Rapport's schema: its
  # three tables, with their keys and foreign keys, and no client at all (INSERT ... SELECT)
  sqlite3 "$d/empty.db" "VACUUM INTO '$d/schema-li.db'" && sqlite3 "$d/schema-li.db" "PRAGMA journal_mode=WAL" >/dev/null
  time_it "$d/a-li-schema.log" sqlite3 "$d/schema-li.db" "PRAGMA foreign_keys=ON" "ATTACH '$d/li.db' AS li" "BEGIN" \
    "INSERT INTO contacts SELECT * FROM li.contacts" "INSERT INTO contact_values SELECT * FROM li.contact_values" \
    "INSERT INTO contact_channel_profiles SELECT * FROM li.contact_channel_profiles" "COMMIT" \
    && record schema_li_sqlite "$last_ms"

  # LinkedIn 30k into PostgreSQL, and psql \copy of the rows
  if time_it "$d/li-pg.log" shell --jdbc-url "$pg_url" --jdbc-user postgres --jdbc-schema "li_$run" \
      import linkedin "$linkedin"; then record li_pg "$last_ms"
  else failed[li_pg]="see $d/li-pg.log"; fi
  psql -q "$psql_url" -c "CREATE TABLE anchor_li_$run (first TEXT, last TEXT, url TEXT, email TEXT, company TEXT,
      position TEXT, connected TEXT)" >/dev/null
  time_it "$d/a-li-pg.log" psql -q "$psql_url" \
    -c "\\copy anchor_li_$run FROM '$work/data/connections-rows.csv' WITH (FORMAT csv, HEADER true)" \
    && record anchor_li_pg "$last_ms"
  # psql \copy of the rows that import wrote into the empty schema of the floor: Rapport's three tables
  li_tables=(contacts contact_values contact_channel_profiles)
  for table in "${li_tables[@]}"; do
    psql -q "$psql_url" -c "\\copy li_$run.$table TO '$d/li-pg-$table.csv' WITH (FORMAT csv)" >/dev/null
  done
  copies=()
  for table in "${li_tables[@]}"; do copies+=(-c "\\copy empty_$run.$table FROM '$d/li-pg-$table.csv' WITH (FORMAT csv)"); done
  time_it "$d/a-li-pg-schema.log" psql -q -v ON_ERROR_STOP=1 "$psql_url" -c "BEGIN" "${copies[@]}" -c "COMMIT" \
    && record schema_li_pg "$last_ms"

  # the native folder (contacts and touches) into SQLite, and sqlite3 .import of both files
  if time_it "$d/native.log" shell --db "$d/native.db" import rapport "$native"; then record native "$last_ms"
  else
    failed[native]="$HEAP: $(grep -m1 -o 'OutOfMemoryError[^)]*' "$d/native.log" || tail -1 "$d/native.log")"
    rm -f "$d/native.db"*
    shell_big --db "$d/native.db" import rapport "$native" >"$d/native-big.log" 2>&1   # the data the rest needs
  fi
  time_it "$d/a-native.log" sqlite3 "$d/anchor-native.db" ".import --csv $native/contacts.csv contacts" \
    ".import --csv $native/touches.csv touches" && record anchor_native "$last_ms"

  # the native folder into PostgreSQL, and psql \copy of both files (into text columns named as in the headers)
  if time_it "$d/native-pg.log" shell --jdbc-url "$pg_url" --jdbc-user postgres --jdbc-schema "native_$run" \
      import rapport "$native"; then record native_pg "$last_ms"
  else failed[native_pg]="$HEAP: $(grep -m1 -o 'OutOfMemoryError[^)]*' "$d/native-pg.log" || tail -1 "$d/native-pg.log")"; fi
  for table in contacts touches; do
    columns="$(head -1 "$native/$table.csv" | tr -d '\r' | sed 's/\([^,]*\)/"\1" TEXT/g')"
    psql -q "$psql_url" -c "CREATE TABLE anchor_${table}_$run ($columns)" >/dev/null
  done
  time_it "$d/a-native-pg.log" psql -q "$psql_url" \
    -c "\\copy anchor_contacts_$run FROM '$native/contacts.csv' WITH (FORMAT csv, HEADER true)" \
    -c "\\copy anchor_touches_$run FROM '$native/touches.csv' WITH (FORMAT csv, HEADER true)" \
    && record anchor_native_pg "$last_ms"

  # export, and sqlite3 -csv of the same two tables
  if time_it "$d/export.log" shell --db "$d/native.db" export "$d/out"; then record export "$last_ms"
  else failed[export]="$HEAP: $(tail -1 "$d/export.log")"; fi
  time_it "$d/a-dump.log" sqlite3 -csv "$d/native.db" "SELECT * FROM contacts" "SELECT * FROM touches" \
    && record anchor_dump "$last_ms"

  # every read command, as a one-shot process, and one GROUP BY over the touches
  for cmd in agenda health "contact list" gaps channels intros special-days patterns; do
    has_command "${cmd%% *}" || continue
    key="read_${cmd// /_}"
    # shellcheck disable=SC2086
    if time_it "$d/$key.log" shell --db "$d/native.db" --as-of "$AS_OF" $cmd; then record "$key" "$last_ms"
    else failed[$key]="$HEAP: $(tail -1 "$d/$key.log")"; fi
  done
  time_it "$d/a-groupby.log" sqlite3 "$d/native.db" \
    "SELECT contact_id, COUNT(*), MAX(at_second) FROM touches GROUP BY contact_id" && record anchor_groupby "$last_ms"

  # the same read commands on the PostgreSQL schema the native import made, and psql's GROUP BY there
  if [ -z "${failed[native_pg]:-}" ]; then
    for cmd in agenda health "contact list" gaps channels intros special-days patterns; do
      has_command "${cmd%% *}" || continue
      key="pg_${cmd// /_}"
      # shellcheck disable=SC2086
      if time_it "$d/$key.log" shell --jdbc-url "$pg_url" --jdbc-user postgres --jdbc-schema "native_$run" \
          --as-of "$AS_OF" $cmd; then record "$key" "$last_ms"
      else failed[$key]="$HEAP: $(tail -1 "$d/$key.log")"; fi
    done
    time_it "$d/a-groupby-pg.log" psql -q "$psql_url" \
      -c "SELECT contact_id, COUNT(*), MAX(at_second) FROM native_$run.touches GROUP BY contact_id" \
      && record anchor_groupby_pg "$last_ms"
  fi
done

# --- the report

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) print "-"; else printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v g="$2" 'BEGIN { if (r == "-") print "?"; else print (r <= g ? "met" : "NOT met") }'; }
show() { # NAME what anchor_name anchor_what goal (- for none) [FLOOR_NAME: compared beyond that floor]
  local name="$1" what="$2" anchor="$3" anchor_what="$4" goal="$5" floor="${6:-}"
  if [ -n "${failed[$name]:-}" ]; then
    local goal_shown="<= $goal" verdict_shown="NOT met"
    [ "$goal" = - ] && goal_shown="-" && verdict_shown=""
    printf '| %s | failed (%s) | %s: %s ms | - | %s | %s |\n' "$what" "${failed[$name]}" "$anchor_what" \
      "${best[$anchor]:-?}" "$goal_shown" "$verdict_shown"
    return
  fi
  local t="${best[$name]:-}" a="${best[$anchor]:-}"
  [ -z "$t" ] && return
  local beyond="$t" shown="$t ms"
  if [ -n "$floor" ]; then beyond=$(( t - ${best[$floor]:-0} )); shown="$t ms ($beyond beyond the floor)"; fi
  local r; r="$(ratio "$beyond" "${a:-0}")"
  if [ "$beyond" -le 0 ]; then r="-"; shown="$shown, below the floor: a noisy run"; fi
  if [ "$goal" = - ]; then # no goal set: the ratio alone
    printf '| %s | %s | %s: %s ms | %s× | - | |\n' "$what" "$shown" "$anchor_what" "${a:-?}" "$r"
    return
  fi
  printf '| %s | %s | %s: %s ms | %s× | <= %s× | %s |\n' "$what" "$shown" "$anchor_what" "${a:-?}" "$r" "$goal" \
    "$(verdict "$r" "$goal")"
}

echo
echo "Rapport end to end: $CONTACTS contacts, $TOUCHES touches; best of $RUNS runs; shell heap $HEAP; $(date -u '+%Y-%m-%d %H:%M UTC'); load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?)"
echo
echo "| work (through ./rapport) | Rapport | the store's own tool | ratio | goal | |"
echo "|---|---:|---:|---:|---:|---|"
echo "| floor: special-days on an empty store (made by it) | ${best[floor]:-?} ms | | | | |"
echo "| special-days on that store again (no migrations) | ${best[floor_made]:-?} ms | | | | |"
echo "| floor on PostgreSQL: special-days on an empty schema (made by it) | ${best[floor_pg]:-?} ms | | | | |"
show li_sqlite "import linkedin (SQLite)" anchor_li_sqlite "sqlite3 .import" 4 floor
show li_pg "import linkedin (PostgreSQL)" anchor_li_pg "psql \\copy" 4 floor_pg
show native "import rapport, $CONTACTS / $TOUCHES (SQLite)" anchor_native "sqlite3 .import" 2
show native_pg "import rapport, $CONTACTS / $TOUCHES (PostgreSQL)" anchor_native_pg "psql \\copy" -
show export "export" anchor_dump "sqlite3 -csv dump" 1.5
for cmd in agenda health contact_list gaps channels intros special-days patterns; do
  if [ -n "${best[read_$cmd]:-}${failed[read_$cmd]:-}" ]; then
    show "read_$cmd" "${cmd//_/ }" anchor_groupby "sqlite3 GROUP BY" 0.5
  fi
done
for cmd in agenda health contact_list gaps channels intros special-days patterns; do
  if [ -n "${best[pg_$cmd]:-}${failed[pg_$cmd]:-}" ]; then
    show "pg_$cmd" "${cmd//_/ } (PostgreSQL)" anchor_groupby_pg "psql GROUP BY" 0.5
  fi
done
# The stores' own tools writing the rows a LinkedIn import wrote into Rapport's schema: the part of
# the ratio that is the schema's (three tables, keys, foreign keys), not Rapport's code.
schema_line() { # NAME what anchor_name
  [ -n "${best[$1]:-}" ] && [ -n "${best[$3]:-}" ] && printf '| %s | %s ms | %s× the one-table anchor |\n' "$2" "${best[$1]}" "$(ratio "${best[$1]}" "${best[$3]}")"
  return 0
}
echo
echo "| the LinkedIn import's rows, written by the store's own tool into Rapport's schema | | |"
echo "|---|---:|---:|"
schema_line schema_li_sqlite "sqlite3: INSERT ... SELECT from the imported file, foreign keys on" anchor_li_sqlite
schema_line schema_li_pg "psql: \\copy of the imported schema's rows into an empty one" anchor_li_pg
echo
echo "Every run (ms):"
for key in $(printf '%s\n' "${!all[@]}" | sort); do echo "  $key: ${all[$key]}"; done
