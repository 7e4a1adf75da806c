-- GETs one page as many signed-in learners in turn: each request carries the next session cookie of a file,
-- one cookie a line (written by org.attune.bench.Sessions). Without a file, anonymously.
--   wrk -s pages.lua http://host/path -- cookies.txt 'marker'
-- A response counts as good only if it is a 200 whose body contains the marker (a page that lost its session
-- would show the sign-in link instead). Prints one RESULT line for benchmark.sh.
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  cookies = {}
  if args[1] and args[1] ~= "" then
    for line in io.lines(args[1]) do
      cookies[#cookies + 1] = line
    end
  end
  marker = args[2]
  -- Each thread starts at a different learner.
  n = (id * 7919) % math.max(#cookies, 1)
  good, bad, bytes = 0, 0, 0
end

function request()
  if #cookies == 0 then
    return wrk.format("GET")
  end
  n = n % #cookies + 1
  return wrk.format("GET", nil, { Cookie = cookies[n] })
end

function response(status, headers, body)
  if status == 200 and (marker == nil or marker == "" or body:find(marker, 1, true)) then
    good = good + 1
    bytes = bytes + #body
  else
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local good_total, bad_total, bytes_total = 0, 0, 0
  for _, thread in ipairs(threads) do
    good_total = good_total + thread:get("good")
    bad_total = bad_total + thread:get("bad")
    bytes_total = bytes_total + thread:get("bytes")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f good=%d bad=%d socket_errors=%d body_bytes=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, good_total, bad_total, errors, good_total > 0 and math.floor(bytes_total / good_total) or 0))
end
