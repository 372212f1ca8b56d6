-- One request, repeated: bench/Anibase.Bench sets the method, body and bearer token.
local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY") or ""
local token = os.getenv("BENCH_TOKEN") or ""

wrk.method = method
if method == "POST" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
if token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

-- One JSON line for the harness. Any status of 400 or more counts as an error.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"bench":{"requests":%d,"duration_us":%d,"errors":%d,"status_errors":%d,"socket_errors":%d,"p50_us":%d,"p99_us":%d}}\n',
    summary.requests, summary.duration, e.status + e.connect + e.read + e.write + e.timeout, e.status,
    e.connect + e.read + e.write + e.timeout, latency:percentile(50), latency:percentile(99)))
end
