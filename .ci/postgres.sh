# Sourced by .ci/run: a throwaway PostgreSQL cluster for the scale-out tests.
#   postgres_start   installs PostgreSQL from Debian's packages when no server is installed, creates a
#                    cluster in a temporary folder (trust authentication, owned by the postgres user),
#                    starts it on 127.0.0.1 on a free port, and exports IOP_TEST_POSTGRES (the connection
#                    string the tests use), IOP_TEST_POSTGRES_BIN and IOP_TEST_POSTGRES_DATA (so the fault
#                    test can stop and start it).
#   postgres_stop    stops it and removes the folder.
# The tests create their own databases on it and drop them.

postgres_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

postgres_start() {
  local bin port data
  if ! bin=$(postgres_bin); then
    local apt_log
    apt_log=$(mktemp)
    if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; } >"$apt_log" 2>&1; then
      tail -n 20 "$apt_log" >&2
    fi
    rm -f "$apt_log"
    bin=$(postgres_bin) || { echo "PostgreSQL could not be installed; the scale-out tests will fail" >&2; return 1; }
  fi
  # The Debian package creates the postgres user; initdb refuses to run as root.
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres

  # The first port from 55432 on that nothing listens on.
  port=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

  data=$(mktemp -d /tmp/iop-postgres.XXXXXX)
  chown postgres: "$data"
  chmod 700 "$data"
  if ! runuser -u postgres -- "$bin/initdb" -D "$data/cluster" -U postgres -A trust -E UTF8 --no-sync >"$data/initdb.log" 2>&1; then
    tail -n 20 "$data/initdb.log" >&2
    echo "initdb failed; the scale-out tests will fail" >&2
    return 1
  fi
  cat >>"$data/cluster/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
max_connections = 300
fsync = off
full_page_writes = off
CONF
  if ! runuser -u postgres -- "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 start >/dev/null; then
    tail -n 20 "$data/server.log" >&2
    echo "PostgreSQL did not start; the scale-out tests will fail" >&2
    return 1
  fi
  export IOP_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  export IOP_TEST_POSTGRES_BIN="$bin"
  export IOP_TEST_POSTGRES_DATA="$data/cluster"
  IOP_POSTGRES_DIR="$data"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($data)"
}

postgres_stop() {
  [ -n "${IOP_POSTGRES_DIR:-}" ] || return 0
  runuser -u postgres -- "$IOP_TEST_POSTGRES_BIN/pg_ctl" -D "$IOP_TEST_POSTGRES_DATA" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$IOP_POSTGRES_DIR"
}
