-- wrk script: POST /v1/assess with a fact file as the body (koploper serve's load test).
-- The body file is read once; every request sends the same bytes.
local path = os.getenv("KOPLOPER_FACTS") or "facts/netherlands.yaml"
local f = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/yaml"

-- KOPLOPER_DELAY_MS paces each connection: it waits that long before each next request, so the
-- offered rate is about connections * 1000 / (delay + latency) per second.
local pace = tonumber(os.getenv("KOPLOPER_DELAY_MS") or "")
if pace then
  function delay()
    return pace
  end
end

-- Count answers by status so saturation (503) shows in the summary.
local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p99 %.1f ms, %d requests, %d errors (non-2xx/3xx: %d)\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
