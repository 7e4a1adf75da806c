#!/usr/bin/env bash
# Starts Attune as a two-node WildFly cluster on this machine, behind haproxy, on one shared PostgreSQL:
#
#   node1  http://localhost:8180   (port offset 100, JGroups TCP 7700)
#   node2  http://localhost:8280   (port offset 200, JGroups TCP 7800)
#   balancer http://localhost:8000 (haproxy: sticky sessions by cookie; a dead node's learners go to the other)
#
# Both nodes run the standalone-ha configuration the build prepared (wildfly-config/ plus wildfly-config/cluster/),
# each with a base directory of its own under target/cluster/, and replicate sessions over JGroups (TCP on loopback,
# no multicast). Needs: `mvn -DskipTests package` done, Debian's haproxy, and the database (create-database.sh):
#
#   ATTUNE_DB_PASSWORD=... ATTUNE_CLUSTER_SECRET=... src/main/cluster/start-cluster.sh
#
# ATTUNE_CLUSTER_SECRET (required, at least 16 characters; e.g. `openssl rand -base64 32`) closes the nodes' JGroups
# channel, over which sessions travel: only a member with it joins (AUTH), and every message is encrypted (SYM_ENCRYPT)
# with the cluster's AES key, kept in target/cluster/attune-cluster.p12 under that secret. The key is made once, the
# first time (keytool, from the JDK), and made afresh only when the secret no longer opens it; nodes on other
# machines need a copy of that file and the same secret. Both nodes must open the secrets Attune keeps encrypted in
# the database (two-step sign-in) with the same key: ATTUNE_KEY_ENCRYPTION_KEY, or else one made the first time into
# target/cluster/key-encryption-key. ATTUNE_DB_URL / ATTUNE_DB_USER / ATTUNE_ADMIN_* / ATTUNE_PUBLIC_URL are passed
# on to both nodes. Stop with stop-cluster.sh.
set -euo pipefail
# Everything the nodes write (logs, passivated sessions, heap dumps) and the key is for this user's eyes only.
umask 077
root=$(cd "$(dirname "$0")/../../.." && pwd)
home=$(ls -d "$root"/target/wildfly-*/ 2>/dev/null | head -1)
home=${home%/}
war="$root/target/attune.war"
cluster="$root/target/cluster"
if [ -z "$home" ] || [ ! -f "$war" ]; then
  echo "Build first: mvn -DskipTests package" >&2
  exit 2
fi
command -v haproxy >/dev/null || { echo "Install haproxy: apt-get install haproxy" >&2; exit 2; }

export ATTUNE_DB_URL=${ATTUNE_DB_URL:-jdbc:postgresql://localhost:5432/attune}
export ATTUNE_DB_DRIVER=postgresql
export ATTUNE_DB_USER=${ATTUNE_DB_USER:-attune}
export ATTUNE_DB_PASSWORD=${ATTUNE_DB_PASSWORD:?set ATTUNE_DB_PASSWORD to the database password}
# Certificates' QR codes point at the balancer, not at the node that happened to issue them.
export ATTUNE_PUBLIC_URL=${ATTUNE_PUBLIC_URL:-http://localhost:8000}
# Every request reaches the nodes from haproxy on 127.0.0.1, which names the learner's own address in
# X-Forwarded-For (option forwardfor below): the nodes believe that header from haproxy's address only.
export ATTUNE_TRUSTED_PROXIES=${ATTUNE_TRUSTED_PROXIES:-127.0.0.1}
export ATTUNE_CLUSTER_SECRET=${ATTUNE_CLUSTER_SECRET:?set ATTUNE_CLUSTER_SECRET to a shared secret of at least 16 characters, e.g. from openssl rand -base64 32}
if [ ${#ATTUNE_CLUSTER_SECRET} -lt 16 ]; then
  echo "ATTUNE_CLUSTER_SECRET is too short: use at least 16 characters, e.g. \$(openssl rand -base64 32)" >&2
  exit 2
fi

mkdir -p "$cluster"
chmod 700 "$cluster"
# The cluster's encryption key, in a PKCS12 key store the secret opens (keytool reads the secret from the
# environment, so it never appears on a command line).
keystore="$cluster/attune-cluster.p12"
if ! keytool -list -keystore "$keystore" -storetype PKCS12 -storepass:env ATTUNE_CLUSTER_SECRET \
    -alias attune-cluster >/dev/null 2>&1; then
  rm -f "$keystore"
  keytool -genseckey -alias attune-cluster -keyalg AES -keysize 256 -keystore "$keystore" -storetype PKCS12 \
    -storepass:env ATTUNE_CLUSTER_SECRET >/dev/null 2>&1
  echo "Made the cluster's encryption key: $keystore"
fi
# One key-encryption key for both nodes (each would otherwise make its own in its data directory, and neither could
# open what the other sealed).
if [ -z "${ATTUNE_KEY_ENCRYPTION_KEY:-}" ]; then
  kek="$cluster/key-encryption-key"
  if [ ! -s "$kek" ]; then
    head -c 32 /dev/urandom | base64 > "$kek"
    echo "Made the cluster's key-encryption key: $kek (set ATTUNE_KEY_ENCRYPTION_KEY to its contents on other machines)"
  fi
  ATTUNE_KEY_ENCRYPTION_KEY=$(cat "$kek")
  export ATTUNE_KEY_ENCRYPTION_KEY
fi
start_node() {
  local name=$1 offset=$2 base="$cluster/$1"
  if [ -f "$cluster/$name.pid" ] && kill -0 "$(cat "$cluster/$name.pid")" 2>/dev/null; then
    echo "$name is already running (pid $(cat "$cluster/$name.pid"))"
    return
  fi
  mkdir -p "$base/deployments" "$base/log"
  cp -r "$home/standalone/configuration" "$base/"
  install -m 600 "$keystore" "$base/configuration/attune-cluster.p12"
  cp "$war" "$base/deployments/ROOT.war"
  rm -f "$base/deployments/ROOT.war."{deployed,failed,isdeploying}
  # setsid: a node of its own process group, so stop-cluster.sh (and the failover test's kill -9) reach exactly it.
  setsid "$home/bin/standalone.sh" -c standalone-ha.xml \
    -Djboss.server.base.dir="$base" -Djboss.node.name="$name" \
    -Djboss.socket.binding.port-offset="$offset" >"$base/log/console.log" 2>&1 &
  echo $! >"$cluster/$name.pid"
  echo "$name starting (pid $!, log $base/log/server.log)"
}
start_node node1 100
start_node node2 200

cat >"$cluster/haproxy.cfg" <<CFG
# Written by start-cluster.sh.
global
    log stdout format raw local0 notice
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # A request to a node that dies is sent again to the other one: when the connection fails, and also when a
    # reused connection to it breaks before any response (the request is buffered so that it can be replayed).
    # Replaying is safe for Attune: saving an answer again is the same answer, and a submitted attempt or an
    # earned certificate is recorded once however often it is requested.
    option redispatch
    option http-buffer-request
    retries 3
    retry-on conn-failure empty-response response-timeout
    # The learner's address, for sign-in throttling and the security log: appended to X-Forwarded-For.
    option forwardfor
frontend attune
    bind 127.0.0.1:8000
    default_backend nodes
backend nodes
    balance roundrobin
    # Sticky sessions: the balancer's own cookie names the node that holds the learner's session.
    cookie ATTUNE_NODE insert indirect nocache httponly
    option httpchk GET /api/modules
    default-server inter 1s fall 2 rise 2
    server node1 127.0.0.1:8180 check cookie node1
    server node2 127.0.0.1:8280 check cookie node2
CFG
if [ -f "$cluster/haproxy.pid" ] && kill -0 "$(cat "$cluster/haproxy.pid")" 2>/dev/null; then
  kill "$(cat "$cluster/haproxy.pid")"
fi
haproxy -D -f "$cluster/haproxy.cfg" -p "$cluster/haproxy.pid"

for port in 8180 8280; do
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/api/modules" && break
    sleep 1
  done
  curl -fs -o /dev/null "http://127.0.0.1:$port/api/modules" || { echo "The node on port $port did not start: see target/cluster/node*/log/server.log" >&2; exit 1; }
done
for _ in $(seq 1 30); do
  curl -fs -o /dev/null http://127.0.0.1:8000/api/modules && break
  sleep 1
done
echo "Attune cluster up: http://localhost:8000/ (node1 :8180, node2 :8280)"
