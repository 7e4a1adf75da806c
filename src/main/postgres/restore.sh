#!/usr/bin/env bash
# Restores a backup made by backup.sh into an empty database (make one with create-database.sh), in a single
# transaction: it either restores everything or changes nothing. Point Attune at the database (ATTUNE_DB_URL) and
# start it; its migrations see the schema is current and leave the data as it was.
#
#   ATTUNE_DB_PASSWORD=... src/main/postgres/restore.sh attune-2026-11-23.dump [database] [role] [host]
set -euo pipefail
file=${1:?name the backup file to restore}
database=${2:-attune}
role=${3:-$database}
host=${4:-localhost}
export PGPASSWORD=${ATTUNE_DB_PASSWORD:?set ATTUNE_DB_PASSWORD to the database password}
tables=$(psql --host="$host" --username="$role" --dbname="$database" -tAc \
  "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
if [ "$tables" != 0 ]; then
  echo "'$database' is not empty ($tables tables): restore into an empty database (create-database.sh)" >&2
  exit 2
fi
pg_restore --host="$host" --username="$role" --dbname="$database" --no-owner --single-transaction \
  --exit-on-error "$file"
echo "Restored $file into '$database'."
