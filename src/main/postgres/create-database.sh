#!/usr/bin/env bash
# Creates Attune's PostgreSQL role and database on this machine, as the postgres superuser (Debian's postgresql
# package, which peer-authenticates the local 'postgres' account). Attune's own tables are created by Attune at
# start-up (Flyway migrations), so an empty database is all it needs.
#
#   ATTUNE_DB_PASSWORD='a long passphrase' src/main/postgres/create-database.sh [database] [role]
#
# Defaults: database and role 'attune'. With --fresh first, an existing database of that name is dropped and made
# anew (what the integration tests want; never do this to a database with learners in it).
set -euo pipefail
fresh=false
if [ "${1:-}" = "--fresh" ]; then fresh=true; shift; fi
database=${1:-attune}
role=${2:-$database}
password=${ATTUNE_DB_PASSWORD:?set ATTUNE_DB_PASSWORD to the password Attune will connect with}

psql_as_postgres() {
  if [ "$(id -un)" = postgres ]; then psql -v ON_ERROR_STOP=1 -q "$@"; else su postgres -c "psql -v ON_ERROR_STOP=1 -q $(printf '%q ' "$@")"; fi
}

psql_as_postgres -v role="$role" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'role', :'password') \gexec
SQL
if $fresh; then
  psql_as_postgres -v database="$database" <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'database') \gexec
SQL
fi
psql_as_postgres -v database="$database" -v role="$role" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'database', :'role', 'UTF8')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec
SQL
echo "PostgreSQL database '$database' owned by '$role' is ready on $(hostname)."
