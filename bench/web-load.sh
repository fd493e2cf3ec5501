#!/usr/bin/env bash
# FHIR search under load: wrk against /fhir/CarePlan?subject=Patient/… and /health on one Release web
# host, same threads, connections and duration, and the FHIR figures as ratios to the health endpoint's.
#
#   bash bench/web-load.sh                 # 2 threads, 16 connections, 20 s each
#   THREADS=2 CONNECTIONS=32 DURATION=30s CLIENTS=200 bash bench/web-load.sh
#
# The host runs on a free loopback port with a throwaway database and data folder, removed afterwards.
# Needs wrk (Debian: apt-get install -y wrk).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-16}"
duration="${DURATION:-20s}"
clients="${CLIENTS:-40}"

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }

echo "building the web host and the command-line tool in Release…"
dotnet build "$root/src/IopCurriculum.Web" -c Release -v quiet -nologo >/dev/null
dotnet build "$root/src/IopCurriculum.Cli" -c Release -v quiet -nologo >/dev/null
web="$root/src/IopCurriculum.Web/bin/Release/net10.0/iop-web.dll"
iop() { dotnet "$root/src/IopCurriculum.Cli/bin/Release/net10.0/iop.dll" "$@" --db "$data/iop.db"; }

data="$(mktemp -d /tmp/iop-web-load.XXXXXX)"
host_pid=""
cleanup() {
  if [[ -n "$host_pid" ]]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  rm -rf "$data"
}
trap cleanup EXIT

# A free port: one nothing answers on.
port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 20000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[[ -n "$port" ]] || { echo "no free loopback port found" >&2; exit 1; }
base="http://127.0.0.1:$port"

echo "starting the host on $base (data in $data)…"
(cd "$root" && exec dotnet "$web" --Iop:Database="$data/iop.db" --Iop:DataFolder="$data" --Iop:ContentRoot="$root" --urls="$base" >"$data/host.log" 2>&1) &
host_pid=$!
for _ in $(seq 1 120); do
  if curl -fs "$base/health" >/dev/null 2>&1; then break; fi
  kill -0 "$host_pid" 2>/dev/null || { echo "the host stopped:" >&2; cat "$data/host.log" >&2; exit 1; }
  sleep 0.5
done
# The first run seeds the demo cohort in the background; wait until its six clients are there.
for _ in $(seq 1 120); do
  [[ "$(iop cohort status --cohort demo-cohort 2>/dev/null | grep -c 'demo-0')" -ge 6 ]] && break
  sleep 0.5
done

echo "enrolling $clients more clients into the demo cohort…"
for i in $(seq 1 "$clients"); do
  iop client enroll --cohort demo-cohort --client "load-$i" --given Load --family "Client$i" --week 1 --by bench >/dev/null
done

printf 'a long enough password for the load test\n' >"$data/password"
iop user add bench-integrator --role integrator --password-file "$data/password" --by bench >/dev/null
token="$(iop user token bench-integrator --label web-load --by bench 2>/dev/null)"
auth="Authorization: Bearer $token"

patients="$(curl -fs -H "$auth" "$base/fhir/Patient?identifier=load-1")"
patient="$(grep -o '"resourceType":"Patient","id":"[0-9a-f-]*"' <<<"$patients" | head -1 | sed 's/.*"id":"\([^"]*\)"/\1/')"
[[ -n "$patient" ]] || { echo "no Patient found: $patients" >&2; exit 1; }
search="$base/fhir/CarePlan?subject=Patient/$patient"
curl -fs -H "$auth" "$search" | grep -q '"total":1' || { echo "the search did not find exactly one CarePlan" >&2; exit 1; }
total="$(curl -fs -H "$auth" "$base/fhir/Patient?_count=0" | grep -o '"total":[0-9]*' | cut -d: -f2)"

run() { # name url [header]
  local out="$data/$1.txt"
  if [[ $# -ge 3 ]]; then
    wrk -t"$threads" -c"$connections" -d3s -H "$3" "$2" >/dev/null          # warm-up
    wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "$3" "$2" >"$out"
  else
    wrk -t"$threads" -c"$connections" -d3s "$2" >/dev/null
    wrk -t"$threads" -c"$connections" -d"$duration" --latency "$2" >"$out"
  fi
  if grep -q 'Non-2xx' "$out"; then echo "$1: some answers were not 2xx:" >&2; cat "$out" >&2; exit 1; fi
}

echo "wrk: $threads threads, $connections connections, $duration each, --latency"
run fhir "$search" "$auth"
run health "$base/health"

rps() { grep '^Requests/sec:' "$data/$1.txt" | awk '{print $2}'; }
# wrk prints latencies with a unit (us, ms, s); in milliseconds:
p99() { grep -E '^ +99%' "$data/$1.txt" | awk '{v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}'; }
requests() { grep -E 'requests in' "$data/$1.txt" | awk '{print $1}'; }

echo
cat "$data/fhir.txt"
echo
cat "$data/health.txt"
echo
echo "host: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(dotnet --version) SDK; $total clients in the database"
printf '%-52s %12s %10s %10s\n' "endpoint" "requests/s" "p99 ms" "requests"
printf '%-52s %12s %10s %10s\n' "GET /fhir/CarePlan?subject=Patient/{id} (bearer)" "$(rps fhir)" "$(p99 fhir)" "$(requests fhir)"
printf '%-52s %12s %10s %10s\n' "GET /health" "$(rps health)" "$(p99 health)" "$(requests health)"
awk -v f="$(rps fhir)" -v h="$(rps health)" -v fp="$(p99 fhir)" -v hp="$(p99 health)" \
  'BEGIN { printf "FHIR search / health: throughput %.3f (%.1f%% of health), p99 %.1fx\n", f/h, 100*f/h, fp/hp }'
