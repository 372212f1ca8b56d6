#!/usr/bin/env bash
# Runs every test: installs missing test dependencies, starts a throwaway
# PostgreSQL, builds the solution once and runs all test projects.
#   scripts/test.sh [extra dotnet test args, e.g. --filter FullyQualifiedName~Oauth]
# The last line printed is "N passed, N failed" (", N skipped" when any were).
# Exits non-zero when the build or a test fails, or when no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

scripts/install-test-deps.sh

# Assign first: `eval "$(cmd)"` alone would hide a failed start from set -e.
pg_env="$(scripts/postgres-test-server.sh start)"
eval "$pg_env"
trap 'scripts/postgres-test-server.sh stop "$ANIBASE_TEST_PGDATA"' EXIT
export ANIBASE_TEST_POSTGRES

dotnet build Anibase.slnx -c Release || { echo "test.sh: build failed" >&2; exit 1; }
# The .editorconfig rules the build does not enforce by itself (whitespace, ordering).
dotnet format Anibase.slnx --verify-no-changes --no-restore || { echo "test.sh: run 'dotnet format Anibase.slnx'" >&2; exit 1; }

# One TRX per test project; a fresh directory so old results are never counted.
results="$(mktemp -d "${TMPDIR:-/tmp}/anibase-test-results.XXXXXX")"
# Browser journeys leave their screenshots (and traces of failed journeys) beside the TRX files.
export ANIBASE_TEST_ARTIFACTS="$results/artifacts"
test_rc=0
dotnet test Anibase.slnx -c Release --no-build --results-directory "$results" \
  --logger "trx;LogFilePrefix=results" "$@" || test_rc=$?
echo "test.sh: TRX results in $results"

# Sum the <Counters .../> of every TRX. Skipped tests are counted in total but
# not in executed (the TRX logger leaves notExecuted at 0 for them).
read -r passed failed skipped < <(
  find "$results" -name '*.trx' -print0 | xargs -0r grep -ho '<Counters [^>]*>' |
  awk '{
    for (i = 1; i <= NF; i++) if (split($i, kv, "=") == 2) { gsub(/[^0-9]/, "", kv[2]); c[kv[1]] += kv[2] }
  } END {
    print c["passed"] + 0, c["failed"] + c["error"] + c["timeout"] + c["aborted"] + 0, c["total"] - c["executed"] + 0
  }')

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary+=", $skipped skipped"
status=0
if [ "$test_rc" -ne 0 ]; then echo "test.sh: dotnet test exited $test_rc" >&2; status=1; fi
if [ "$failed" -gt 0 ]; then status=1; fi
if [ $((passed + failed)) -eq 0 ]; then echo "test.sh: no test ran" >&2; status=1; fi
echo "$summary"
exit "$status"
