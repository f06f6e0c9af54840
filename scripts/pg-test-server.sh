#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (docs/server.md): `start STATE` makes a cluster in a
# temporary folder (initdb), starts it on a free loopback port with its socket in that folder,
# creates the login role `tuoyu` and writes the server's URL to STATE/url; `stop STATE` stops it
# and removes the folder. CTest runs them as the fixture `pg` (tests/CMakeLists.txt).
#
# initdb and the server refuse to run as root: as root, the cluster belongs to the unprivileged
# user `nobody`. Without PostgreSQL the start exits 77 (skipped); under CI=true it fails instead,
# since the install step (scripts/install-deps.sh) provides it.
set -euo pipefail

action=${1:?usage: pg-test-server.sh start|stop STATE_DIR}
state=${2:?usage: pg-test-server.sh start|stop STATE_DIR}

bindir=""
for dir in /usr/lib/postgresql/*/bin; do
  [ -x "$dir/initdb" ] && bindir=$dir
done
if [ -z "$bindir" ] && command -v initdb >/dev/null; then
  bindir=$(dirname "$(command -v initdb)")
fi

# Runs a PostgreSQL program as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

stop() {
  [ -f "$state/datadir" ] || return 0
  local data
  data=$(cat "$state/datadir")
  if [ -d "$data" ]; then
    as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$(dirname "$data")"
  fi
  rm -f "$state/datadir" "$state/url"
}

case "$action" in
start)
  if [ -z "$bindir" ]; then
    echo "PostgreSQL (initdb, pg_ctl) is not installed: apt-get install postgresql" >&2
    [ "${CI:-}" = "true" ] && exit 1
    exit 77
  fi
  mkdir -p "$state"
  stop || true
  root=$(mktemp -d /tmp/tuoyu-pg.XXXXXX)
  chmod 755 "$root"
  data="$root/data"
  mkdir "$data"
  [ "$(id -u)" -eq 0 ] && chown nobody "$root" "$data"
  echo "$data" >"$state/datadir"
  as_owner "$bindir/initdb" -D "$data" -U tuoyu --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$root/initdb.log" 2>&1 || { cat "$root/initdb.log" >&2; exit 1; }
  # A free port: the kernel's pick for a socket bound to port 0, tried until the server starts
  # (another program may take it in between).
  for attempt in 1 2 3 4 5; do
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if as_owner "$bindir/pg_ctl" -D "$data" -l "$root/server.log" -w -t 30 \
      -o "-h 127.0.0.1 -p $port -k $root -c fsync=off -c max_connections=200" start >/dev/null; then
      echo "postgresql://tuoyu@127.0.0.1:$port/postgres" >"$state/url"
      cat "$state/url"
      exit 0
    fi
  done
  cat "$root/server.log" >&2
  exit 1
  ;;
stop)
  stop
  ;;
*)
  echo "usage: pg-test-server.sh start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
