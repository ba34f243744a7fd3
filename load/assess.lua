-- wrk script: POST /v1/assess with fact files as the bodies (koploper serve's load test, load/run.sh).
-- KOPLOPER_FACTS names the files, separated by spaces; each is read once and the requests take
-- them in turn, so that the rules really work (the same region again and again changes nothing,
-- and Drools then fires nothing). Used for the closed-loop phases (as fast as it goes,
-- saturation); the fixed-rate phases use load/FixedRate.java with the same files.
local bodies = {}
for path in string.gmatch(os.getenv("KOPLOPER_FACTS") or "facts/netherlands.yaml", "%S+") do
  local f = assert(io.open(path, "rb"))
  table.insert(bodies, f:read("*a"))
  f:close()
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/yaml"

local sent = 0
function request()
  sent = sent + 1
  return wrk.format(nil, nil, nil, bodies[(sent % #bodies) + 1])
end

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
