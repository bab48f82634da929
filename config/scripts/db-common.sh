# Shared by backup.sh and restore.sh (sourced, not run): reads the application's database settings
# the way the application does (platform/config/Settings) and finds the tools each database needs.
# Settings come from the environment (MOBILITY_DB_URL, MOBILITY_DB_USER, MOBILITY_DB_PASSWORD,
# MOBILITY_DATA_DIR) or from an env file given with --env-file (NAME=value lines, as
# config/mobility.env.example); an empty value counts as unset, as in the application.

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

die() { echo "$(basename "$0"): $*" >&2; exit 1; }
say() { echo "$(basename "$0"): $*" >&2; }

# Reads NAME=value lines (comments and blank lines skipped, no quotes needed) into the environment.
load_env_file() {
    local file=$1 line name value
    [ -r "$file" ] || die "cannot read the env file $file"
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line%$'\r'}
        case $line in ''|'#'*) continue ;; esac
        name=${line%%=*}
        value=${line#*=}
        # A value quoted for a shell ('…' or "…") is taken without its quotes.
        if [[ $value =~ ^\'(.*)\'$ || $value =~ ^\"(.*)\"$ ]]; then value=${BASH_REMATCH[1]}; fi
        [[ $name =~ ^[A-Z_][A-Z0-9_]*$ ]] || continue
        export "$name=$value"
    done < "$file"
}

# Sets DB_VENDOR (h2 | mysql) and what the vendor needs, from the settings.
read_settings() {
    DB_URL=${MOBILITY_DB_URL:-}
    DB_USER=${MOBILITY_DB_USER:-}
    DB_PASSWORD=${MOBILITY_DB_PASSWORD:-}
    if [ -z "$DB_URL" ]; then
        local dir=${MOBILITY_DATA_DIR:-./.data}
        DB_URL="jdbc:h2:file:$dir/mobility"
    fi
    case $DB_URL in
        jdbc:h2:*)
            DB_VENDOR=h2
            DB_USER=${DB_USER:-sa}
            case ${DB_URL^^} in *";MODE="*) ;; *) DB_URL="$DB_URL;MODE=LEGACY" ;; esac
            local path=${DB_URL#jdbc:h2:}
            path=${path#file:}
            H2_FILE=${path%%;*}
            ;;
        jdbc:mysql://*|jdbc:mariadb://*)
            DB_VENDOR=mysql
            local rest=${DB_URL#jdbc:*://}
            local address=${rest%%/*}
            [[ $address == *,* ]] && die "a JDBC URL with several hosts is not supported: give one host"
            local query=
            [[ $rest == *\?* ]] && query=${rest#*\?}
            rest=${rest#*/}
            DB_NAME=${rest%%\?*}
            [ -n "$DB_NAME" ] || die "the JDBC URL names no database"
            DB_HOST=${address%%:*}
            DB_PORT=3306
            [[ $address == *:* ]] && DB_PORT=${address##*:}
            SSL_WANTED=default
            case ";${query//&/;};" in
                *";sslMode=DISABLED;"*|*";useSSL=false;"*) SSL_WANTED=off ;;
                *";sslMode=REQUIRED;"*|*";sslMode=VERIFY_CA;"*|*";sslMode=VERIFY_IDENTITY;"*|*";useSSL=true;"*) SSL_WANTED=on ;;
            esac
            ;;
        *) die "unsupported MOBILITY_DB_URL (expected jdbc:h2:… or jdbc:mysql://…)" ;;
    esac
}

# H2: the H2 jar the application runs (the version in pom.xml): $H2_JAR, else the one in the WAR
# ($MOBILITY_WAR, default target/mobility.war), else Maven's local repository.
find_h2_jar() {
    if [ -n "${H2_JAR:-}" ]; then
        [ -r "$H2_JAR" ] || die "H2_JAR=$H2_JAR is not readable"
        return
    fi
    local war=${MOBILITY_WAR:-$ROOT_DIR/target/mobility.war}
    if [ -r "$war" ] && command -v unzip >/dev/null 2>&1; then
        local entry
        entry=$(unzip -Z1 "$war" 2>/dev/null | grep -m1 '^WEB-INF/lib/h2-.*\.jar$' || true)
        if [ -n "$entry" ]; then
            WORK_DIR=${WORK_DIR:-$(mktemp -d)}
            unzip -q -o "$war" "$entry" -d "$WORK_DIR"
            H2_JAR=$WORK_DIR/$entry
            return
        fi
    fi
    local version
    version=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' "$ROOT_DIR/pom.xml" 2>/dev/null | head -1)
    version=${version:-2.2.224}
    local repo=${MAVEN_REPO:-$HOME/.m2/repository}
    H2_JAR=$repo/com/h2database/h2/$version/h2-$version.jar
    [ -r "$H2_JAR" ] || die "H2 $version not found: build the WAR (mvn -DskipTests package) or set H2_JAR"
}

java_cmd() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"; else echo java; fi
}

# Runs an H2 tool; says plainly when the database is held by a running application.
h2_tool() {
    local output
    if ! output=$("$(java_cmd)" -cp "$H2_JAR" "$@" 2>&1); then
        if [[ $output == *"already in use"* || $output == *"locked by another process"* ]]; then
            die "the H2 database $H2_FILE is in use: stop the application first (the embedded database is locked while it runs)"
        fi
        echo "$output" >&2
        say "H2 tool $1 failed"
        return 1
    fi
}

# MySQL/MariaDB: the client programs, and the password in an option file readable by us only (not on
# the command line, where any user of the machine could read it).
mysql_clients() {
    MYSQL=$(command -v mariadb || command -v mysql || true)
    MYSQLDUMP=$(command -v mariadb-dump || command -v mysqldump || true)
    [ -n "$MYSQL" ] && [ -n "$MYSQLDUMP" ] || die "the MySQL/MariaDB client programs are missing (Debian: apt-get install mariadb-client)"
    # The URL's TLS choice, in the client's own words (MariaDB's and MySQL 8's clients differ).
    MYSQL_SSL=()
    if "$MYSQL" --version 2>/dev/null | grep -q MariaDB; then
        case $SSL_WANTED in off) MYSQL_SSL=(--skip-ssl) ;; on) MYSQL_SSL=(--ssl) ;; esac
    else
        case $SSL_WANTED in off) MYSQL_SSL=(--ssl-mode=DISABLED) ;; on) MYSQL_SSL=(--ssl-mode=REQUIRED) ;; esac
    fi
    WORK_DIR=${WORK_DIR:-$(mktemp -d)}
    MYSQL_OPTIONS=$WORK_DIR/client.cnf
    (umask 077; printf '[client]\nuser="%s"\npassword="%s"\nhost="%s"\nport=%s\n' \
        "$(option_value "$DB_USER")" "$(option_value "$DB_PASSWORD")" "$DB_HOST" "$DB_PORT" > "$MYSQL_OPTIONS")
}

# A value between double quotes in an option file: backslashes and quotes escaped.
option_value() {
    local value=${1//\\/\\\\}
    printf '%s' "${value//\"/\\\"}"
}

clean_work_dir() {
    if [ -n "${WORK_DIR:-}" ]; then rm -rf "$WORK_DIR"; fi
}

# zip (H2's SCRIPT … COMPRESSION ZIP) or gzip (a MySQL dump), from the file's first bytes.
backup_kind() {
    local magic
    magic=$(head -c 2 "$1" | od -An -tx1 | tr -d ' \n')
    case $magic in
        504b) echo h2 ;;
        1f8b) echo mysql ;;
        *) echo unknown ;;
    esac
}
