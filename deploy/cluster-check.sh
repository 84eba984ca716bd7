#!/usr/bin/env bash
# The cluster proof (issue 17): validates deploy/haproxy.cfg, then runs `./mvnw -Pcluster verify`, which builds the
# production jar, starts two of them and HAProxy with deploy/haproxy.cfg on a fresh database of the PostgreSQL server
# at 127.0.0.1:5432, with the sandbox from the same jar as their SendClean (java -jar <jar> sandbox --port=N), signs
# in through HAProxy in Chromium, edits a limit, stops the instance serving that session, and checks that the user
# signs in again through HAProxy and sees the saved value (HaproxyClusterCheck).
# Needs Java 21+ in JAVA_HOME and Chromium; installs haproxy when it is missing. Logs go to target/cluster/.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v haproxy >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
fi
haproxy -v | sed -n 1p
# the shipped file, with the compose defaults and with the addresses the check uses
haproxy -c -q -f deploy/haproxy.cfg
PORTAL1_ADDR=127.0.0.1:1 PORTAL2_ADDR=127.0.0.1:2 HAPROXY_BIND=127.0.0.1:18080 haproxy -c -q -f deploy/haproxy.cfg
echo "deploy/haproxy.cfg is valid."

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
database="portal_cluster_$$"
psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -c "create database $database"
trap 'psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $database with (force)" || true' EXIT

SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$database" \
SPRING_DATASOURCE_USERNAME=postgres \
SPRING_DATASOURCE_PASSWORD= \
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
  ./mvnw -B -Pcluster verify
echo "Cluster check: two jars behind HAProxy; a stopped instance's user signed in again and saw the saved limit."
