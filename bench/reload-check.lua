-- wrk script for bench/reload-under-load.sh: drives path and neighbourhood requests that all include the entity
-- "armenia", whose name carries the data version's marker ("Armenia", "Armenia v1", ...). For every response it
-- checks that the ETag (the data version) and the body agree: one ETag must always come with one name. A response
-- whose body is of another version than its ETag (a mix) is counted as "mixed".

local targets = {
  "/api/paths?from=armenia&to=israel",
  "/api/entities/armenia/neighbourhood?depth=2",
  "/api/paths?from=armenia&to=vladimir-putin&k=3",
  "/api/entities/nikol-pashinyan/neighbourhood",
}
local threads = {}
local counter = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  names = {}      -- etag -> name seen with it
  counts = {}     -- etag -> responses
  statuses = {}   -- non-200 status -> count
  mixed = 0
  unparsed = 0
  checked = 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", targets[(counter % #targets) + 1])
end

function response(status, headers, body)
  if status ~= 200 then
    statuses[tostring(status)] = (statuses[tostring(status)] or 0) + 1
    return
  end
  local etag = headers["ETag"] or headers["etag"]
  local name = body:match('"id":"armenia","name":"([^"]*)"')
  if etag == nil or name == nil then
    unparsed = unparsed + 1
    return
  end
  checked = checked + 1
  counts[etag] = (counts[etag] or 0) + 1
  local seen = names[etag]
  if seen == nil then
    names[etag] = name
  elseif seen ~= name then
    mixed = mixed + 1
  end
end

function done(summary, latency, requests)
  local all_names, all_counts, all_statuses = {}, {}, {}
  local mixed_total, unparsed_total, checked_total = 0, 0, 0
  for _, thread in ipairs(threads) do
    mixed_total = mixed_total + thread:get("mixed")
    unparsed_total = unparsed_total + thread:get("unparsed")
    checked_total = checked_total + thread:get("checked")
    for etag, name in pairs(thread:get("names")) do
      if all_names[etag] ~= nil and all_names[etag] ~= name then
        mixed_total = mixed_total + 1
      end
      all_names[etag] = name
    end
    for etag, n in pairs(thread:get("counts")) do all_counts[etag] = (all_counts[etag] or 0) + n end
    for s, n in pairs(thread:get("statuses")) do all_statuses[s] = (all_statuses[s] or 0) + n end
  end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("RESULT socket_errors connect=%d read=%d write=%d timeout=%d non2xx=%d\n",
    e.connect, e.read, e.write, e.timeout, e.status))
  io.write(string.format("RESULT checked=%d mixed=%d unparsed=%d\n", checked_total, mixed_total, unparsed_total))
  for s, n in pairs(all_statuses) do io.write(string.format("RESULT status %s: %d\n", s, n)) end
  for etag, name in pairs(all_names) do
    io.write(string.format("RESULT version %s name=%q responses=%d\n", etag, name, all_counts[etag] or 0))
  end
end
