#!/usr/bin/env bash
# Configures an unpacked WildFly for Attune, as the build does after packaging the WAR:
#   0. installs the modules under wildfly-config/modules (the PostgreSQL JDBC driver, whose jar the build copied
#      to target/jdbc from Maven Central);
#   1. applies every wildfly-config/NN-*.cli in name order to standalone.xml, in one embedded (offline) server,
#      and the same plus wildfly-config/cluster/NN-*.cli to standalone-ha.xml (the cluster's configuration); and
#      appends wildfly-config/jvm.conf (heap and GC settings) to bin/standalone.conf;
#   2. deploys the WAR at the context root (standalone/deployments/ROOT.war) for the README's Run command;
#   3. gives the integration tests a server base directory of their own (a copy of the configuration), so that
#      tests never see the Run server's data or deployments.
# Usage: prepare-server.sh WILDFLY_HOME WAR IT_BASE_DIR
set -euo pipefail
home=$1 war=$2 it_base=$3
here=$(cd "$(dirname "$0")" && pwd)

jdbc=$(dirname "$war")/jdbc
cp -r "$here/modules/." "$home/modules/"
cp "$jdbc/postgresql.jar" "$home/modules/org/postgresql/main/postgresql.jar"

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --server-config=standalone.xml --std-out=discard"
  for cli in "$here"/[0-9][0-9]-*.cli; do cat "$cli"; echo; done
  echo "stop-embedded-server"
  # The cluster's configuration: the same, plus what clustering needs (wildfly-config/cluster).
  echo "embed-server --server-config=standalone-ha.xml --std-out=discard"
  for cli in "$here"/[0-9][0-9]-*.cli "$here"/cluster/[0-9][0-9]-*.cli; do cat "$cli"; echo; done
  echo "stop-embedded-server"
} >"$script"
# The cluster's key store (cluster/10-cluster.cli) is configured with the expression ${env.ATTUNE_CLUSTER_SECRET},
# which WildFly insists on resolving as it is added: a placeholder lets it, and only the expression is written.
ATTUNE_CLUSTER_SECRET=placeholder-while-configuring JAVA_OPTS="-Xmx256m" "$home/bin/jboss-cli.sh" --file="$script" >/dev/null

# jvm.conf goes at the end of standalone.conf, replacing what an earlier build appended there.
sed -i '/^# Attune: wildfly-config\/jvm.conf$/,$d' "$home/bin/standalone.conf"
{ echo "# Attune: wildfly-config/jvm.conf"; cat "$here/jvm.conf"; } >>"$home/bin/standalone.conf"

rm -f "$home"/standalone/deployments/ROOT.war*
cp "$war" "$home/standalone/deployments/ROOT.war"

rm -rf "$it_base"
mkdir -p "$it_base"
cp -r "$home/standalone/configuration" "$it_base/"
echo "WildFly configured at $home (integration-test base: $it_base)"
