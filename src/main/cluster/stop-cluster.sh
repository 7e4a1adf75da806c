#!/usr/bin/env bash
# Stops what start-cluster.sh started: both nodes and the balancer.
set -uo pipefail
cluster=$(cd "$(dirname "$0")/../../.." && pwd)/target/cluster
for name in node1 node2 haproxy; do
  pid_file="$cluster/$name.pid"
  [ -f "$pid_file" ] || continue
  pid=$(cat "$pid_file")
  # Nodes lead a process group of their own (setsid): stop the whole group, the JVM included.
  kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null
  rm -f "$pid_file"
  echo "stopped $name"
done
