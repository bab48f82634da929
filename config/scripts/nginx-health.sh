#!/usr/bin/env bash
# Active health checks for nginx open source (README, "Running several instances"). nginx's own checks
# are passive: an instance is skipped only after requests to it failed (NGINX Plus's health_check is
# not in the open-source build). This watcher asks every server of an upstream block for
# /health/ready every few seconds, marks "down" in nginx's configuration those that fail several
# times in a row, and reloads nginx (gracefully: requests in flight finish); a server marked down
# comes back once it has answered 200 several times in a row. So an instance still starting (port
# open, application not deployed), one that lost its database, or one that hangs, gets no new
# requests; with "hash … consistent" only its sessions move, to instances that read them from the
# Data Grid.
#   config/scripts/nginx-health.sh --conf FILE [--upstream NAME] [--interval S] [--fails N] [--passes N] [--once]
#     --conf      the nginx file holding the upstream block (e.g. /etc/nginx/conf.d/mobility.conf)
#     --upstream  the block's name (mobility)        --interval  seconds between rounds (5)
#     --fails     failed checks in a row before a server is marked down (2)
#     --passes    passed checks in a row before it comes back (2)
#     --once      one round and exit (cron, tests)
#   NGINX_RELOAD   the command that reloads nginx after a change (default: nginx -s reload)
#   HEALTH_PATH    the path asked (default /health/ready); HEALTH_TIMEOUT seconds per check (default 2)
# Never marks every server down: when none is ready they all stay in, and nginx's passive checks and
# the application's own error page answer. Prints one line per change ("down" / "up") and per reload.
set -euo pipefail

CONF=
UPSTREAM=mobility
INTERVAL=5
FAILS=2
PASSES=2
ONCE=false
while [ $# -gt 0 ]; do
    case $1 in
        --conf) CONF=$2; shift 2 ;;
        --upstream) UPSTREAM=$2; shift 2 ;;
        --interval) INTERVAL=$2; shift 2 ;;
        --fails) FAILS=$2; shift 2 ;;
        --passes) PASSES=$2; shift 2 ;;
        --once) ONCE=true; shift ;;
        -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
        *) echo "nginx-health: unknown option $1" >&2; exit 2 ;;
    esac
done
[ -n "$CONF" ] && [ -f "$CONF" ] || { echo "nginx-health: --conf FILE (an nginx file with the upstream block)" >&2; exit 2; }
RELOAD=${NGINX_RELOAD:-nginx -s reload}
HEALTH_PATH=${HEALTH_PATH:-/health/ready}
HEALTH_TIMEOUT=${HEALTH_TIMEOUT:-2}

say() { echo "$(date '+%Y-%m-%d %H:%M:%S') nginx-health: $*"; }

# The upstream block's servers, one per line: "address down" or "address up".
servers() {
    awk -v name="$UPSTREAM" '
        $1 == "upstream" && $2 == name { inside = 1; next }
        inside && /^[[:space:]]*}/ { inside = 0 }
        inside && $1 == "server" {
            address = $2; sub(/;$/, "", address)
            state = "up"
            for (i = 3; i <= NF; i++) { word = $i; sub(/;$/, "", word); if (word == "down") state = "down" }
            print address, state
        }' "$CONF"
}

# Rewrites the block with "down" on the servers named in $1 (space-separated) and on no other.
write_states() {
    local down=" $1 " tmp
    tmp=$(mktemp "$CONF.XXXXXX")
    awk -v name="$UPSTREAM" -v down="$down" '
        $1 == "upstream" && $2 == name { inside = 1; print; next }
        inside && /^[[:space:]]*}/ { inside = 0 }
        inside && $1 == "server" {
            address = $2; sub(/;$/, "", address)
            line = $0
            gsub(/[[:space:]]+down;/, ";", line); gsub(/[[:space:]]+down[[:space:]]/, " ", line)
            if (index(down, " " address " ")) sub(/;[[:space:]]*$/, " down;", line)
            print line; next
        }
        { print }' "$CONF" >"$tmp"
    cat "$tmp" >"$CONF"   # in place: the file keeps its owner, mode and links
    rm -f "$tmp"
}

ready() {
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time "$HEALTH_TIMEOUT" "http://$1$HEALTH_PATH" 2>/dev/null) || true
    LAST_CODE=${code:-000}
    [ "$LAST_CODE" = 200 ]
}

declare -A failed passed
round() {
    local address state total=0 down=() changed=false
    declare -A current wanted
    while read -r address state; do
        total=$((total + 1))
        current[$address]=$state
        wanted[$address]=$state
        if ready "$address"; then
            passed[$address]=$(( ${passed[$address]:-0} + 1 )); failed[$address]=0
            if [ "$state" = down ] && [ "${passed[$address]}" -ge "$PASSES" ]; then wanted[$address]=up; fi
        else
            failed[$address]=$(( ${failed[$address]:-0} + 1 )); passed[$address]=0
            if [ "$state" = up ] && [ "${failed[$address]}" -ge "$FAILS" ]; then
                wanted[$address]=down
                [ "${failed[$address]}" -eq "$FAILS" ] && say "$address failed $FAILS checks in a row ($HEALTH_PATH: $LAST_CODE)"
            fi
        fi
        [ "${wanted[$address]}" = down ] && down+=("$address")
    done < <(servers)
    [ "$total" -gt 0 ] || { say "no server in upstream $UPSTREAM of $CONF"; return; }
    local why=
    if [ "${#down[@]}" -eq "$total" ]; then
        # None ready: taking them all out would only turn every answer into nginx's own 502.
        down=()
        why=" (none is ready: all left in)"
        for address in "${!wanted[@]}"; do wanted[$address]=up; done
    fi
    for address in "${!wanted[@]}"; do
        [ "${wanted[$address]}" = "${current[$address]}" ] && continue
        changed=true
        say "$address ${wanted[$address]}$why"
    done
    if $changed; then
        write_states "${down[*]:-}"
        if bash -c "$RELOAD"; then say "nginx reloaded"; else say "reload failed: $RELOAD"; fi
    fi
}

while true; do
    round
    $ONCE && break
    sleep "$INTERVAL"
done
