#!/usr/bin/env bash
# Starts, stops and lists instances of the application clustered on Payara Micro's own Data Grid
# (Hazelcast), for one or several hosts (README, "Running several instances").
#   config/scripts/cluster.sh start  [--env-file FILE] [--instances N] [--first K]
#   config/scripts/cluster.sh stop   [--instance K]       (every instance of the run folder by default)
#   config/scripts/cluster.sh status
# Instance K listens on HTTP port CLUSTER_HTTP_PORT+K-1 and on data grid port CLUSTER_HZ_PORT+K-1.
# Members find each other by TCP only (--clustermode tcpip:…, never multicast), at the address
# each one announces (--hzpublicaddress). Options through the environment (or the env file):
#   CLUSTER_INSTANCES=2            instances this call starts on this host
#   CLUSTER_FIRST=1                number K of the first of them
#   CLUSTER_HTTP_PORT=8081         HTTP port of instance 1
#   CLUSTER_HZ_PORT=6901           data grid port of instance 1
#   CLUSTER_PUBLIC_ADDRESS=127.0.0.1  address the other members reach this host at
#   CLUSTER_MEMBERS=…              every member, host:port,host:port (default: this host's instances)
#   CLUSTER_NAME=mobility          cluster name: members of another name never join
#   CLUSTER_RUN_DIR=target/cluster logs, pids and Payara's work folders (instance-K/)
#   CLUSTER_JVM_OPTIONS=-Xmx512m
#   PAYARA_MICRO_JAR=target/payara-micro.jar, MOBILITY_WAR=target/mobility.war (mvn -DskipTests package)
# The application's own settings (MOBILITY_DB_URL… — a MySQL/MariaDB database shared by every
# instance; MOBILITY_PUBLIC_URL = the load balancer's address) come from the environment or the env file.
set -euo pipefail
ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$ROOT_DIR/config/scripts/db-common.sh"

ACTION=${1:-}
[ $# -gt 0 ] && shift
INSTANCE=
while [ $# -gt 0 ]; do
    case $1 in
        --env-file) load_env_file "$2"; shift 2 ;;
        --instances) CLUSTER_INSTANCES=$2; shift 2 ;;
        --first) CLUSTER_FIRST=$2; shift 2 ;;
        --instance) INSTANCE=$2; shift 2 ;;
        -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
        *) die "unknown option $1" ;;
    esac
done

INSTANCES=${CLUSTER_INSTANCES:-2}
FIRST=${CLUSTER_FIRST:-1}
HTTP_PORT=${CLUSTER_HTTP_PORT:-8081}
HZ_PORT=${CLUSTER_HZ_PORT:-6901}
PUBLIC_ADDRESS=${CLUSTER_PUBLIC_ADDRESS:-127.0.0.1}
NAME=${CLUSTER_NAME:-mobility}
RUN_DIR=${CLUSTER_RUN_DIR:-$ROOT_DIR/target/cluster}
JVM_OPTIONS=${CLUSTER_JVM_OPTIONS:--Xmx512m}
JAR=${PAYARA_MICRO_JAR:-$ROOT_DIR/target/payara-micro.jar}
WAR=${MOBILITY_WAR:-$ROOT_DIR/target/mobility.war}

members() {
    if [ -n "${CLUSTER_MEMBERS:-}" ]; then
        echo "$CLUSTER_MEMBERS"
        return
    fi
    local list= k
    for ((k = FIRST; k < FIRST + INSTANCES; k++)); do
        list+="${list:+,}$PUBLIC_ADDRESS:$((HZ_PORT + k - 1))"
    done
    echo "$list"
}

# True when every member lives at one address: Hazelcast's host-aware partitioning would then keep
# no backup at all (it puts backups on another address only), and a node's death would lose sessions.
one_address() {
    local hosts
    hosts=$(tr ',' '\n' <<<"$(members)" | sed 's/:[0-9-]*$//' | sort -u | wc -l)
    [ "$hosts" -eq 1 ]
}

pid_of() {
    local file=$RUN_DIR/instance-$1/pid
    [ -f "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null && cat "$file"
}

answers() {
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$1/health/ready" 2>/dev/null) || true
    [ "$code" = 200 ]
}

start_one() {
    local k=$1 dir=$RUN_DIR/instance-$1 port=$((HTTP_PORT + $1 - 1)) hz=$((HZ_PORT + $1 - 1))
    if pid_of "$k" >/dev/null; then
        say "instance $k already runs (pid $(pid_of "$k"))"
        return
    fi
    mkdir -p "$dir"
    rm -rf "$dir/root"
    local grid=(--clustername "$NAME" --clustermode "tcpip:$(members)" --startport "$hz"
                --hzpublicaddress "$PUBLIC_ADDRESS" --interfaces "$PUBLIC_ADDRESS")
    one_address && grid+=(--nohostaware)
    # shellcheck disable=SC2086 # JVM options are words
    nohup java $JVM_OPTIONS -Djava.io.tmpdir="$dir" -jar "$JAR" --disablephonehome \
        --name "mobility-$k" --port "$port" --rootDir "$dir/root" \
        "${grid[@]}" \
        --prebootcommandfile "$ROOT_DIR/config/pre-boot-commands.asadmin" \
        --deploy "$WAR" --contextroot / >"$dir/server.log" 2>&1 &
    echo $! >"$dir/pid"
    say "instance $k: pid $!, http://127.0.0.1:$port/, data grid $PUBLIC_ADDRESS:$hz, log $dir/server.log"
}

wait_ready() {
    local k=$1 port=$((HTTP_PORT + $1 - 1)) started=$SECONDS
    while ! answers "$port"; do
        pid_of "$k" >/dev/null || die "instance $k stopped while starting; see $RUN_DIR/instance-$k/server.log"
        ! grep -q 'Exception while deploying' "$RUN_DIR/instance-$k/server.log" \
            || die "instance $k could not deploy the application; see $RUN_DIR/instance-$k/server.log"
        [ $((SECONDS - started)) -lt 240 ] || die "instance $k not ready after 240 s; see $RUN_DIR/instance-$k/server.log"
        sleep 1
    done
    say "instance $k ready in $((SECONDS - started)) s"
}

case $ACTION in
    start)
        [ -f "$JAR" ] && [ -f "$WAR" ] || die "build first: mvn -DskipTests package ($JAR, $WAR)"
        read_settings
        [ "$DB_VENDOR" = mysql ] || die "a cluster needs one MySQL/MariaDB database for every instance (MOBILITY_DB_URL); the embedded H2 database belongs to one process"
        # The first instance alone migrates the schema (and loads the demo, if asked); the others
        # start once it serves, so that two never race through the same migration.
        start_one "$FIRST"
        wait_ready "$FIRST"
        for ((k = FIRST + 1; k < FIRST + INSTANCES; k++)); do start_one "$k"; done
        for ((k = FIRST + 1; k < FIRST + INSTANCES; k++)); do wait_ready "$k"; done
        say "cluster '$NAME', members $(members)"
        ;;
    stop)
        for dir in "$RUN_DIR"/instance-*; do
            [ -d "$dir" ] || continue
            k=${dir##*-}
            [ -z "$INSTANCE" ] || [ "$INSTANCE" = "$k" ] || continue
            if pid=$(pid_of "$k"); then
                kill "$pid"
                for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
                kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
                say "instance $k stopped"
            fi
            rm -f "$dir/pid"
        done
        ;;
    status)
        for dir in "$RUN_DIR"/instance-*; do
            [ -d "$dir" ] || continue
            k=${dir##*-}
            if pid=$(pid_of "$k"); then echo "instance $k: running, pid $pid"; else echo "instance $k: stopped"; fi
        done
        ;;
    *) sed -n '2,22p' "$0"; exit 2 ;;
esac
