#!/usr/bin/env bash
# Nobody joins the cluster without its secret. Against a running cluster (start-cluster.sh), starts two more WildFly
# nodes on this machine that try to join it through the same member list, and checks that the cluster's view stays
# node1 and node2 while each of them is turned away:
#   - intruder-auth holds the cluster's key but not its secret (its AUTH token is another): the coordinator refuses
#     its join request (AUTH);
#   - intruder-key has another secret, and so a key of its own: nothing it sends can be read (SYM_ENCRYPT).
# Also checks that the nodes send heap dumps to a directory only their user can read. Run by failover-test.sh once
# the cluster is up (about a minute); alone, with the cluster running and the same environment:
#
#   src/test/cluster/intruder-test.sh
set -euo pipefail
umask 077
root=$(cd "$(dirname "$0")/../../.." && pwd)
home=$(ls -d "$root"/target/wildfly-*/ | head -1)
home=${home%/}
cluster="$root/target/cluster"
: "${ATTUNE_CLUSTER_SECRET:?run with the ATTUNE_CLUSTER_SECRET that start-cluster.sh was given}"

cli() {
  "$home/bin/jboss-cli.sh" -c --controller="127.0.0.1:$1" --command="$2" 2>/dev/null
}
view_of_node1() {
  cli 10090 '/subsystem=jgroups/channel=ee:read-attribute(name=view)' | sed -n 's/.*"result" => "\(.*\)".*/\1/p'
}
fail() {
  echo "intruder-test: $*" >&2
  exit 1
}
# A view reads like "[node1(v=16.0.5)|1] (2) [node1(v=16.0.5), node2(v=16.0.5)]": two members, node1 and node2.
just_the_two_nodes() {
  local view
  view=$(view_of_node1)
  [[ $view == *"(2) ["* && $view == *node1* && $view == *node2* && $view != *intruder* ]]
}

just_the_two_nodes || fail "the cluster is not up with node1 and node2: $(view_of_node1)"

# Heap dumps hold everything in memory: they must go to a directory of the server's user alone.
for node in node1 node2; do
  java_pid=$(pgrep -P "$(cat "$cluster/$node.pid")" java | head -1)
  dumps=$(tr '\0' '\n' <"/proc/$java_pid/cmdline" | sed -n 's/^-XX:HeapDumpPath=//p')
  [ "$dumps" = "$cluster/$node/log/heapdumps" ] || fail "$node sends heap dumps to '$dumps'"
  [ "$(stat -c '%a %U' "$dumps")" = "700 $(id -un)" ] || fail "$dumps is $(stat -c '%a %U' "$dumps")"
done

# What the nodes log from now on (their logs keep earlier runs). The coordinator, whichever node started first,
# answers join requests; either node may be sent something to read.
node1_from=$(( $(wc -l <"$cluster/node1/log/server.log") + 1 ))
node2_from=$(( $(wc -l <"$cluster/node2/log/server.log") + 1 ))
nodes_log() {
  tail -n "+$node1_from" "$cluster/node1/log/server.log"
  tail -n "+$node2_from" "$cluster/node2/log/server.log"
}

intruders=()
stop_intruders() {
  for name in "${intruders[@]}"; do
    kill -- "-$(cat "$cluster/$name.pid")" 2>/dev/null || true
    rm -f "$cluster/$name.pid"
  done
}
trap stop_intruders EXIT

# start_intruder NAME PORT_OFFSET SECRET: a node of the cluster's build, with its own base directory.
start_intruder() {
  local name=$1 offset=$2 secret=$3 base="$cluster/$1"
  rm -rf "$base"
  mkdir -p "$base/deployments" "$base/log"
  cp -r "$home/standalone/configuration" "$base/"
  cp "$root/target/attune.war" "$base/deployments/ROOT.war"
  intruders+=("$name")
  ATTUNE_CLUSTER_SECRET=$secret setsid "$home/bin/standalone.sh" -c standalone-ha.xml \
    -Djboss.server.base.dir="$base" -Djboss.node.name="$name" \
    -Djboss.socket.binding.port-offset="$offset" >"$base/log/console.log" 2>&1 &
  echo $! >"$cluster/$name.pid"
}

# The key, but another AUTH secret: the key store opens with the cluster's secret, the join carries another digest.
start_intruder intruder-auth 900 "$ATTUNE_CLUSTER_SECRET"
cp "$cluster/attune-cluster.p12" "$cluster/intruder-auth/configuration/"
sed -i '/<digest-token/,/<\/digest-token>/ s|clear-text="${env.ATTUNE_CLUSTER_SECRET}"|clear-text="a secret of another cluster"|' \
  "$cluster/intruder-auth/configuration/standalone-ha.xml"
grep -q 'clear-text="a secret of another cluster"' "$cluster/intruder-auth/configuration/standalone-ha.xml" ||
  fail "could not give intruder-auth another AUTH secret"

# Another secret, and a key of its own made with it.
other_secret="another cluster's secret, $RANDOM$RANDOM"
ATTUNE_CLUSTER_SECRET=$other_secret keytool -genseckey -alias attune-cluster -keyalg AES -keysize 256 \
  -keystore "$cluster/intruder-key.p12" -storetype PKCS12 -storepass:env ATTUNE_CLUSTER_SECRET >/dev/null 2>&1
start_intruder intruder-key 950 "$other_secret"
mv "$cluster/intruder-key.p12" "$cluster/intruder-key/configuration/attune-cluster.p12"

# Each has tried to join once its server has started (with its deployment or without).
for name in "${intruders[@]}"; do
  for _ in $(seq 1 180); do
    grep -q 'WFLYSRV0025\|WFLYSRV0026' "$cluster/$name/log/server.log" 2>/dev/null && break
    sleep 1
  done
  grep -q 'WFLYSRV0025\|WFLYSRV0026' "$cluster/$name/log/server.log" || fail "$name did not start"
done

just_the_two_nodes || fail "an intruder joined: $(view_of_node1)"
echo "The cluster's view stayed $(view_of_node1)"
refusal=$(nodes_log | grep 'org.jgroups.protocols.AUTH' | grep -m1 'intruder-auth' || true)
[ -n "$refusal" ] || fail "the cluster logged no AUTH refusal of intruder-auth"
echo "The coordinator refused intruder-auth's join: ${refusal#*] }"
unread=$(nodes_log | grep 'org.jgroups.protocols.SYM_ENCRYPT' | grep -m1 'intruder-key' || true)
[ -n "$unread" ] || fail "the cluster logged nothing of intruder-key's messages being dropped"
if nodes_log | grep 'org.jgroups.protocols.AUTH' | grep -q 'intruder-key'; then
  fail "a message of intruder-key got past the encryption to AUTH"
fi
echo "The cluster could not read intruder-key: ${unread#*] }"
