-- wrk script: GET /api/v1/screen with names taken in turn from $NAMES (one per line).
-- Each wrk thread stops after $REQUESTS_PER_THREAD responses (0: run for the whole duration).
-- Responses other than 200 are counted per thread (globals, so that done() can read them) and reported.
local names = {}
local limit = tonumber(os.getenv("REQUESTS_PER_THREAD") or "0")
local threads = {}
sent, received, failed = 0, 0, 0

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("NAMES")) do
    if #line > 0 then names[#names + 1] = urlencode(line) end
  end
end

function request()
  sent = sent + 1
  return wrk.format("GET", "/api/v1/screen?name=" .. names[(sent % #names) + 1])
end

function response(status, headers, body)
  received = received + 1
  if status ~= 200 then failed = failed + 1 end
  if limit > 0 and received >= limit then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local not_ok = 0
  for _, t in ipairs(threads) do not_ok = not_ok + t:get("failed") end
  io.write(string.format("responses: %d, not 200: %d, socket errors (connect/read/write/timeout): %d/%d/%d/%d\n",
    summary.requests, not_ok, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
