-- GETs one page as many signed-in learners in turn: each request carries the next session cookie of a file,
-- one cookie a line (written by org.attune.bench.Sessions). Without a file ("" instead), anonymously.
--   wrk -s pages.lua http://host/path -- cookies.txt 'marker' ['another marker' ...]
-- A response counts as good only if it is a 200 whose body contains every marker (a page that lost its session
-- would show the sign-in link instead). It also counts the responses that set a session cookie (JSESSIONID): a
-- page that starts a session for every visitor shows here. Prints one RESULT line for benchmark.sh.
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
  markers = {}
  for i = 2, #args do
    markers[#markers + 1] = args[i]
  end
  -- Each thread starts at a different learner.
  n = (id * 7919) % math.max(#cookies, 1)
  good, bad, bytes, sessions = 0, 0, 0, 0
end

function request()
  if #cookies == 0 then
    return wrk.format("GET")
  end
  n = n % #cookies + 1
  return wrk.format("GET", nil, { Cookie = cookies[n] })
end

local function right_page(status, body)
  if status ~= 200 then
    return false
  end
  for _, marker in ipairs(markers) do
    if not body:find(marker, 1, true) then
      return false
    end
  end
  return true
end

function response(status, headers, body)
  if right_page(status, body) then
    good = good + 1
    bytes = bytes + #body
  else
    bad = bad + 1
  end
  for name, value in pairs(headers) do
    if name:lower() == "set-cookie" and value:find("JSESSIONID=", 1, true) then
      sessions = sessions + 1
    end
  end
end

function done(summary, latency, requests)
  local good_total, bad_total, bytes_total, sessions_total = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    good_total = good_total + thread:get("good")
    bad_total = bad_total + thread:get("bad")
    bytes_total = bytes_total + thread:get("bytes")
    sessions_total = sessions_total + thread:get("sessions")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f good=%d bad=%d socket_errors=%d body_bytes=%d new_sessions=%d\n",
    summary.requests, summary.duration / 1e6, good_total / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, good_total, bad_total, errors, good_total > 0 and math.floor(bytes_total / good_total) or 0, sessions_total))
end
