#!/usr/bin/env bash
# Failover check on one machine (README, "Running several instances"): MariaDB, two clustered
# instances (config/scripts/cluster.sh) and nginx in front (config/nginx/mobility.conf's settings),
# all on loopback. Logs in through nginx as a demo student, posts a message on her application file,
# opens the page again, kills (SIGKILL) the instance that served her, and checks that she goes on
# without logging in again: the next page is hers, the form opened before the kill still posts, and
# both messages are there. Then that the active health checks (config/scripts/nginx-health.sh)
# marked the dead instance down, so that nginx no longer tries it once its passive timeout is over.
# Prints each step's duration. Exits non-zero on the first failure.
#   config/scripts/failover-check.sh [--keep]      (--keep: leave everything running at the end)
# Uses MariaDB on 127.0.0.1:3306 if one answers (else starts Debian's, installing it if missing),
# with a database of its own (mobility_failover, dropped at the end); installs Debian's nginx if
# missing. Ports: nginx 28080, instances 28081-28082, data grid 26901-26902 (FAILOVER_PORT_BASE=28080
# moves them all). Builds the WAR first if target/ has none. Needs root for apt-get and mariadbd.
set -euo pipefail
ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT_DIR"

KEEP=false
[ "${1:-}" = --keep ] && KEEP=true
BASE=${FAILOVER_PORT_BASE:-28080}
NGINX_PORT=$BASE
RUN=$ROOT_DIR/target/failover
DB=mobility_failover
DB_USER=mobility_failover
DB_PASSWORD=failover-check-only
STUDENT=zoe.gimenez@etudiant.faire-ess.fr
PASSWORD=mobilite2026
export CLUSTER_HTTP_PORT=$((BASE + 1)) CLUSTER_HZ_PORT=$((BASE - 1179)) CLUSTER_RUN_DIR=$RUN/cluster
export CLUSTER_INSTANCES=2 CLUSTER_NAME=mobility-failover CLUSTER_PUBLIC_ADDRESS=127.0.0.1
export MOBILITY_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"
export MOBILITY_DB_USER=$DB_USER MOBILITY_DB_PASSWORD=$DB_PASSWORD MOBILITY_DEMO=true
export MOBILITY_PUBLIC_URL="http://127.0.0.1:$NGINX_PORT/" MOBILITY_TRUSTED_PROXIES=127.0.0.1

STARTED=$SECONDS
STEP_STARTED=$SECONDS
FIGURES=()
log() { printf '\n==> %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
step_done() { FIGURES+=("$1: $((SECONDS - STEP_STARTED)) s"); STEP_STARTED=$SECONDS; }

mariadb_answers() { (exec 3<>/dev/tcp/127.0.0.1/3306) 2>/dev/null; }
mysql_cli() {
    mariadb -h 127.0.0.1 -P 3306 -u root "$@" 2>/dev/null || mariadb -u root "$@" 2>/dev/null \
        || mysql -h 127.0.0.1 -P 3306 -u root "$@"
}

install_missing() {
    local packages=()
    command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || packages+=(nginx)
    command -v curl >/dev/null 2>&1 || packages+=(curl)
    if ! mariadb_answers && ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
        packages+=(mariadb-server)
    fi
    if [ ${#packages[@]} -gt 0 ]; then
        log "Installing ${packages[*]} from Debian packages"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${packages[@]}"
    fi
}

start_mariadb() {
    mariadb_answers && return
    log "Starting MariaDB"
    mkdir -p /run/mysqld
    chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    for _ in $(seq 1 60); do mariadb_answers && return; sleep 1; done
    fail "MariaDB did not start on 127.0.0.1:3306"
}

nginx_bin() { command -v nginx 2>/dev/null || echo /usr/sbin/nginx; }

start_nginx() {
    mkdir -p "$RUN/nginx/logs" "$RUN/nginx/temp"
    local user_line=
    [ "$(id -u)" -eq 0 ] && user_line="user root;"
    # The upstream block of config/nginx/mobility.conf, on this check's ports; X-Upstream tells the
    # check which instance answered (not in the production file: it would show internal addresses).
    cat >"$RUN/nginx/nginx.conf" <<EOF
$user_line
worker_processes 1;
pid $RUN/nginx/nginx.pid;
error_log $RUN/nginx/logs/error.log warn;
events { worker_connections 256; }
http {
    access_log $RUN/nginx/logs/access.log;
    client_body_temp_path $RUN/nginx/temp/body;
    proxy_temp_path $RUN/nginx/temp/proxy;
    fastcgi_temp_path $RUN/nginx/temp/fastcgi;
    uwsgi_temp_path $RUN/nginx/temp/uwsgi;
    scgi_temp_path $RUN/nginx/temp/scgi;
    upstream mobility {
        hash \$cookie_JSESSIONID consistent;
        server 127.0.0.1:$CLUSTER_HTTP_PORT max_fails=2 fail_timeout=10s;
        server 127.0.0.1:$((CLUSTER_HTTP_PORT + 1)) max_fails=2 fail_timeout=10s;
        keepalive 16;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        client_max_body_size 25m;
        location / {
            proxy_pass http://mobility;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_next_upstream error timeout http_502 http_503 http_504;
            proxy_next_upstream_tries 2;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
EOF
    "$(nginx_bin)" -t -q -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf"
    "$(nginx_bin)" -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf"
    # The active health checks (config/scripts/nginx-health.sh), every second here; a check may take 5 s
    # (a busy machine must not make the survivor look dead: with every server failing, all stay in).
    HEALTH_TIMEOUT=5 NGINX_RELOAD="$(nginx_bin) -p $RUN/nginx -c $RUN/nginx/nginx.conf -s reload" \
        config/scripts/nginx-health.sh --conf "$RUN/nginx/nginx.conf" --interval 1 >"$RUN/nginx/health.log" 2>&1 &
    echo $! >"$RUN/nginx/health.pid"
}

stop_nginx() {
    [ -f "$RUN/nginx/health.pid" ] && kill "$(cat "$RUN/nginx/health.pid")" 2>/dev/null || true
    [ -f "$RUN/nginx/nginx.pid" ] && kill "$(cat "$RUN/nginx/nginx.pid")" 2>/dev/null || true
}

cleanup() {
    local status=$?
    if $KEEP; then
        log "Left running (--keep): nginx http://127.0.0.1:$NGINX_PORT/ and its health checks, instances in $RUN/cluster; stop with config/scripts/cluster.sh stop, nginx -s quit and kill \$(cat $RUN/nginx/health.pid)"
        return
    fi
    stop_nginx
    config/scripts/cluster.sh stop >/dev/null 2>&1 || true
    mysql_cli -e "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
    if [ $status -ne 0 ]; then
        echo "--- last SEVERE lines of the instances' logs" >&2
        grep -h -A3 SEVERE "$RUN"/cluster/instance-*/server.log 2>/dev/null | tail -30 >&2 || true
    fi
}

# --- curl through nginx, with one cookie jar (the browser) -------------------------------------
JAR=$RUN/cookies.txt
PAGE=$RUN/page.html
HEADERS=$RUN/headers.txt
# GET or POST (data in "$@"), following redirects; the page in $PAGE, the last status in $STATUS and
# the instance that answered last in $UPSTREAM.
request() {
    local path=$1
    shift
    STATUS=$(curl -s -L -b "$JAR" -c "$JAR" -D "$HEADERS" -o "$PAGE" -w '%{http_code}' --max-time 60 \
        "$@" "http://127.0.0.1:$NGINX_PORT$path")
    UPSTREAM=$(grep -i '^X-Upstream:' "$HEADERS" | tail -1 | tr -d '\r' | sed 's/^[^:]*: *//')
}
field() { grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"" "$2" | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'; }
view_state() { field 'jakarta.faces.ViewState' "$1"; }
nonce() { grep -o 'nonce="[^"]*"' "$1" | head -1 | sed 's/nonce="\(.*\)"/\1/'; }
# Posts form $1 of the saved page $2 with button $3 and fields "name=value"..., as a browser would.
post_form() {
    local form=$1 page=$2 button=$3 path=$4
    shift 4
    local args=(--data-urlencode "$form=$form" --data-urlencode "jakarta.faces.ViewState=$(view_state "$page")"
                --data-urlencode "primefaces.nonce=$(nonce "$page")" --data-urlencode "$form:$button=")
    local pair
    for pair in "$@"; do args+=(--data-urlencode "$form:$pair"); done
    request "$path" "${args[@]}"
}
instance_on() { # the instance number listening on host:port $1
    local port=${1##*:}
    echo $((port - CLUSTER_HTTP_PORT + 1))
}

trap cleanup EXIT
mkdir -p "$RUN"
rm -f "$JAR"
stop_nginx
config/scripts/cluster.sh stop >/dev/null 2>&1 || true

install_missing
start_mariadb
if [ ! -f target/mobility.war ] || [ ! -f target/payara-micro.jar ]; then
    log "Building the WAR (mvn -DskipTests package)"
    mvn -B -q -DskipTests package
fi
step_done "preparation (packages, MariaDB, build)"

log "Database $DB (empty) and its user"
mysql_cli -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
  CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
  GRANT ALL PRIVILEGES ON $DB.* TO '$DB_USER'@'127.0.0.1';
  GRANT ALL PRIVILEGES ON $DB.* TO '$DB_USER'@'localhost';"

log "Two instances, clustered on loopback"
config/scripts/cluster.sh start
for k in 1 2; do
    grep -q "DG Size: 2" "$RUN/cluster/instance-$k/server.log" \
        || fail "instance $k did not see a cluster of two members (see $RUN/cluster/instance-$k/server.log)"
done
step_done "two instances started (the first migrates the schema and loads the demo)"

log "nginx on 127.0.0.1:$NGINX_PORT"
start_nginx
request /health/ready
[ "$STATUS" = 200 ] || fail "readiness through nginx: $STATUS"
# A path that cannot be percent-decoded is answered 400 by the front itself, and by an instance reached
# without the front (the application's step in Payara's listener, platform.web.UndecodablePathGuard;
# Payara alone would log SEVERE and answer an empty 200, payara/Payara#8000).
for malformed in '/%' '/%zz' '/login.xhtml%2'; do
    for port in "$NGINX_PORT" "$CLUSTER_HTTP_PORT" $((CLUSTER_HTTP_PORT + 1)); do
        code=$(curl -s -o /dev/null -w '%{http_code}' --path-as-is --max-time 10 "http://127.0.0.1:$port$malformed")
        [ "$code" = 400 ] || fail "GET $malformed on port $port answered $code, not 400"
    done
done
! grep -q "Illegal hex characters" "$RUN"/cluster/instance-*/server.log \
    || fail "an instance logged the undecodable path as a server error"

log "Logging in through nginx as $STUDENT"
request /login.xhtml
cp "$PAGE" "$RUN/login.html"
post_form login "$RUN/login.html" submit /login.xhtml "email=$STUDENT" "password=$PASSWORD"
[ "$STATUS" = 200 ] && ! grep -q 'id="login"' "$PAGE" || fail "login refused (status $STATUS)"
request /student/applications/list.xhtml
FILE=$(grep -o 'href="[^"]*applications/file.xhtml[^"]*"' "$PAGE" | head -1 | sed 's/href="\(.*\)"/\1/; s/&amp;/\&/g' || true)
[ -n "$FILE" ] || fail "no application file in the student's list"
case $FILE in /*) ;; *) FILE=/student/applications/$FILE ;; esac
step_done "login and first pages"

log "Working: a message on $FILE"
BEFORE="Message avant la panne $RANDOM$RANDOM"
request "$FILE"
cp "$PAGE" "$RUN/file.html"
post_form thread "$RUN/file.html" send "$FILE" "comment=$BEFORE"
grep -q 'Message envoyé' "$PAGE" || fail "the message was not sent (status $STATUS)"
request "$FILE"
grep -q "$BEFORE" "$PAGE" || fail "the message is not on the page"
# A page opened before the failure: its form is posted after it.
cp "$PAGE" "$RUN/open-before.html"
SERVED_BY=$UPSTREAM
VICTIM=$(instance_on "$SERVED_BY")
[ "$VICTIM" = 1 ] || [ "$VICTIM" = 2 ] || fail "cannot tell which instance answered (X-Upstream: '$SERVED_BY')"
SESSION_BEFORE=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR" | tail -1)
step_done "message posted, page opened (served by instance $VICTIM)"

log "Killing instance $VICTIM (SIGKILL), which served the session"
kill -9 "$(cat "$RUN/cluster/instance-$VICTIM/pid")"
KILLED_AT=$(date +%s)
sleep 1

log "Going on as the same user"
FAILOVER_STARTED=$(date +%s%N)
request "$FILE"
FIRST_PAGE_MS=$((($(date +%s%N) - FAILOVER_STARTED) / 1000000))
[ "$STATUS" = 200 ] || fail "the page after the failure answered $STATUS"
grep -q 'id="login"' "$PAGE" && fail "the user was sent back to the login page: the session did not survive"
grep -q "$BEFORE" "$PAGE" || fail "the page after the failure does not show the message"
[ "$(instance_on "$UPSTREAM")" != "$VICTIM" ] || fail "answered by the killed instance?"
SURVIVOR=$(instance_on "$UPSTREAM")
AFTER="Message après la panne $RANDOM$RANDOM"
post_form thread "$RUN/open-before.html" send "$FILE" "comment=$AFTER"
if grep -q 'Message envoyé' "$PAGE"; then
    OLD_FORM="posted (its view state travelled with the session)"
elif grep -qi 'expir' "$PAGE"; then
    OLD_FORM="answered with the expired-page message"
else
    fail "the form opened before the failure got neither the message nor the expired-page answer (status $STATUS)"
fi
request "$FILE"
grep -q "$BEFORE" "$PAGE" && grep -q "$AFTER" "$PAGE" || fail "the messages are not both on the page after the failover"
SESSION_AFTER=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR" | tail -1)
step_done "failover checked"

VICTIM_ADDRESS=127.0.0.1:$((CLUSTER_HTTP_PORT + VICTIM - 1))
log "Active health check: $VICTIM_ADDRESS marked down"
for _ in $(seq 1 20); do
    grep -q "server $VICTIM_ADDRESS .*down;" "$RUN/nginx/nginx.conf" && break
    sleep 0.5
done
grep -q "server $VICTIM_ADDRESS .*down;" "$RUN/nginx/nginx.conf" \
    || fail "the health checks did not mark the killed instance down (see $RUN/nginx/health.log)"
grep -q "$VICTIM_ADDRESS down" "$RUN/nginx/health.log" && grep -q "nginx reloaded" "$RUN/nginx/health.log" \
    || fail "no 'down' and reload in $RUN/nginx/health.log"
MARKED_AT=$(date -d "$(grep "$VICTIM_ADDRESS down" "$RUN/nginx/health.log" | head -1 | cut -c1-19)" +%s)
MARKED_AFTER=$((MARKED_AT - KILLED_AT))
# Past nginx's passive timeout (fail_timeout=10s), which alone would try the dead instance again: no
# request, with or without a session, goes to it.
sleep 11
: >"$RUN/upstreams.txt"
for _ in 1 2 3 4 5 6; do
    curl -s -o /dev/null -D - --max-time 10 "http://127.0.0.1:$NGINX_PORT/health/ready" | grep -i '^X-Upstream:' >>"$RUN/upstreams.txt"
    request "$FILE"
    echo "X-Upstream: $UPSTREAM" >>"$RUN/upstreams.txt"
done
[ "$(grep -c . "$RUN/upstreams.txt")" = 12 ] || fail "12 answers expected: $(cat "$RUN/upstreams.txt")"
! grep -q "$VICTIM_ADDRESS" "$RUN/upstreams.txt" || fail "nginx still tried the instance marked down: $(cat "$RUN/upstreams.txt")"
step_done "active health check (marked down ${MARKED_AFTER} s after the kill, then skipped)"

log "Passed in $((SECONDS - STARTED)) s"
echo "Session served by instance $VICTIM, killed; instance $SURVIVOR took over without a new login."
echo "First page after the kill: ${FIRST_PAGE_MS} ms. Form opened before the kill: $OLD_FORM."
[ "$SESSION_BEFORE" = "$SESSION_AFTER" ] && echo "Session cookie unchanged." || echo "Session cookie changed: $SESSION_BEFORE -> $SESSION_AFTER"
printf '  %s\n' "${FIGURES[@]}"
