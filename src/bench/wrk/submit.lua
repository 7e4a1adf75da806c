-- Presses "Submit answers" once on each prepared open attempt: the lines of a file written by
-- org.attune.bench.Sessions, "cookie<TAB>path<TAB>body", each the PrimeFaces AJAX request with the page's JSF view
-- state. Each thread takes every n-th line and stops when it has sent its share, so no attempt is sent twice.
--   wrk -s submit.lua http://host -- submissions.txt <threads>
-- A response is good if it is the partial page with the graded result. Prints one RESULT line.
local threads = {}
local counter = 0

-- wrk keeps running until its -d duration even when every thread has stopped, so the rate is measured here:
-- from each thread's first request to its last response, on the monotonic clock (LuaJIT's FFI).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } attune_timespec;
  int clock_gettime(int clock, attune_timespec *now);
]]
local timespec = ffi.new("attune_timespec")
local function now()
  ffi.C.clock_gettime(1, timespec) -- CLOCK_MONOTONIC
  return tonumber(timespec.tv_sec) + tonumber(timespec.tv_nsec) / 1e9
end

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local count = tonumber(args[2])
  local origin = wrk.scheme .. "://" .. wrk.host .. (wrk.port and (":" .. wrk.port) or "")
  mine = {}
  local i = 0
  for line in io.lines(args[1]) do
    if i % count == id then
      local cookie, path, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
      mine[#mine + 1] = wrk.format("POST", path, {
        ["Cookie"] = cookie,
        -- What the browser names as the page's origin; Attune refuses a post from another site.
        ["Origin"] = origin,
        ["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8",
        ["Faces-Request"] = "partial/ajax",
        ["X-Requested-With"] = "XMLHttpRequest",
      }, body)
    end
    i = i + 1
  end
  next_one, sent, good, bad = 1, 0, 0, 0
  first, last = 0, 0
end

function request()
  local r = mine[next_one]
  if r == nil then
    -- Every prepared attempt of this thread is sent: stop it. The request returned here is never answered in
    -- time to count (the thread stops first); it re-sends the last attempt, which the application refuses to
    -- grade twice.
    wrk.thread:stop()
    return mine[#mine]
  end
  if first == 0 then
    first = now()
  end
  next_one = next_one + 1
  sent = sent + 1
  return r
end

function response(status, headers, body)
  last = now()
  if status == 200 and body:find("panel result", 1, true) then
    good = good + 1
  else
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local good_total, bad_total, sent_total = 0, 0, 0
  local started, finished = math.huge, 0
  for _, thread in ipairs(threads) do
    if thread:get("first") > 0 then
      started = math.min(started, thread:get("first"))
    end
    finished = math.max(finished, thread:get("last"))
    good_total = good_total + thread:get("good")
    bad_total = bad_total + thread:get("bad")
    sent_total = sent_total + thread:get("sent")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f good=%d bad=%d socket_errors=%d sent=%d\n",
    summary.requests, finished - started, good_total / (finished - started),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, good_total, bad_total, errors, sent_total))
end
