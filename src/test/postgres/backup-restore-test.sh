#!/usr/bin/env bash
# Backs up the database the integration tests just filled (accounts, lesson progress, quiz attempts and their
# answers, module completions, certificates and their audit trail), restores the backup into a new empty database,
# and checks that every row of every table came back exactly: same count, same content. Run by .ci/run after the
# integration tests on PostgreSQL.
#
#   src/test/postgres/backup-restore-test.sh [database]     (default attune_it, whose role and password match)
set -euo pipefail
here=$(cd "$(dirname "$0")/../../main/postgres" && pwd)
source_db=${1:-attune_it}
restored_db=${source_db}_restored
export ATTUNE_DB_PASSWORD=${ATTUNE_DB_PASSWORD:-$source_db}
dump=$(mktemp --suffix=.dump)
trap 'rm -f "$dump"' EXIT

fingerprint() {  # each table: its name, row count and an md5 of all its rows in primary-key order
  PGPASSWORD=$ATTUNE_DB_PASSWORD psql --host=localhost --username="$source_db" --dbname="$1" -tA <<'SQL'
SELECT format('SELECT %L || '' '' || count(*) || '' '' || coalesce(md5(string_agg(t::text, ''|'' ORDER BY t::text)), ''-'') FROM %I t',
              table_name, table_name)
FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name \gexec
SQL
}

"$here/backup.sh" "$dump" "$source_db"
"$here/create-database.sh" --fresh "$restored_db" "$source_db"
"$here/restore.sh" "$dump" "$restored_db" "$source_db"

before=$(fingerprint "$source_db")
after=$(fingerprint "$restored_db")
for table in account lesson_completion quiz_attempt attempt_question module_completion certificate certificate_event; do
  rows=$(echo "$before" | awk -v t="$table" '$1 == t {print $2}')
  if [ -z "$rows" ] || [ "$rows" = 0 ]; then
    echo "FAIL: the source database has no rows in $table to prove anything with" >&2
    exit 1
  fi
done
if [ "$before" != "$after" ]; then
  echo "FAIL: the restored database differs from the one backed up:" >&2
  diff <(echo "$before") <(echo "$after") >&2 || true
  exit 1
fi
echo "Backup and restore: $(echo "$before" | wc -l) tables identical, e.g."
echo "$before" | grep -E '^(account|lesson_completion|quiz_attempt|certificate) ' | awk '{print "  " $1 ": " $2 " rows"}'
