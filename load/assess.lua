-- wrk script: POST /v1/assess with a fact file as the body (koploper serve's load test, load/run.sh).
-- The body file is read once; every request sends the same bytes. Used for the closed-loop phases
-- (as fast as it goes, saturation); the fixed-rate phases use load/FixedRate.java.
local path = os.getenv("KOPLOPER_FACTS") or "facts/netherlands.yaml"
local f = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/yaml"

-- Answers by status, counted in each thread and summed in done(), so saturation shows as 503s.
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

ok, refused, other = 0, 0, 0
function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
  elseif status == 503 then
    refused = refused + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local s200, s503, sother = 0, 0, 0
  for _, t in ipairs(threads) do
    s200 = s200 + t:get("ok")
    s503 = s503 + t:get("refused")
    sother = sother + t:get("other")
  end
  local e = summary.errors
  io.write(string.format(
    "answers  200 %d, 503 %d, other %d; socket errors: connect %d, read %d, write %d, timeout %d\n",
    s200, s503, sother, e.connect, e.read, e.write, e.timeout))
  io.write(string.format("latency  p50 %.2f ms, p99 %.2f ms, max %.2f ms (closed loop: from send)\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
