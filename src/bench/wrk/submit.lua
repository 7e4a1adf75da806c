-- Presses "Submit answers" once on each prepared open attempt: the lines of a file written by
-- org.attune.bench.Sessions, "cookie<TAB>path<TAB>body", each the PrimeFaces AJAX request with the page's JSF view
-- state. Each thread takes every n-th line, so no attempt is sent twice, and stops when every one of its share is
-- answered; when the last thread stops, wrk is interrupted (as Ctrl-C does), so it prints its figures then rather
-- than at the end of its -d duration, which is only the bound on a run that does not finish.
--   wrk -s submit.lua http://host -- submissions.txt <threads> <marker file prefix>
-- A response is good if it is the partial page with the graded result. Prints one RESULT line.
local threads = {}
local counter = 0

-- The rate is measured here, from the first request to the last response of any thread, on the monotonic clock
-- (LuaJIT's FFI), not over wrk's own duration, which runs on until the interruption.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } attune_timespec;
  int clock_gettime(int clock, attune_timespec *now);
  int getpid(void);
  int kill(int pid, int signal);
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
  count = tonumber(args[2])
  marker_prefix = args[3]
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
  next_one, reserved, sent, good, bad = 1, 0, 0, 0, 0
  first, last = 0, 0
end

-- wrk asks before each request of a connection: an attempt is reserved for it, or, when this thread's share is
-- all reserved, the connection waits (for ever) instead of sending another request.
function delay()
  if reserved < #mine then
    reserved = reserved + 1
    return 0
  end
  return 1e9
end

local function exists(path)
  local file = io.open(path, "r")
  if file then
    file:close()
  end
  return file ~= nil
end

-- This thread is done: it says so in a file of its own, and the last one interrupts wrk.
local function finish()
  io.open(marker_prefix .. id, "w"):close()
  wrk.thread:stop()
  for i = 0, count - 1 do
    if not exists(marker_prefix .. i) then
      return
    end
  end
  ffi.C.kill(ffi.C.getpid(), 2) -- SIGINT
end

function request()
  local r = mine[next_one]
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
  if sent == #mine and good + bad == sent then
    finish()
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
