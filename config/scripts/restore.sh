#!/usr/bin/env bash
# Restores the application's database from a file written by backup.sh (README, Operations).
#   config/scripts/restore.sh [--env-file FILE] [--yes] BACKUP_FILE
# Stop the application first. Everything in the configured database is replaced by the backup's
# content; what was there is first put aside: H2 keeps its files renamed *.before-restore-<date>,
# MySQL/MariaDB is first saved by backup.sh to backups/before-restore-<date>.mysql.sql.gz.
# Asks for confirmation unless --yes is given. A backup restores into the same kind of database.
set -euo pipefail
. "$(dirname "$0")/db-common.sh"

IN=
YES=false
while [ $# -gt 0 ]; do
    case $1 in
        --env-file) load_env_file "$2"; shift 2 ;;
        --yes) YES=true; shift ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        -*) die "unknown option $1" ;;
        *) IN=$1; shift ;;
    esac
done
[ -n "$IN" ] || die "which backup file? (config/scripts/restore.sh BACKUP_FILE)"
[ -r "$IN" ] || die "cannot read $IN"
read_settings
trap clean_work_dir EXIT

KIND=$(backup_kind "$IN")
[ "$KIND" = "$DB_VENDOR" ] || die "$IN is not a backup of a $DB_VENDOR database (it looks like: $KIND)"
if [ "$DB_VENDOR" = h2 ]; then TARGET=$H2_FILE; else TARGET="$DB_NAME on $DB_HOST:$DB_PORT"; fi
if [ "$YES" != true ]; then
    [ -t 0 ] || die "not confirmed: add --yes to replace $TARGET without a question"
    read -r -p "Replace everything in the $DB_VENDOR database $TARGET with $IN? [y/N] " answer
    [[ $answer == [yYoO]* ]] || die "nothing done"
fi

STAMP=$(date -u +%Y%m%d-%H%M%S)
if [ "$DB_VENDOR" = h2 ]; then
    find_h2_jar
    ASIDE=()
    for f in "$H2_FILE".mv.db "$H2_FILE".trace.db; do
        if [ -f "$f" ]; then
            # A database held by a running application cannot be opened: refuse before moving anything.
            if [ ${#ASIDE[@]} -eq 0 ]; then
                h2_tool org.h2.tools.Shell -url "$DB_URL;IFEXISTS=TRUE" -user "$DB_USER" -password "$DB_PASSWORD" -sql "SELECT 1" >/dev/null \
                    || die "cannot open the H2 database $H2_FILE"
            fi
            mv "$f" "$f.before-restore-$STAMP"
            ASIDE+=("$f")
        fi
    done
    mkdir -p "$(dirname "$H2_FILE")"
    if ! h2_tool org.h2.tools.RunScript -url "$DB_URL" -user "$DB_USER" -password "$DB_PASSWORD" \
            -script "$IN" -options COMPRESSION ZIP; then
        rm -f "$H2_FILE".mv.db "$H2_FILE".trace.db
        for f in "${ASIDE[@]}"; do mv "$f.before-restore-$STAMP" "$f"; done
        die "restore failed; the previous database is back in place"
    fi
    [ ${#ASIDE[@]} -eq 0 ] || say "previous database kept as ${ASIDE[0]}.before-restore-$STAMP"
else
    mysql_clients
    SAFETY=$(dirname "$IN")/before-restore-$STAMP.mysql.sql.gz
    "$(dirname "$0")/backup.sh" "$SAFETY" >/dev/null
    say "previous content saved to $SAFETY"
    # Every table goes first (tables a later schema added included), then the dump is loaded, in one session.
    TABLES=$("$MYSQL" --defaults-extra-file="$MYSQL_OPTIONS" "${MYSQL_SSL[@]}" -N -B -e \
        "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()" "$DB_NAME")
    {
        echo "SET FOREIGN_KEY_CHECKS = 0;"
        for t in $TABLES; do echo "DROP TABLE IF EXISTS \`$t\`;"; done
        echo "SET FOREIGN_KEY_CHECKS = 1;"
        gzip -dc "$IN"
    } | "$MYSQL" --defaults-extra-file="$MYSQL_OPTIONS" "${MYSQL_SSL[@]}" --default-character-set=utf8mb4 "$DB_NAME" \
        || die "restore failed; the previous content is in $SAFETY"
fi
say "$DB_VENDOR database $TARGET restored from $IN"
