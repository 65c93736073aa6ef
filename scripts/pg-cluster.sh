#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and the benchmark, in a folder of its own, on a local
# port, owned by an unprivileged user (initdb refuses to run as root; as root the cluster belongs to
# the postgres system user that Debian's postgresql package creates).
#
#   scripts/pg-cluster.sh start DIR [PORT]   creates DIR/data if needed and starts the server;
#                                            prints the URL of its maintenance database
#   scripts/pg-cluster.sh stop DIR           stops it and deletes DIR
#
# With INCENTIVES_PG_TMP naming a folder (the tests name /dev/shm), the cluster's files live in a
# new folder there when it has at least 2 GiB free, and DIR records where: the tests create and drop
# hundreds of small databases, which a memory-backed folder makes cheap.
#
# The cluster trusts local connections (it is reachable only on 127.0.0.1 and lives only as long as
# the test run) and uses the C collation, so text sorts as it does in SQLite.
set -euo pipefail

command=${1:-}
dir=${2:-}
port=${3:-55432}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 3; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# As root the cluster lives in a folder of its own under /tmp, which the postgres user can reach
# wherever DIR is (a checkout under /root is not); DIR then records where.
cluster_dir() {
    if [ -f "$dir/cluster-path" ]; then
        cat "$dir/cluster-path"
    elif [ "$(id -u)" -ne 0 ]; then
        echo "$dir"
    fi
}

# Where a new cluster's own folder goes: INCENTIVES_PG_TMP when it is roomy enough, else /tmp.
cluster_base() {
    local base=${INCENTIVES_PG_TMP:-}
    if [ -n "$base" ] && [ -d "$base" ] && [ -w "$base" ] &&
        [ "$(df --output=avail -k "$base" 2>/dev/null | tail -1)" -ge $((2 * 1024 * 1024)) ]; then
        echo "$base"
    else
        echo /tmp
    fi
}

case "$command" in
start)
    mkdir -p "$dir"
    if { [ "$(id -u)" -eq 0 ] || [ -n "${INCENTIVES_PG_TMP:-}" ]; } && [ ! -f "$dir/cluster-path" ]; then
        mktemp -d "$(cluster_base)/incentives-pg.XXXXXX" >"$dir/cluster-path"
        [ "$(id -u)" -ne 0 ] || chown postgres: "$(cat "$dir/cluster-path")"
    fi
    dir=$(cluster_dir)
    if [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        echo "postgresql://incentives@127.0.0.1:$port/postgres"
        exit 0
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bin/initdb" -D "$dir/data" -U incentives --auth=trust --no-locale -E UTF8 >"$dir/initdb.log" 2>&1 ||
            { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://incentives@127.0.0.1:$port/postgres"
    ;;
stop)
    cluster=$(cluster_dir)
    if [ -n "$cluster" ] && [ -f "$cluster/data/postmaster.pid" ]; then
        # Immediate: no shutdown checkpoint, since the cluster is deleted next.
        as_owner "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null
    fi
    if [ -n "$cluster" ]; then rm -rf "$cluster"; fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
