#!/usr/bin/env bash
# Attune's performance benchmark. Builds Attune, then for each database (H2, and PostgreSQL 15 where it is installed):
# starts Attune as the README runs it (its own WildFly base directory under target/bench/, port offset 1000, so it
# runs beside a development server), seeds 50,000 learners, 1,000,000 lesson completions and 100,000 post-test
# attempts, restarts it, and measures with wrk (Debian's package) and the JDK's jcmd:
#
#   1. the lesson page for signed-in learners (200 sessions rotated), 100 and 500 connections, and its HTML bytes;
#   2. the same bytes from nginx on this machine (the physical limit), 100 and 500 connections;
#   3. "Submit answers" on 5,000 open attempts (PrimeFaces AJAX posts carrying JSF view state), 100 connections,
#      and a count in the database proving each graded exactly once;
#   4. the catalog and the learner dashboard (signed in, 200 sessions), 10 and 100 connections;
#   5. certificate PDF rendering, one at a time;
#   6. heap retained per signed-in learner: heap after GC before and after 1,000 more learners sign in and open a
#      lesson, the difference divided by 1,000;
#   7. server start to first served page, with the data in place.
#
# Writes target/bench/results.md (a Markdown table and the machine it ran on) and prints it; with --readme it also
# replaces the table in README.md. Usage:
#
#   src/bench/benchmark.sh [--db h2|postgresql|both] [--readme] [--profile]
#
# --profile records a Java Flight Recording of the server during the lesson, submission and dashboard runs
# (target/bench/<db>/*.jfr; read them with `jfr print` or JDK Mission Control).
# Needs wrk and nginx (installed from Debian's packages if missing, as root) and, for PostgreSQL, a running
# PostgreSQL 15 on localhost (`pg_ctlcluster 15 main start`); the database attune_bench is made afresh.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

dbs=""
readme=false
profile=false
while [ $# -gt 0 ]; do
  case $1 in
    --db) dbs=$2; shift 2 ;;
    --readme) readme=true; shift ;;
    --profile) profile=true; shift ;;
    *) echo "usage: $0 [--db h2|postgresql|both] [--readme] [--profile]" >&2; exit 2 ;;
  esac
done
if [ -z "$dbs" ]; then
  if command -v pg_ctlcluster >/dev/null && pg_ctlcluster 15 main status >/dev/null 2>&1; then dbs=both; else dbs=h2; fi
fi
[ "$dbs" = both ] && dbs="h2 postgresql"

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  echo "+ apt-get install ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

bench=$root/target/bench
rm -rf "$bench"
mkdir -p "$bench"
started_all=$(date +%s)
echo "+ mvn -B -q -DskipTests package"
mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$bench/classpath.txt" >/dev/null
home=$(ls -d "$root"/target/wildfly-*/ | head -1)
home=${home%/}
modules=$home/modules/system/layers/base
# The benchmark's own classes (src/test/java/org/attune/bench) run with the application's classes and, from
# WildFly's modules, the H2 driver, JSON-B and Jakarta Security's PBKDF2 hash the server itself uses.
cp="$root/target/test-classes:$root/target/classes:$(cat "$bench/classpath.txt")"
for jar in "$modules"/com/h2database/h2/main/h2-*.jar "$modules"/org/eclipse/yasson/main/yasson-*.jar \
  "$modules"/org/eclipse/parsson/main/parsson-*.jar "$modules"/org/glassfish/soteria/main/jakarta.security.enterprise-*.jar; do
  cp="$cp:$jar"
done
bench_java() { java -Xmx2g -cp "$cp" "$@"; }

offset=1000
port=$((8080 + offset))
url=http://127.0.0.1:$port
nginx_port=$((port + 100))
lesson_path=learn/attunement/what-attunement-is
threads=2

# The server's JVM (not the standalone.sh that started it).
server_pid() { pgrep -f -- "-D\[Standalone\] .*-Djboss.server.base.dir=$server( |$)" | head -1 || true; }

start_server() { # prints the milliseconds from launch to the first page served
  local t0 t1
  t0=$(date +%s%N)
  setsid "$home/bin/standalone.sh" -Djboss.server.base.dir="$server" -Djboss.socket.binding.port-offset=$offset \
    >"$server/log/console.log" 2>&1 &
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/")" = 200 ]; then
      t1=$(date +%s%N)
      echo $(((t1 - t0) / 1000000))
      return
    fi
    sleep 0.05
  done
  echo "Attune did not start: see $server/log/server.log" >&2
  exit 1
}

stop_server() {
  local pid
  pid=$(server_pid)
  [ -n "$pid" ] || return 0
  kill "$pid"
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid"
}

result() { echo "$1=$2" >>"$results"; echo "  $1 = $2"; }

# wrk with a Lua script; records each field of its RESULT line under the given name.
measure() {
  local name=$1; shift
  local line
  if $profile && [[ $name =~ ^(lesson100|quiz|dashboard100)$ ]]; then
    jcmd "$(server_pid)" JFR.start name="$name" settings=profile filename="$server/$name.jfr" >/dev/null
  fi
  line=$(wrk --latency --timeout 10s -t$threads "$@" | tee -a "$server/log/wrk.log" | grep '^RESULT') || { echo "wrk failed ($name)" >&2; exit 1; }
  for field in ${line#RESULT }; do
    result "$name.${field%%=*}" "${field#*=}"
  done
  if $profile && [[ $name =~ ^(lesson100|quiz|dashboard100)$ ]]; then
    jcmd "$(server_pid)" JFR.stop name="$name" >/dev/null
  fi
}

heap_used_kb() { # heap in use after two full collections, in KB
  local pid
  pid=$(server_pid)
  jcmd "$pid" GC.run >/dev/null
  sleep 1
  jcmd "$pid" GC.run >/dev/null
  sleep 1
  jcmd "$pid" GC.heap_info | awk '/garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") { sub("K,?", "", $(i+1)); print $(i+1) } }'
}

trap 'stop_server; [ -f "$bench/nginx.pid" ] && kill "$(cat "$bench/nginx.pid")" 2>/dev/null; true' EXIT

for db in $dbs; do
  echo
  echo "=== $db ==="
  server=$bench/$db
  results=$server/results.txt
  mkdir -p "$server/deployments" "$server/log"
  cp -r "$home/standalone/configuration" "$server/"
  cp "$root/target/attune.war" "$server/deployments/ROOT.war"
  : >"$results"
  if [ "$db" = postgresql ]; then
    export ATTUNE_DB_URL=jdbc:postgresql://localhost:5432/attune_bench ATTUNE_DB_DRIVER=postgresql \
      ATTUNE_DB_USER=attune_bench ATTUNE_DB_PASSWORD=attune_bench
    ATTUNE_DB_PASSWORD=attune_bench src/main/postgres/create-database.sh --fresh attune_bench >/dev/null
    jdbc=("$ATTUNE_DB_URL?reWriteBatchedInserts=true" attune_bench attune_bench)
  else
    unset ATTUNE_DB_URL ATTUNE_DB_DRIVER ATTUNE_DB_USER ATTUNE_DB_PASSWORD
    jdbc=("jdbc:h2:file:$server/data/attune/attune" sa sa)
  fi

  echo "First start: migrations and the curriculum import on an empty database"
  result start_empty_ms "$(start_server)"
  stop_server
  echo "Seeding"
  seed_started=$(date +%s)
  bench_java org.attune.bench.Seed "${jdbc[@]}" | tee "$server/log/seed.log"
  result seed_seconds $(($(date +%s) - seed_started))
  echo "Start with the data in place"
  result start_ms "$(start_server)"

  echo "Signing 200 learners in"
  bench_java org.attune.bench.Sessions cookies "$url" 0 200 "$server/cookies.txt" "$lesson_path" dashboard ""
  cookie=$(head -1 "$server/cookies.txt")
  curl -s -b "$cookie" -o "$server/lesson.html" "$url/$lesson_path"
  grep -q 'Sign out' "$server/lesson.html" || { echo "the lesson page is not signed in" >&2; exit 1; }
  result lesson_bytes "$(stat -c %s "$server/lesson.html")"
  result lesson_gzip_bytes "$(curl -s -b "$cookie" -H 'Accept-Encoding: gzip' "$url/$lesson_path" | wc -c)"

  echo "1. The lesson page"
  wrk -t$threads -c100 -d10s -s src/bench/wrk/pages.lua "$url/$lesson_path" -- "$server/cookies.txt" 'Sign out' >/dev/null # warm-up
  measure lesson100 -c100 -d20s -s src/bench/wrk/pages.lua "$url/$lesson_path" -- "$server/cookies.txt" 'Sign out'
  measure lesson500 -c500 -d20s -s src/bench/wrk/pages.lua "$url/$lesson_path" -- "$server/cookies.txt" 'Sign out'

  echo "2. The same bytes from nginx"
  mkdir -p "$server/nginx/html"
  cp "$server/lesson.html" "$server/nginx/html/lesson.html"
  cat >"$server/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $bench/nginx.pid;
error_log $server/nginx/error.log;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    default_type text/html;
    client_body_temp_path $server/nginx; proxy_temp_path $server/nginx; fastcgi_temp_path $server/nginx;
    uwsgi_temp_path $server/nginx; scgi_temp_path $server/nginx;
    server { listen 127.0.0.1:$nginx_port; root $server/nginx/html; }
}
CONF
  nginx -c "$server/nginx/nginx.conf" -p "$server/nginx" &
  sleep 1
  wrk -t$threads -c100 -d5s "http://127.0.0.1:$nginx_port/lesson.html" >/dev/null
  measure nginx100 -c100 -d10s -s src/bench/wrk/pages.lua "http://127.0.0.1:$nginx_port/lesson.html" -- "" 'Sign out'
  measure nginx500 -c500 -d10s -s src/bench/wrk/pages.lua "http://127.0.0.1:$nginx_port/lesson.html" -- "" 'Sign out'
  kill "$(cat "$bench/nginx.pid")"
  sleep 1

  echo "3. Quiz submissions"
  bench_java org.attune.bench.Sessions submissions "$url" "$(bench_java org.attune.bench.Seed first-open)" \
    "$(bench_java org.attune.bench.Seed open-count)" "$server/submissions.txt"
  result quiz.prepared "$(wc -l <"$server/submissions.txt")"
  measure quiz -c100 -d60s -s src/bench/wrk/submit.lua "$url" -- "$server/submissions.txt" $threads

  echo "4. The catalog and the dashboard, signed in"
  wrk -t$threads -c10 -d5s -s src/bench/wrk/pages.lua "$url/" -- "$server/cookies.txt" 'Sign out' >/dev/null
  measure catalog10 -c10 -d10s -s src/bench/wrk/pages.lua "$url/" -- "$server/cookies.txt" 'Sign out'
  measure catalog100 -c100 -d10s -s src/bench/wrk/pages.lua "$url/" -- "$server/cookies.txt" 'Sign out'
  wrk -t$threads -c10 -d5s -s src/bench/wrk/pages.lua "$url/dashboard" -- "$server/cookies.txt" 'Sign out' >/dev/null
  measure dashboard10 -c10 -d10s -s src/bench/wrk/pages.lua "$url/dashboard" -- "$server/cookies.txt" 'Sign out'
  measure dashboard100 -c100 -d10s -s src/bench/wrk/pages.lua "$url/dashboard" -- "$server/cookies.txt" 'Sign out'

  echo "6. Heap per signed-in learner"
  # Heap in use after full GCs, before and after 1,000 more learners sign in and open a lesson and the catalog, on a
  # server the runs above have warmed. On PostgreSQL the difference is what their sessions hold; on H2 it also holds
  # whatever database pages H2 (in the same heap) cached for them, so it is an upper bound there.
  before=$(heap_used_kb)
  bench_java org.attune.bench.Sessions cookies "$url" 1000 1000 "$server/heap-cookies.txt" "$lesson_path" ""
  with=$(heap_used_kb)
  result heap_before_kb "$before"
  result heap_with_sessions_kb "$with"
  result heap_per_session_kb "$(awk -v a="$with" -v b="$before" 'BEGIN { printf "%.1f", (a - b) / 1000 }')"
  stop_server

  echo "3. (count) Every submitted attempt graded exactly once"
  bench_java org.attune.bench.Seed count "${jdbc[@]}" | tee -a "$results"
done

echo
echo "5. Certificate PDF rendering"
bench_java org.attune.certificate.CertificateBenchmark | tee "$bench/pdf.txt"

bench_java org.attune.bench.Report "$bench" "$(($(date +%s) - started_all))" >"$bench/results.md"
echo
cat "$bench/results.md"
if $readme; then
  bench_java org.attune.bench.Report --readme "$bench/results.md" README.md
  echo "README.md updated"
fi
