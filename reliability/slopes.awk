# Least-squares slopes of a soak's samples after warm-up, and the verdict.
# Input: the CSV soak.sh writes (minute,heap_mb,threads,open_files,pulses_per_s,ingest_per_s,heap_max_mb;
# heap_mb is the lowest of the minute's reads after a full collection, heap_max_mb the highest).
# Prints one line per figure: mean, max, slope per hour and slope in % of the mean per hour, then the
# heap's floor: the lowest read in each floorWindow minutes after warm-up and the slope through those.
# The renderer's texture pool (software pipeline: up to a quarter of -Xmx, in the heap) lifts single
# reads by tens of MB depending on the scenes on screen; a leak lifts the floor. Sets a non-zero exit
# status when a figure grows past its limit (see docs/reliability.md).
BEGIN { FS = ","; split("heap_mb,threads,open_files,pulses_per_s,ingest_per_s", names, ","); if (floorWindow <= 0) floorWindow = 10 }
NR == 1 { next }
$1 + 0 < warmup + 0 { next }
{
  n++; x = $1 / 60.0; sx += x; sxx += x * x; if (n == 1) first = x; last = x
  for (i = 1; i <= 5; i++) { v = $(i + 1) + 0; sy[i] += v; sxy[i] += x * v; if (v > max[i] || n == 1) max[i] = v }
  high = NF >= 7 ? $7 + 0 : $2 + 0; if (high > heapHigh) heapHigh = high
  w = int(($1 - warmup) / floorWindow); if (!(w in floor) || $2 + 0 < floor[w]) floor[w] = $2 + 0
  if (w + 1 > windows) windows = w + 1
}
END {
  if (n < 3 || last - first < 0.25) { print "too few samples after warm-up (" n ", " int((last - first) * 60) " min); run longer for a verdict"; verdict = 0 } else verdict = 1
  d = n * sxx - sx * sx; fail = 0
  printf "%-14s %10s %10s %12s %10s\n", "figure", "mean", "max", "slope/h", "%/h"
  for (i = 1; i <= 5; i++) {
    mean = sy[i] / n; slope = d == 0 ? 0 : (n * sxy[i] - sx * sy[i]) / d; pct = mean == 0 ? 0 : 100 * slope / mean
    printf "%-14s %10.1f %10.1f %+12.2f %+9.2f%%\n", names[i], mean, max[i], slope, pct
    if (names[i] == "heap_mb") heapMean = mean
    if (verdict && (names[i] == "threads" || names[i] == "open_files") && slope > countPerHour && slope * (last - first) >= 2) { print "FAIL: " names[i] " grow"; fail = 1 }
    if (verdict && names[i] == "pulses_per_s" && pct < -pulsesPct) { print "FAIL: frame rate falls"; fail = 1 }
  }
  floorSlope = floorSlopePerHour(); floorPct = floorMean == 0 ? 0 : 100 * floorSlope / floorMean
  printf "heap floor per %d min:", floorWindow
  for (w = 0; w < windows; w++) if ((w in floor) && whole(w)) printf " %.1f", floor[w]
  printf "\n%-14s %10.1f %10.1f %+12.2f %+9.2f%%\n", "heap_floor", floorMean, heapHigh, floorSlope, floorPct
  if (verdict && fullWindows < 3) { print "too few whole floor windows (" fullWindows "); run longer or shorten --floor-window"; verdict = 0 }
  if (verdict && floorPct > heapPct) { print "FAIL: the heap's floor grows more than " heapPct " %/h"; fail = 1 }
  if (verdict && heapHigh > heapMax) { print "FAIL: a heap read exceeds " heapMax " MB"; fail = 1 }
  printf "samples after warm-up: %d over %.0f min\n", n, (last - first) * 60
  if (!verdict) exit 2
  print fail ? "soak: FAILED" : "soak: passed"
  exit fail
}
# The slope (MB per hour) through the floors of the whole windows, each placed at its window's middle.
function floorSlopePerHour(   w, k, x, fx, fxx, fy, fxy, dd) {
  fullWindows = 0
  for (w = 0; w < windows; w++) {
    if (!(w in floor) || !whole(w)) continue
    k++; x = (warmup + (w + 0.5) * floorWindow) / 60.0
    fx += x; fxx += x * x; fy += floor[w]; fxy += x * floor[w]
  }
  fullWindows = k; floorMean = k == 0 ? 0 : fy / k; dd = k * fxx - fx * fx
  return dd == 0 ? 0 : (k * fxy - fx * fy) / dd
}
function whole(w) { return (w + 1) * floorWindow + warmup <= last * 60 + 0.5 }
