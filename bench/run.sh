#!/usr/bin/env bash
# The benchmarks in one command: builds the server and the harness in Release, starts a throwaway
# PostgreSQL (default durability) and measures every scenario on SQLite, then on PostgreSQL,
# against the ceilings measured in the same run. Writes bench/results/results.{json,md} and
# docs/benchmarks-throughput.png (--quick: short levels, into bench/results/quick/).
#
#   bench/run.sh [--quick] [--providers sqlite,postgresql] [--only exchange,viewer,...] [...]
#   bench/run.sh profile SCENARIO [options]   # the same set-up, one scenario under dotnet-trace
#
# See docs/benchmarks.md. Takes about 20 minutes in full on 2 cores, 5 in --quick.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Debian's wrk and gnuplot, and PostgreSQL for the second half.
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v gnuplot >/dev/null || missing+=(gnuplot-nox)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[ "${1:-}" = profile ] && dotnet tool restore >/dev/null

dotnet build src/Anibase.Server -c Release -v q -nologo
dotnet build bench/Anibase.Bench -c Release -v q -nologo

if [ -z "${ANIBASE_TEST_POSTGRES:-}" ] && [[ " $* " != *" --providers sqlite "* ]]; then
  pg_env="$(ANIBASE_PG_DURABLE=1 scripts/postgres-test-server.sh start)"
  eval "$pg_env"
  trap 'scripts/postgres-test-server.sh stop "$ANIBASE_TEST_PGDATA"' EXIT
  export ANIBASE_TEST_POSTGRES
fi

dotnet bench/Anibase.Bench/bin/Release/net10.0/Anibase.Bench.dll "$@"
