#!/usr/bin/env bash
# Attune's performance benchmark. Builds Attune, then for each database (H2 by default; PostgreSQL 15 with --db):
# starts Attune as the README runs it (its own WildFly base directory under target/bench/, port offset 1000 unless
# --offset says otherwise, so it runs beside a development server) and measures with wrk (Debian's package) and
# the JDK's jcmd, each measured run checking every response is the right page (status and markers):
#
#   scale  the catalog and the dashboard, signed in, 10 connections, at 10,000, 100,000 and 1,000,000 lesson
#          completions (seeded in steps, each followed by a restart; on PostgreSQL only at 1,000,000);
#   start  server start to first page, on an empty database and with the data in place;
#   pages  the rungs, on the same server in the same minutes: nginx serving the lesson page's saved bytes,
#          WildFly's own Undertow file handler serving them, a bare transient Facelets page including the same
#          lesson body in a WAR of its own, and that page with PrimeFaces (src/bench/rungs/); then Attune's lesson,
#          catalog and dashboard pages signed in (200 sessions rotated) and the catalog and a module page for
#          visitors, counting the responses that start a session. Throughput at 100 connections, latency at 10;
#   quiz   "Submit answers" on open attempts (PrimeFaces AJAX posts carrying JSF view state): 2,000 at 100
#          connections, 500 at 10 (each run bounded at 30 and 20 seconds), and the deadline spike, 2,000 sent within 2 seconds (org.attune.bench.Deadline)
#          until graded and the outbox drained; then a count in the database proving each graded exactly once;
#   heap   heap retained per signed-in learner: heap after GC before and after 1,000 more learners sign in and
#          open a lesson, the difference divided by 1,000;
#   pdf    certificate PDF rendering, one at a time.
#
# Writes target/bench/results.md (the tables, the issue's figures beside the new ones, the time each part took and
# the machine) and prints it; with --readme it also replaces the table in README.md. Usage:
#
#   src/bench/benchmark.sh [--db h2|postgresql|both] [--offset N] [--parts scale,pages,quiz,heap,pdf] [--readme]
#                          [--profile]
#
# --parts runs only those parts (start always runs, and the data is always seeded to 1,000,000 completions);
# --profile records a Java Flight Recording of the server during the lesson, submission and dashboard runs
# (target/bench/<db>/*.jfr; read them with `jfr print` or JDK Mission Control).
# Needs wrk and nginx (installed from Debian's packages if missing, as root) and, for PostgreSQL, a running
# PostgreSQL 15 on localhost (`pg_ctlcluster 15 main start`); the database attune_bench is made afresh.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

usage="usage: $0 [--db h2|postgresql|both] [--offset N] [--parts scale,pages,quiz,heap,pdf] [--readme] [--profile]"
dbs=h2
readme=false
profile=false
offset=1000
parts=scale,pages,quiz,heap,pdf
while [ $# -gt 0 ]; do
  case $1 in
    --db) dbs=$2; shift 2 ;;
    --offset) offset=$2; shift 2 ;;
    --parts) parts=$2; shift 2 ;;
    --readme) readme=true; shift ;;
    --profile) profile=true; shift ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
case $dbs in
  h2 | postgresql) ;;
  both) dbs="h2 postgresql" ;;
  *) echo "$usage" >&2; exit 2 ;;
esac
want() { [[ ",$parts," == *",$1,"* ]]; }

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
results=$bench/common.txt
: >"$results"

result() { echo "$1=$2" >>"$results"; echo "  $1 = $2"; }

# Each part's wall-clock time, recorded as seconds.<part>.
part() {
  part_name=$1
  part_started=$(date +%s)
  echo
  echo "--- $part_name ($(date -u +%H:%M:%S))"
}
part_done() { result "seconds.$part_name" $(($(date +%s) - part_started)); }

part build
echo "+ mvn -B -q -DskipTests package"
mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$bench/classpath.txt" >/dev/null
part_done
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
primefaces_version=$(sed -n 's:.*<primefaces.version>\(.*\)</primefaces.version>.*:\1:p' pom.xml)
primefaces_jar=$HOME/.m2/repository/org/primefaces/primefaces/$primefaces_version/primefaces-$primefaces_version-jakarta.jar

port=$((8080 + offset))
management=$((9990 + offset))
url=http://127.0.0.1:$port
nginx_port=$((port + 1)) # 8081 + offset: no WildFly socket binding of this offset uses it
lesson_path=learn/attunement/what-attunement-is
module_path=modules/attunement
threads=2
sessions_first=0
sessions_count=200
# The open attempts (Seed.OPEN_LEARNERS learners from Seed.ATTEMPT_LEARNERS, one attempt per post-test) in three
# groups of learners: the run at 100 connections, the one at 10, and the deadline spike.
quiz100_learners=400
quiz10_learners=100
deadline_learners=400

# The server's JVM (not the standalone.sh that started it).
server_pid() { pgrep -f -- "-D\[Standalone\] .*-Djboss.server.base.dir=$server( |$)" | head -1 || true; }

start_server() { # prints the milliseconds from launch to the first page of Attune's served (its catalog)
  local t0 t1
  t0=$(date +%s%N)
  setsid "$home/bin/standalone.sh" -Djboss.server.base.dir="$server" -Djboss.socket.binding.port-offset=$offset \
    >>"$server/log/console.log" 2>&1 &
  for _ in $(seq 1 1200); do
    # WildFly's welcome page answers / too when Attune failed to deploy.
    if curl -sf "$url/" 2>/dev/null | grep -q 'module-grid'; then
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

cli() { "$home/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$management" "$@"; }

# wrk with a Lua script; records each field of its RESULT line under the given name.
measure() {
  local name=$1; shift
  local line
  if $profile && [[ $name =~ ^(lesson.c100|quiz100|dashboard.c100)$ ]]; then
    jcmd "$(server_pid)" JFR.start name="$name" settings=profile filename="$server/$name.jfr" >/dev/null
  fi
  line=$(wrk --latency --timeout 10s -t$threads "$@" | tee -a "$server/log/wrk.log" | grep '^RESULT') || { echo "wrk failed ($name)" >&2; exit 1; }
  for field in ${line#RESULT }; do
    result "$name.${field%%=*}" "${field#*=}"
  done
  if $profile && [[ $name =~ ^(lesson.c100|quiz100|dashboard.c100)$ ]]; then
    jcmd "$(server_pid)" JFR.stop name="$name" >/dev/null
  fi
}

# A page (or a rung) measured the same way as every other: a warm-up, throughput at 100 connections, latency at 10.
#   measure_page <name> <url> <cookie file or ""> <marker>...
measure_page() {
  local name=$1 page=$2 cookies=$3
  shift 3
  echo "$name: $page"
  wrk -t$threads -c100 -d5s -s src/bench/wrk/pages.lua "$page" -- "$cookies" "$@" >/dev/null
  measure "$name.c100" -c100 -d10s -s src/bench/wrk/pages.lua "$page" -- "$cookies" "$@"
  measure "$name.c10" -c10 -d10s -s src/bench/wrk/pages.lua "$page" -- "$cookies" "$@"
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

start_nginx() {
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
  for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/lesson.html" && return; sleep 0.1; done
  echo "nginx did not start: see $server/nginx/error.log" >&2
  exit 1
}

stop_nginx() { [ -f "$bench/nginx.pid" ] && kill "$(cat "$bench/nginx.pid")" 2>/dev/null; rm -f "$bench/nginx.pid"; true; }

# The rungs beside Attune on its server: an Undertow file handler at /rung-file/ serving the saved lesson page,
# and the two Faces WARs at /rung-faces/ and /rung-primefaces/, built here from src/bench/rungs/ with the saved
# lesson page's body (and, for PrimeFaces, the jar Attune's build resolved into the local Maven repository).
deploy_rungs() {
  mkdir -p "$server/rung-file"
  cp "$server/lesson.html" "$server/rung-file/lesson.html"
  for rung in faces primefaces; do
    local dir=$bench/rungs/$rung
    rm -rf "$dir"
    mkdir -p "$bench/rungs"
    cp -r "src/bench/rungs/$rung" "$dir"
    bench_java org.attune.bench.Rungs "$server/lesson.html" "$dir/WEB-INF/lesson-body.xhtml"
    if [ $rung = primefaces ]; then
      mkdir -p "$dir/WEB-INF/lib"
      cp "$primefaces_jar" "$dir/WEB-INF/lib/"
    fi
    rm -f "$bench/rung-$rung.war"
    (cd "$dir" && jar --create --file "$bench/rung-$rung.war" .)
  done
  cat >"$bench/rungs.cli" <<CLI
/subsystem=undertow/configuration=handler/file=rung-file:add(path="$server/rung-file", directory-listing=false)
/subsystem=undertow/server=default-server/host=default-host/location="/rung-file":add(handler=rung-file)
deploy $bench/rung-faces.war
deploy $bench/rung-primefaces.war
CLI
  cli --file="$bench/rungs.cli" >"$server/log/rungs-cli.log"
  if ! cli --command=':read-attribute(name=server-state)' | grep -q '"result" => "running"'; then
    cli --command=reload >>"$server/log/rungs-cli.log"
  fi
  for path in rung-file/lesson.html rung-faces/lesson.xhtml rung-primefaces/lesson.xhtml; do
    for _ in $(seq 1 600); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/$path")" = 200 ] && break
      sleep 0.1
    done
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/$path")" = 200 ] || { echo "the rung $path does not answer" >&2; exit 1; }
  done
}

sign_in() { # the 200 learners whose sessions the page runs rotate
  bench_java org.attune.bench.Sessions cookies "$url" $sessions_first $sessions_count "$server/cookies.txt" \
    "$lesson_path" dashboard ""
}

trap 'stop_server; stop_nginx' EXIT

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
    sizes=1000000
  else
    # The default H2 file, with AUTO_SERVER: the server's own connections stay embedded, and the deadline run
    # can watch the database from outside while the server runs. (H2 refuses AUTO_SERVER beside the default
    # URL's DB_CLOSE_ON_EXIT=FALSE, which only matters while the server stops.)
    h2=jdbc:h2:file:$server/data/attune/attune
    export ATTUNE_DB_URL="$h2;AUTO_SERVER=TRUE"
    unset ATTUNE_DB_DRIVER ATTUNE_DB_USER ATTUNE_DB_PASSWORD
    jdbc=("$h2;AUTO_SERVER=TRUE" sa sa)
    sizes="10000 100000 1000000"
  fi
  want scale || sizes=1000000

  part start_empty
  echo "First start: migrations and the curriculum import on an empty database"
  result start_empty_ms "$(start_server)"
  stop_server
  part_done

  for size in $sizes; do
    part "seed_$size"
    stop_server
    bench_java org.attune.bench.Seed "${jdbc[@]}" "$size" | tee -a "$server/log/seed.log"
    part_done
    part "scale_$size"
    echo "Start with $size lesson completions in place"
    result "start_ms.$size" "$(start_server)"
    sign_in
    if want scale; then
      for page in catalog dashboard; do
        path=$([ $page = catalog ] && echo "" || echo dashboard)
        marker=$([ $page = catalog ] && echo module-grid || echo 'My learning')
        wrk -t$threads -c10 -d10s -s src/bench/wrk/pages.lua "$url/$path" -- "$server/cookies.txt" 'Sign out' "$marker" >/dev/null
        measure "scale$size.$page" -c10 -d10s -s src/bench/wrk/pages.lua "$url/$path" -- "$server/cookies.txt" 'Sign out' "$marker"
      done
    fi
    part_done
  done
  result start_ms "$(sed -n 's/^start_ms.1000000=//p' "$results")"

  cookie=$(head -1 "$server/cookies.txt")
  curl -s -b "$cookie" -o "$server/lesson.html" "$url/$lesson_path"
  grep -q 'Sign out' "$server/lesson.html" || { echo "the lesson page is not signed in" >&2; exit 1; }
  result lesson_bytes "$(stat -c %s "$server/lesson.html")"
  result lesson_gzip_bytes "$(curl -s -b "$cookie" -H 'Accept-Encoding: gzip' "$url/$lesson_path" | wc -c)"

  if want pages; then
    part rungs
    deploy_rungs
    start_nginx
    measure_page nginx "http://127.0.0.1:$nginx_port/lesson.html" "" 'Sign out'
    stop_nginx
    measure_page file "$url/rung-file/lesson.html" "" 'Sign out'
    measure_page faces "$url/rung-faces/lesson.xhtml" "" 'rendered by Faces' 'Sign out'
    measure_page primefaces "$url/rung-primefaces/lesson.xhtml" "" 'ui-progressbar' 'Sign out'
    part_done
    part pages
    measure_page lesson "$url/$lesson_path" "$server/cookies.txt" 'Sign out' 'class="lesson-body"'
    measure_page catalog "$url/" "$server/cookies.txt" 'Sign out' 'module-grid'
    measure_page dashboard "$url/dashboard" "$server/cookies.txt" 'Sign out' 'My learning'
    measure_page anon_catalog "$url/" "" 'Sign in</a>' 'module-grid'
    measure_page anon_module "$url/$module_path" "" 'Sign in</a>' 'Learning objectives'
    part_done
  fi

  if want quiz; then
    part quiz
    open_first=$(bench_java org.attune.bench.Seed first-open)
    quiz10_first=$((open_first + quiz100_learners))
    deadline_first=$((quiz10_first + quiz10_learners))
    bench_java org.attune.bench.Sessions submissions "$url" "$open_first" $quiz100_learners "$server/quiz100.txt"
    bench_java org.attune.bench.Sessions submissions "$url" "$quiz10_first" $quiz10_learners "$server/quiz10.txt"
    bench_java org.attune.bench.Sessions submissions "$url" "$deadline_first" $deadline_learners "$server/deadline.txt"
    result quiz100.prepared "$(wc -l <"$server/quiz100.txt")"
    result quiz10.prepared "$(wc -l <"$server/quiz10.txt")"
    result deadline.prepared "$(wc -l <"$server/deadline.txt")"
    measure quiz100 -c100 -d30s -s src/bench/wrk/submit.lua "$url" -- "$server/quiz100.txt" $threads "$server/quiz100.done."
    measure quiz10 -c10 -d20s -s src/bench/wrk/submit.lua "$url" -- "$server/quiz10.txt" $threads "$server/quiz10.done."
    echo "The deadline: $(wc -l <"$server/deadline.txt") submissions within 2 seconds"
    bench_java org.attune.bench.Deadline "$url" "$server/deadline.txt" 2 "${jdbc[@]}" "$deadline_first" \
      $deadline_learners | tee -a "$results"
    part_done
  fi

  if want heap; then
    part heap
    # Heap in use after full GCs, before and after 1,000 more learners sign in and open a lesson and the catalog, on
    # a server the runs above have warmed. On PostgreSQL the difference is what their sessions hold; on H2 it also
    # holds whatever database pages H2 (in the same heap) cached for them, so it is an upper bound there.
    before=$(heap_used_kb)
    bench_java org.attune.bench.Sessions cookies "$url" 1000 1000 "$server/heap-cookies.txt" "$lesson_path" ""
    with=$(heap_used_kb)
    result heap_before_kb "$before"
    result heap_with_sessions_kb "$with"
    result heap_per_session_kb "$(awk -v a="$with" -v b="$before" 'BEGIN { printf "%.1f", (a - b) / 1000 }')"
    part_done
  fi
  stop_server

  if want quiz; then
    echo "Every submitted attempt graded exactly once"
    bench_java org.attune.bench.Seed count "${jdbc[@]}" "$open_first" $quiz100_learners quiz100 | tee -a "$results"
    bench_java org.attune.bench.Seed count "${jdbc[@]}" "$quiz10_first" $quiz10_learners quiz10 | tee -a "$results"
    bench_java org.attune.bench.Seed count "${jdbc[@]}" "$deadline_first" $deadline_learners deadline | tee -a "$results"
  fi
done

results=$bench/common.txt
if want pdf; then
  part pdf
  bench_java org.attune.certificate.CertificateBenchmark | tee "$bench/pdf.txt"
  part_done
fi

bench_java org.attune.bench.Report "$bench" "$(($(date +%s) - started_all))" >"$bench/results.md"
echo
cat "$bench/results.md"
if $readme; then
  bench_java org.attune.bench.Report --readme "$bench/results.md" README.md
  echo "README.md updated"
fi
