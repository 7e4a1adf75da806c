#!/usr/bin/env bash
# Backs Attune's PostgreSQL database up into one file (pg_dump's custom format: compressed, restorable table by
# table), consistent as of the moment it starts, while Attune keeps running.
#
#   ATTUNE_DB_PASSWORD=... src/main/postgres/backup.sh attune-2026-11-23.dump [database] [role] [host]
#
# Defaults: database and role 'attune' on localhost. Restore with restore.sh.
set -euo pipefail
file=${1:?name the backup file to write}
database=${2:-attune}
role=${3:-$database}
host=${4:-localhost}
PGPASSWORD=${ATTUNE_DB_PASSWORD:?set ATTUNE_DB_PASSWORD to the database password} \
  pg_dump --host="$host" --username="$role" --dbname="$database" --format=custom --no-owner --file="$file"
echo "Backed up '$database' to $file ($(du -h "$file" | cut -f1))."
