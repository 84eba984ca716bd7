#!/usr/bin/env bash
# Prepares the portal's fast start: the extracted jar layout and a JDK AOT cache made by a training run.
#
#   deploy/aot-cache.sh target/sendclean-portal-<version>.jar /opt/portal
#   java -XX:AOTCache=/opt/portal/portal.aot -jar /opt/portal/portal.jar
#
# Run it with the java that will run the portal (JDK 25 or newer): the cache is only used by the same JVM build and
# the same class path; a mismatched cache is ignored with a warning and the portal starts the slow way. The training
# run starts the portal once against a throwaway embedded PostgreSQL and a throwaway keyset in a temporary
# directory, stops it as soon as its context is ready, and touches no real database, keyset or data directory.
set -euo pipefail
jar=${1:?usage: aot-cache.sh JAR DESTINATION}
destination=${2:?usage: aot-cache.sh JAR DESTINATION}
java=${JAVA:-java}

"$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput \
  || { echo "$("$java" -version 2>&1 | head -1): the AOT cache needs JDK 25 or newer" >&2; exit 1; }

mkdir -p "$destination"
destination=$(cd "$destination" && pwd)
rm -rf "$destination/lib" "$destination/portal.jar" "$destination/portal.aot"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$destination/extract" --force >/dev/null
mv "$destination/extract/lib" "$destination/lib"
mv "$destination/extract/"*.jar "$destination/portal.jar"
rm -rf "$destination/extract"

training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
# the training portal owns its temporary directory; embedded PostgreSQL refuses to run as root without it
chmod 700 "$training"
"$java" -jar "$destination/portal.jar" keyset create "$training/keyset.json" >/dev/null
(
  cd "$training"
  unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD SPRING_PROFILES_ACTIVE \
        PORTAL_CRYPTO_KEYSET JAVA_TOOL_OPTIONS
  PORTAL_DATA_DIR="$training/data" \
  PORTAL_CRYPTO_KEYSETFILE="$training/keyset.json" \
  PORTAL_BOOTSTRAP_ADMINPASSWORD="aot-training-$(date +%s%N)-passphrase" \
  exec "$java" -XX:AOTCacheOutput="$destination/portal.aot" -Dspring.context.exit=onRefresh \
       -jar "$destination/portal.jar" --server.port=0
) >"$training/training.log" 2>&1 || { cat "$training/training.log" >&2; echo "The AOT training run failed" >&2; exit 1; }
[[ -s "$destination/portal.aot" ]] || { cat "$training/training.log" >&2; echo "The training run wrote no AOT cache" >&2; exit 1; }
echo "Start the portal with: $java -XX:AOTCache=$destination/portal.aot -jar $destination/portal.jar"
