#!/usr/bin/env bash
# Backs up the application's database into one file (README, Operations).
#   config/scripts/backup.sh [--env-file FILE] [BACKUP_FILE]
# H2 (the embedded database): a SQL script of the whole database, zipped (H2's Script tool); the
#   application must be stopped, since the embedded database is locked while it runs.
# MySQL/MariaDB: mariadb-dump (or mysqldump) of the database in one consistent transaction, gzipped;
#   the application may keep running.
# Default file: backups/mobility-<UTC date-time>.h2.zip or .mysql.sql.gz. Uploaded documents are
# stored in the database: the file holds everything the application keeps.
set -euo pipefail
. "$(dirname "$0")/db-common.sh"

OUT=
while [ $# -gt 0 ]; do
    case $1 in
        --env-file) load_env_file "$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        -*) die "unknown option $1" ;;
        *) OUT=$1; shift ;;
    esac
done
read_settings
trap clean_work_dir EXIT

STAMP=$(date -u +%Y%m%d-%H%M%S)
if [ -z "$OUT" ]; then
    mkdir -p backups
    if [ "$DB_VENDOR" = h2 ]; then OUT=backups/mobility-$STAMP.h2.zip; else OUT=backups/mobility-$STAMP.mysql.sql.gz; fi
fi
mkdir -p "$(dirname "$OUT")"
PARTIAL=$OUT.partial
rm -f "$PARTIAL"
# A failed backup leaves no half-written file behind.
trap 'rm -f "$PARTIAL"; clean_work_dir' EXIT

if [ "$DB_VENDOR" = h2 ]; then
    [ -f "$H2_FILE.mv.db" ] || die "no H2 database at $H2_FILE.mv.db (check MOBILITY_DATA_DIR)"
    find_h2_jar
    # IFEXISTS: never create an empty database by mistake.
    h2_tool org.h2.tools.Script -url "$DB_URL;IFEXISTS=TRUE" -user "$DB_USER" -password "$DB_PASSWORD" \
        -script "$PARTIAL" -options COMPRESSION ZIP || die "backup failed"
else
    mysql_clients
    "$MYSQLDUMP" --defaults-extra-file="$MYSQL_OPTIONS" "${MYSQL_SSL[@]}" --single-transaction --quick \
        --hex-blob --default-character-set=utf8mb4 --no-tablespaces --skip-comments "$DB_NAME" \
        | gzip > "$PARTIAL"
fi
mv "$PARTIAL" "$OUT"
say "$DB_VENDOR database saved to $OUT ($(wc -c < "$OUT") bytes)"
echo "$OUT"
