-- wrk script: a GET paced as assess.lua paces its POST (KOPLOPER_DELAY_MS), for the floor.
local pace = tonumber(os.getenv("KOPLOPER_DELAY_MS") or "")
if pace then
  function delay()
    return pace
  end
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p99 %.1f ms, %d requests, %d errors (non-2xx/3xx: %d)\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
