#!/usr/bin/env bash
# The API benchmark of issue 15 (docs/benchmarks.md, "API at the speed of its server").
#
# Starts the run command's server (H2, THB_AUTH=demo) from a throw-away copy of its standalone
# directory under ear/target/api-bench, with a port offset, imports the UNODC baseline, deploys a
# do-nothing JAX-RS endpoint beside THB Hub (noop.war, built here from noop/), and loads every
# endpoint with wrk (2 threads, 64 connections) in interleaved rounds. Prints requests/s, p50 and
# p99 per endpoint (medians over the rounds) and each endpoint's ratio to the do-nothing endpoint.
#
# Usage (after `mvn -DskipTests package`, which configures ear/target/wildfly-*):
#   ear/src/test/bench/api-bench.sh
# Environment: BENCH_PORT_OFFSET (default 400), BENCH_ROUNDS (3), BENCH_SECONDS (8),
#   BENCH_WARMUP_SECONDS (20 per endpoint, one round not counted),
#   BENCH_CONNECTIONS (64), BENCH_THREADS (2), BENCH_START_TIMEOUT (900 s), BENCH_KEEP=1 leaves
#   the server running.
# Needs wrk (Debian: apt-get install wrk), curl, a JDK.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
ear_dir=$(cd "$here/../../.." && pwd)
repo=$(cd "$ear_dir/.." && pwd)
offset=${BENCH_PORT_OFFSET:-400}
rounds=${BENCH_ROUNDS:-3}
seconds=${BENCH_SECONDS:-8}
# The JIT needs more than one 8 s round per endpoint on two busy cores: with a single short warm-up
# round the first counted rounds still ran partly unoptimised and pulled the medians down (issue 15).
warmup_seconds=${BENCH_WARMUP_SECONDS:-20}
connections=${BENCH_CONNECTIONS:-64}
threads=${BENCH_THREADS:-2}
http=http://localhost:$((8080 + offset))
management=http://localhost:$((9990 + offset))
api=$http/thb-hub/api/v1

jboss_home=$(ls -d "$ear_dir"/target/wildfly-*/ 2>/dev/null | head -1)
jboss_home=${jboss_home%/}
[ -n "$jboss_home" ] && [ -f "$jboss_home/standalone/configuration/thb-hub.xml" ] || {
    echo "no configured WildFly under ear/target: run 'mvn -DskipTests package' first" >&2
    exit 2
}
command -v wrk > /dev/null || { echo "wrk is missing (Debian: apt-get install wrk)" >&2; exit 2; }

work=$ear_dir/target/api-bench
rm -rf "$work"
mkdir -p "$work"

# The do-nothing WAR, compiled against the server's own JAX-RS API jar.
rs_api=$(ls "$jboss_home"/modules/system/layers/base/jakarta/ws/rs/api/main/jakarta.ws.rs-api-*.jar)
mkdir -p "$work/noop/WEB-INF/classes"
javac -nowarn -d "$work/noop/WEB-INF/classes" -cp "$rs_api" \
    "$here"/noop/org/thbhub/bench/noop/*.java
(cd "$work/noop" && jar cf "$work/noop.war" WEB-INF)

# A throw-away copy of the server's base directory: the run command's H2 file is never touched.
cp -r "$jboss_home/standalone" "$work/standalone"
rm -rf "$work/standalone/data" "$work/standalone/log" "$work/standalone/tmp"

export LAUNCH_JBOSS_IN_BACKGROUND=1
export JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms256m -Xmx1g -Djava.awt.headless=true -Djava.net.preferIPv4Stack=true}"
"$jboss_home/bin/standalone.sh" -c thb-hub.xml -Djboss.server.base.dir="$work/standalone" \
    -Djboss.socket.binding.port-offset="$offset" -Dthb.db.driver=h2 > "$work/server.out" 2>&1 &
server=$!
stop() {
    if [ "${BENCH_KEEP:-0}" != 1 ]; then
        kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null
    fi
    return 0
}
trap stop EXIT

await() { # url, seconds
    local deadline=$((SECONDS + $2))
    until curl -fs -o /dev/null "$1"; do
        [ $SECONDS -lt $deadline ] || { echo "no answer from $1 after $2 s" >&2; exit 1; }
        kill -0 "$server" 2>/dev/null || { echo "the server stopped; see $work/server.out" >&2; exit 1; }
        sleep 1
    done
}
echo "starting WildFly (offset $offset) ..."
await "$management/health/ready" "${BENCH_START_TIMEOUT:-900}"
cp "$work/noop.war" "$work/standalone/deployments/noop.war"
await "$http/noop/noop" 120
jvm=$(pgrep -P "$server" java | head -1)
echo "$jvm" > "$work/server.pid"

echo "importing the UNODC baseline ..."
status=$(curl -s -o "$work/import.json" -w '%{http_code}' -u analyst:analyst \
    -H 'Content-Type: text/csv' --data-binary @"$repo/data/unodc-glotip/data_glotip.csv" \
    "$api/submissions?filename=data_glotip.csv")
[ "$status" = 201 ] || { echo "import answered $status: $(head -c 400 "$work/import.json")" >&2; exit 1; }

basic() { printf 'Authorization: Basic %s' "$(printf '%s:%s' "$1" "$1" | base64 -w0)"; }
# name | header | extra header | url
endpoints=(
    "noop||Accept: text/plain|$http/noop/noop"
    "noop-27kb||Accept: application/json|$http/noop/noop/bytes"
    "observations-aut-100|$(basic government-aut)|Accept: application/json|$api/observations?country=AUT&size=100"
    "reference-countries||Accept: application/json|$api/reference/countries"
    "me|$(basic government-aut)|Accept: application/json|$api/me"
    "observations-aut-csv|$(basic government-aut)|Accept: text/csv|$api/observations?country=AUT&from=2018&to=2020"
    "submissions-analyst|$(basic analyst)|Accept: application/json|$api/submissions"
)

# Every endpoint must answer 200 before it is loaded (a benchmark of errors measures nothing).
for e in "${endpoints[@]}"; do
    IFS='|' read -r name auth accept url <<< "$e"
    args=(-s -o "$work/$name.sample" -w '%{http_code} %{size_download}\n' -H "$accept")
    [ -n "$auth" ] && args+=(-H "$auth")
    read -r code size < <(curl "${args[@]}" "$url")
    [ "$code" = 200 ] || { echo "$name answered $code: $(head -c 300 "$work/$name.sample")" >&2; exit 1; }
    echo "$name: 200, $size bytes"
done

to_ms() { # wrk latency (850.00us, 12.31ms, 1.02s, 2.00m) to milliseconds
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1
        printf "%.2f", n * f }'
}

run() { # round name auth accept url
    local out=$work/wrk-$2-$1.txt
    local duration=$seconds
    [ "$1" = 0 ] && duration=$warmup_seconds
    local args=(-t"$threads" -c"$connections" -d"${duration}s" --timeout 10s --latency -H "$4")
    [ -n "$3" ] && args+=(-H "$3")
    local cpu_before cpu_after
    cpu_before=$(server_cpu_ms)
    wrk "${args[@]}" "$5" > "$out"
    cpu_after=$(server_cpu_ms)
    local rps p50 p99 errors requests cpu
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
    errors=$(awk '/Non-2xx or 3xx responses:/ {e += $NF} /Socket errors:/ {
        for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) e += $i } END {print e + 0}' "$out")
    requests=$(awk '/requests in/ {print $1}' "$out")
    cpu=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" 'BEGIN {printf "%.3f", (b - a) / n}')
    echo "$1 $2 $rps $p50 $p99 $errors $cpu" >> "$work/results.txt"
    printf '  round %s %-22s %9s req/s  p50 %8s ms  p99 %8s ms  errors %s  server CPU %s ms/req\n' \
        "$1" "$2" "$rps" "$p50" "$p99" "$errors" "$cpu"
}

# CPU time the server JVM has used (user + system), in ms: what a request costs the server
# whatever else runs on the machine.
server_cpu_ms() {
    awk -v hz="$(getconf CLK_TCK)" '{printf "%.0f", ($14 + $15) * 1000 / hz}' "/proc/$jvm/stat"
}

echo "warming up (one round of ${warmup_seconds} s per endpoint, not counted) ..."
: > "$work/results.txt"
for e in "${endpoints[@]}"; do
    IFS='|' read -r name auth accept url <<< "$e"
    run 0 "$name" "$auth" "$accept" "$url"
done
for round in $(seq 1 "$rounds"); do
    echo "round $round of $rounds (${seconds} s per endpoint, -t$threads -c$connections)"
    for e in "${endpoints[@]}"; do
        IFS='|' read -r name auth accept url <<< "$e"
        run "$round" "$name" "$auth" "$accept" "$url"
    done
done

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
report=$ear_dir/target/api-benchmark.txt
{
    echo "API benchmark $(date -u +%FT%TZ): $(nproc) cores, $(java -version 2>&1 | head -1), wrk -t$threads -c$connections, $rounds rounds x ${seconds} s, medians"
    noop_rps=$(awk '$1 > 0 && $2 == "noop" {print $3}' "$work/results.txt" | median)
    printf '%-22s %10s %9s %9s %7s %7s %12s\n' endpoint "req/s" "p50 ms" "p99 ms" errors "ratio" "CPU ms/req"
    for e in "${endpoints[@]}"; do
        name=${e%%|*}
        col() { awk -v n="$name" -v c="$1" '$1 > 0 && $2 == n {print $c}' "$work/results.txt" | median; }
        rps=$(col 3)
        errors=$(awk -v n="$name" '$1 > 0 && $2 == n {e += $6} END {print e + 0}' "$work/results.txt")
        printf '%-22s %10.0f %9.2f %9.2f %7s %7.2f %12.3f\n' "$name" "$rps" "$(col 4)" "$(col 5)" "$errors" \
            "$(awk -v a="$rps" -v b="$noop_rps" 'BEGIN {print a / b}')" "$(col 7)"
    done
    echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$report"
echo "(written to $report; wrk outputs in $work)"
