#!/bin/sh
# Runs once, when the primary's data directory is first initialised (docker-entrypoint-initdb.d): a role that may
# stream the WAL, and a pg_hba.conf entry that lets it connect for replication from the compose network.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --set password="$REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL
echo 'host replication replicator all scram-sha-256' >> "$PGDATA/pg_hba.conf"
