#!/usr/bin/env bash
# Makes the PostgreSQL that MIDAS_TEST_PG_URL names ready for the central server's tests:
# installs Debian's postgresql where no cluster exists (and then lets loopback connect without a
# password, on that new test cluster only), starts it where it is down, creates the role and the
# database where they are missing. A URL to another host is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
url=${MIDAS_TEST_PG_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test}
read -r pg_user pg_host pg_port pg_db < <(.venv/bin/python -c '
import sys
from sqlalchemy.engine import make_url
u = make_url(sys.argv[1])
print(u.username or "postgres", u.host or "127.0.0.1", u.port or 5432, u.database or "test")' "$url")
case "$pg_host" in 127.0.0.1|localhost|::1) ;; *) exit 0 ;; esac
as_root=(); [ "$(id -u)" -ne 0 ] && as_root=(sudo)

fresh_cluster=0
if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  # The postgres account must be able to enter / (a bare chroot's root can be root-only).
  [ "$(stat -c %A / | cut -c 10)" = "x" ] || "${as_root[@]}" chmod o+rx /
  if ! command -v pg_createcluster >/dev/null; then
    echo "test_postgres: installing Debian's postgresql" >&2
    "${as_root[@]}" apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --no-install-recommends postgresql >/dev/null
  fi
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  ls /etc/postgresql/*/main >/dev/null 2>&1 || "${as_root[@]}" pg_createcluster "$version" main >/dev/null
  fresh_cluster=1
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
if [ $fresh_cluster -eq 1 ]; then
  hba=/etc/postgresql/$version/main/pg_hba.conf
  printf 'host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n%s\n' "$(cat "$hba")" | "${as_root[@]}" tee "$hba" >/dev/null
  "${as_root[@]}" sed -i "s/^#\?port = .*/port = $pg_port/" "/etc/postgresql/$version/main/postgresql.conf"
fi
if ! pg_isready -q -h "$pg_host" -p "$pg_port"; then
  "${as_root[@]}" pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do pg_isready -q -h "$pg_host" -p "$pg_port" && break; sleep 1; done
fi
# Over TCP as the URL's user when that works (a server that trusts loopback, or the URL's own);
# otherwise through the local socket as the postgres account (Debian's default peer login).
tcp_psql() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -tA "$@"; }
if tcp_psql -c "SELECT 1" >/dev/null 2>&1; then
  tcp_psql -c "SELECT 1 FROM pg_database WHERE datname = '$pg_db'" | grep -q 1 \
    || tcp_psql -qc "CREATE DATABASE \"$pg_db\""
  exit 0
fi
as_postgres() { (cd /tmp && if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi); }
as_postgres "psql -p $pg_port -tAc \"SELECT 1 FROM pg_roles WHERE rolname = '$pg_user'\" | grep -q 1 \
  || psql -p $pg_port -qc 'CREATE ROLE \"$pg_user\" LOGIN SUPERUSER'"
as_postgres "psql -p $pg_port -tAc \"SELECT 1 FROM pg_database WHERE datname = '$pg_db'\" | grep -q 1 \
  || psql -p $pg_port -qc 'CREATE DATABASE \"$pg_db\" OWNER \"$pg_user\"'"
