#!/usr/bin/env bash
# Configures an unpacked WildFly for Attune, as the build does after packaging the WAR:
#   1. applies every wildfly-config/NN-*.cli in name order to standalone.xml, in one embedded (offline) server;
#   2. deploys the WAR at the context root (standalone/deployments/ROOT.war) for the README's Run command;
#   3. gives the integration tests a server base directory of their own (a copy of the configuration), so that
#      tests never see the Run server's data or deployments.
# Usage: prepare-server.sh WILDFLY_HOME WAR IT_BASE_DIR
set -euo pipefail
home=$1 war=$2 it_base=$3
here=$(cd "$(dirname "$0")" && pwd)

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --server-config=standalone.xml --std-out=discard"
  for cli in "$here"/[0-9][0-9]-*.cli; do cat "$cli"; echo; done
  echo "stop-embedded-server"
} >"$script"
JAVA_OPTS="-Xmx256m" "$home/bin/jboss-cli.sh" --file="$script" >/dev/null

rm -f "$home"/standalone/deployments/ROOT.war*
cp "$war" "$home/standalone/deployments/ROOT.war"

rm -rf "$it_base"
mkdir -p "$it_base"
cp -r "$home/standalone/configuration" "$it_base/"
echo "WildFly configured at $home (integration-test base: $it_base)"
