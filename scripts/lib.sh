# Shared helpers for scripts/run, scripts/test and scripts/purge. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs Debian packages that are missing. Needs root (or sudo); says so otherwise.
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "Missing packages: ${missing[*]}. Install them as root: apt-get install ${missing[*]}" >&2; return 1
    fi
  fi
  log "Installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pg_bin() {
  local dir
  # An explicit 0: a bare return inside an EXIT trap returns the status the script exited with.
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }; done
  echo "PostgreSQL server binaries not found (Debian package postgresql-15)." >&2
  return 1
}

# Runs a command as the cluster's OS user: postgres refuses to run as root.
as_pg_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# init_cluster DATA_DIR: a private cluster, local socket trusted, TCP by password (SCRAM).
init_cluster() {
  local data="$1" bin
  bin="$(pg_bin)"
  mkdir -p "$data"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql --shell /bin/bash postgres
    chown -R postgres "$data"
    # The cluster user must be able to reach the data directory through the checkout's folders.
    local dir="$data"
    while [ "$dir" != "/" ]; do dir="$(dirname "$dir")"; chmod o+x "$dir" 2>/dev/null || true; done
  fi
  chmod 700 "$data"
  as_pg_user "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null
}

# start_cluster DATA_DIR PORT
start_cluster() {
  local data="$1" port="$2" bin
  bin="$(pg_bin)"
  as_pg_user "$bin/pg_ctl" -D "$data" -w -t 60 -l "$data/server.log" \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=${PG_FSYNC:-on} -c max_connections=200" start >/dev/null
}

stop_cluster() {
  local data="$1" bin
  bin="$(pg_bin)"
  [ -f "$data/postmaster.pid" ] && as_pg_user "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

# psql_super DATA_DIR PORT SQL...
psql_super() {
  local data="$1" port="$2"; shift 2
  as_pg_user "$(pg_bin)/psql" -h "$data" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q "$@"
}

# create_roles DATA_DIR PORT: the schema owner (runs migrations) and the application's login,
# which is a member of rmt_app and owns nothing, so row-level security binds it.
create_roles() {
  local data="$1" port="$2"
  psql_super "$data" "$port" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rmt_app') THEN CREATE ROLE rmt_app NOLOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rmt_owner') THEN
    CREATE ROLE rmt_owner LOGIN CREATEDB PASSWORD 'rmt-owner-local';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rmt_web') THEN
    CREATE ROLE rmt_web LOGIN NOBYPASSRLS PASSWORD 'rmt-web-local' IN ROLE rmt_app;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                 WHERE r.rolname = 'rmt_app' AND u.rolname = 'rmt_owner') THEN
    GRANT rmt_app TO rmt_owner WITH ADMIN OPTION;
  END IF;
END $$;
SQL
}

# Without ConnectionStrings__Rmt: starts the private cluster under .data/ (created on first use), creates
# the roles and the database, exports both connection strings, and stops the cluster when the script exits.
use_private_database() {
  [ -n "${ConnectionStrings__Rmt:-}" ] && return 0
  DATA="$ROOT/.data/postgres"
  PORT="${RMT_PG_PORT:-5433}"
  if [ ! -f "$DATA/PG_VERSION" ]; then
    log "Creating a private PostgreSQL cluster in .data/postgres"
    init_cluster "$DATA"
  fi
  log "Starting PostgreSQL on 127.0.0.1:$PORT"
  start_cluster "$DATA" "$PORT"
  trap 'log "Stopping PostgreSQL"; stop_cluster "$DATA"' EXIT
  create_roles "$DATA" "$PORT"
  psql_super "$DATA" "$PORT" -tAc "SELECT 1 FROM pg_database WHERE datname = 'rmt'" | grep -q 1 \
    || psql_super "$DATA" "$PORT" -c "CREATE DATABASE rmt OWNER rmt_owner"
  export ConnectionStrings__Rmt="Host=127.0.0.1;Port=$PORT;Database=rmt;Username=rmt_web;Password=rmt-web-local"
  export ConnectionStrings__RmtMigrations="Host=127.0.0.1;Port=$PORT;Database=rmt;Username=rmt_owner;Password=rmt-owner-local"
}
