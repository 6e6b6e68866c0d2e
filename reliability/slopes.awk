# Least-squares slopes of a soak's samples after warm-up, and the verdict.
# Input: the CSV soak.sh writes (minute,heap_mb,threads,open_files,pulses_per_s,ingest_per_s).
# Prints one line per figure: mean, slope per hour and slope in % of the mean per hour; sets a
# non-zero exit status when a figure grows past its limit (see docs/reliability.md).
BEGIN { FS = ","; split("heap_mb,threads,open_files,pulses_per_s,ingest_per_s", names, ",") }
NR == 1 { next }
$1 + 0 < warmup + 0 { next }
{
  n++; x = $1 / 60.0; sx += x; sxx += x * x; if (n == 1) first = x; last = x
  for (i = 1; i <= 5; i++) { v = $(i + 1) + 0; sy[i] += v; sxy[i] += x * v; if (v > max[i] || n == 1) max[i] = v }
}
END {
  if (n < 3 || last - first < 0.25) { print "too few samples after warm-up (" n ", " int((last - first) * 60) " min); run longer for a verdict"; verdict = 0 } else verdict = 1
  d = n * sxx - sx * sx; fail = 0
  printf "%-14s %10s %10s %12s %10s\n", "figure", "mean", "max", "slope/h", "%/h"
  for (i = 1; i <= 5; i++) {
    mean = sy[i] / n; slope = (n * sxy[i] - sx * sy[i]) / d; pct = mean == 0 ? 0 : 100 * slope / mean
    printf "%-14s %10.1f %10.1f %+12.2f %+9.2f%%\n", names[i], mean, max[i], slope, pct
    if (verdict && names[i] == "heap_mb" && (pct > heapPct || max[i] > heapMax)) { print "FAIL: heap grows or exceeds " heapMax " MB"; fail = 1 }
    if (verdict && (names[i] == "threads" || names[i] == "open_files") && slope > countPerHour && slope * (last - first) >= 2) { print "FAIL: " names[i] " grow"; fail = 1 }
    if (verdict && names[i] == "pulses_per_s" && pct < -pulsesPct) { print "FAIL: frame rate falls"; fail = 1 }
  }
  printf "samples after warm-up: %d over %.0f min\n", n, (last - first) * 60
  if (!verdict) exit 2
  print fail ? "soak: FAILED" : "soak: passed"
  exit fail
}
