# Sourced by tools/test.sh: a throwaway PostgreSQL + PostGIS cluster for the store tests, so they run
# on both backends (never skipped). Installs Debian's packages when missing, starts a cluster that
# listens only on a unix socket in a private temp dir (no TCP port to collide with), creates a
# database with PostGIS, exports ATLAS_TEST_POSTGRES_URL and stops/removes everything on exit.
# An already-set ATLAS_TEST_POSTGRES_URL (a developer's own server) is used as is.
if [ -z "${ATLAS_TEST_POSTGRES_URL:-}" ]; then
  PG_MAJOR=${PG_MAJOR:-15}
  PG_BIN=/usr/lib/postgresql/$PG_MAJOR/bin
  if [ ! -x "$PG_BIN/initdb" ] || [ ! -f "/usr/share/postgresql/$PG_MAJOR/extension/postgis.control" ]; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$PG_MAJOR" "postgresql-$PG_MAJOR-postgis-3"
  fi
  ATLAS_PG_DIR=$(mktemp -d /tmp/atlas-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then  # PostgreSQL refuses to run as root: the cluster belongs to `postgres`
    chown postgres: "$ATLAS_PG_DIR"
    as_pg() { runuser -u postgres -- "$@"; }
  else
    as_pg() { "$@"; }
  fi
  as_pg "$PG_BIN/initdb" -D "$ATLAS_PG_DIR/data" --username=atlas --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$ATLAS_PG_DIR/data" -l "$ATLAS_PG_DIR/log" -w \
    -o "-k $ATLAS_PG_DIR -c listen_addresses='' -c fsync=off -c max_connections=200" start >/dev/null
  atlas_pg_stop() { as_pg "$PG_BIN/pg_ctl" -D "$ATLAS_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true;
    rm -rf "$ATLAS_PG_DIR"; }
  trap atlas_pg_stop EXIT
  "$PG_BIN/createdb" -h "$ATLAS_PG_DIR" -U atlas atlas_test
  "$PG_BIN/psql" -q -h "$ATLAS_PG_DIR" -U atlas -d atlas_test -c "CREATE EXTENSION postgis" >/dev/null
  export ATLAS_TEST_POSTGRES_URL="postgresql+psycopg://atlas@/atlas_test?host=$ATLAS_PG_DIR"
fi
