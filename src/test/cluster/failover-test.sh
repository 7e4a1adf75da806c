#!/usr/bin/env bash
# The failover test: starts the two-node cluster (src/main/cluster/start-cluster.sh) on a fresh PostgreSQL database,
# checks that nodes without the cluster's secret cannot join it (intruder-test.sh, about a minute and a half), runs
# ClusterFailoverIT through the balancer (a node is killed with kill -9 mid-quiz and mid-certificate), and stops the
# cluster. Prints the failover time. Needs PostgreSQL running and haproxy installed (.ci/run installs both).
#
#   src/test/cluster/failover-test.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
export ATTUNE_DB_PASSWORD=attune_cluster
export ATTUNE_DB_URL=jdbc:postgresql://localhost:5432/attune_cluster ATTUNE_DB_USER=attune_cluster
export ATTUNE_ADMIN_EMAIL=failover-admin@attune.test ATTUNE_ADMIN_PASSWORD='failover admin password'
export ATTUNE_CLUSTER_SECRET='the failover test cluster secret'
# Both nodes open the admin's two-step sign-in secret with one key-encryption key; the test computes the admin's codes.
export ATTUNE_KEY_ENCRYPTION_KEY='ZmFpbG92ZXIgdGVzdCBrZXktZW5jcnlwdGlvbiBrZXk='
export ATTUNE_ADMIN_TOTP_SECRET=FAILOVERTESTADMINSECRETXYZ234567

src/main/postgres/create-database.sh --fresh attune_cluster
mvn -B -q -DskipTests package
trap 'src/main/cluster/stop-cluster.sh' EXIT
started=$(date +%s)
src/main/cluster/start-cluster.sh
echo "Cluster started in $(( $(date +%s) - started )) s"
src/test/cluster/intruder-test.sh

mvn -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ClusterFailoverIT \
  -Dattune.cluster.url=http://localhost:8000/ -Dattune.cluster.dir="$root/target/cluster" \
  -Dattune.cluster.admin.email="$ATTUNE_ADMIN_EMAIL" -Dattune.cluster.admin.password="$ATTUNE_ADMIN_PASSWORD" \
  -Dattune.cluster.admin.totp="$ATTUNE_ADMIN_TOTP_SECRET" \
  -Dattune.cluster.db.url="$ATTUNE_DB_URL" -Dattune.cluster.db.user="$ATTUNE_DB_USER" \
  -Dattune.cluster.db.password="$ATTUNE_DB_PASSWORD"
echo "Failover time: $(cat target/cluster/failover-ms.txt) ms from kill -9 to the next successful request"
