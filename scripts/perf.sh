#!/usr/bin/env bash
# Reproduces the figures of docs/performance.md: ingest throughput against
# the prose-only floor, the memory of ingest, compare from a store at
# growing sizes, and how each grows (the exponent k of time ∝ n^k).
#
#   scripts/perf.sh                          everything (about half an hour on two cores)
#   INGEST_SIZES=1000 COMPARE_SIZES="1000 10000" scripts/perf.sh    a quick pass
#
# Ingest runs the model on synthetic text files (scripts/synthcorpus files).
# Compare reads stores filled with synthetic documents annotated by the
# generator (scripts/synthcorpus store): annotating 100,000 articles with
# the model would take about an hour here, and compare reads the
# same kind of documents either way. Full comparisons (framing) run up to
# FRAMING_MAX articles; alignment alone (events) runs at every size.
# Results go to $OUT/results.tsv (label, articles, seconds, peak RSS MB).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${OUT:-bench-out}
INGEST_SIZES=${INGEST_SIZES-"1000 10000"}
COMPARE_SIZES=${COMPARE_SIZES-"1000 3000 10000 30000 100000"}
FRAMING_MAX=${FRAMING_MAX:-100000}
MEM_LIMIT_MB=${MEM_LIMIT_MB:-$(($(awk '/MemTotal/{print $2}' /proc/meminfo) * 9 / 10 / 1024))}
BASIL=${BASIL:-../shared/data/basil-dev}
mkdir -p "$OUT"
RESULTS=$OUT/results.tsv
: >"$RESULTS"

echo "# machine"
echo "cores: $(nproc)"
grep -m1 'model name' /proc/cpuinfo | sed 's/.*: /cpu: /'
echo "memory: $(free -g | awk '/Mem:/{print $2}') GB"
go version
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: ${COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')}"
echo "memory guard: runs over $MEM_LIMIT_MB MB are killed"

go build -o "$OUT/framediff" ./cmd/framediff
go build -o "$OUT/synthcorpus" ./scripts/synthcorpus
go test -c -o "$OUT/store.test" ./corpus/store
fd=$OUT/framediff
synth=$OUT/synthcorpus
bench=$OUT/store.test

# run LABEL N COMMAND...: run once, record wall time and peak RSS. A run
# whose memory passes MEM_LIMIT_MB is killed and recorded as over it, so
# that a shared machine is never driven out of memory.
run() {
	local label=$1 n=$2
	shift 2
	/usr/bin/time -f "%e %M" -o "$OUT/time" "$@" >"$OUT/$label-$n.out" 2>"$OUT/$label-$n.err" &
	local timer=$! over=0 child rss
	while kill -0 "$timer" 2>/dev/null; do
		child=$(pgrep -P "$timer" | head -1 || true)
		rss=$(awk '/VmRSS/{print $2}' "/proc/${child:-0}/status" 2>/dev/null || true)
		if [ -n "$rss" ] && [ "$rss" -gt $((MEM_LIMIT_MB * 1024)) ]; then
			kill -9 "$child"
			over=1
		fi
		sleep 0.5
	done
	if ! wait "$timer"; then
		if [ "$over" = 1 ]; then
			printf '%-24s %7s articles    killed over %d MB\n' "$label" "$n" "$MEM_LIMIT_MB"
			return 0
		fi
		echo "$label $n failed:" >&2
		tail -3 "$OUT/$label-$n.err" >&2
		return 1
	fi
	local secs kb
	read -r secs kb <"$OUT/time"
	printf '%s\t%s\t%s\t%s\n' "$label" "$n" "$secs" "$((kb / 1024))" >>"$RESULTS"
	printf '%-24s %7s articles %9.1f s %7d MB\n' "$label" "$n" "$secs" "$((kb / 1024))"
}

echo
echo "# ingest: the model on synthetic text files"
for n in $INGEST_SIZES; do
	[ -d "$OUT/files-$n" ] || "$synth" files -n "$n" "$OUT/files-$n"
	rm -f "$OUT/ingest-$n.db" "$OUT/ingest-$n.db-wal" "$OUT/ingest-$n.db-shm"
	run ingest "$n" "$fd" ingest --db "$OUT/ingest-$n.db" "$OUT/files-$n"
	grep annotated "$OUT/ingest-$n.out"
	run reingest "$n" "$fd" ingest --db "$OUT/ingest-$n.db" "$OUT/files-$n"
	run events-after-ingest "$n" "$fd" events --db "$OUT/ingest-$n.db" --format json -o /dev/null
	if [ "$n" -le "$FRAMING_MAX" ]; then
		run compare-after-ingest "$n" "$fd" compare --db "$OUT/ingest-$n.db" --format json -o /dev/null
	fi
	echo "floor (prose alone, same texts, same cores):"
	FRAMEDIFF_BENCH_CORPUS=$(cd "$OUT/files-$n" && pwd) "$bench" -test.run '^$' -test.bench 'ProseFloor' -test.benchtime 1x -test.timeout 4h |
		grep '^Benchmark' | tee "$OUT/floor-$n.txt"
done

# Ingest against the floor in one process each, alternating, RATIO_RUNS
# times: other work on the machine slows both alike, and the medians and
# the CPU seconds (which other work barely changes) give the ratio.
RATIO_SIZE=${RATIO_SIZE:-${INGEST_SIZES%% *}}
RATIO_RUNS=${RATIO_RUNS:-4}
if [ -n "$RATIO_SIZE" ]; then
	echo
	echo "# ingest against the floor, $RATIO_SIZE articles, $RATIO_RUNS alternating runs"
	[ -d "$OUT/files-$RATIO_SIZE" ] || "$synth" files -n "$RATIO_SIZE" "$OUT/files-$RATIO_SIZE"
	: >"$OUT/ratio.txt"
	for i in $(seq "$RATIO_RUNS"); do
		# Alternate which goes first, so that a machine growing busier
		# or quieter during the runs favours neither.
		order="Ingest ProseFloor"
		[ $((i % 2)) = 0 ] && order="ProseFloor Ingest"
		for b in $order; do
			FRAMEDIFF_BENCH_CORPUS=$(cd "$OUT/files-$RATIO_SIZE" && pwd) "$bench" -test.run '^$' -test.bench "^Benchmark$b\$" -test.benchtime 1x -test.timeout 4h |
				grep '^Benchmark' | tee -a "$OUT/ratio.txt"
		done
	done
	awk '
		function median(a, n,   i, j, t) {
			for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
			return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
		}
		{
			k = ($1 ~ /Ingest/) ? "i" : "f"
			for (x = 1; x < NF; x++) {
				if ($(x + 1) == "articles/s") rate[k, ++nr[k]] = $x
				if ($(x + 1) == "cpu-s/op") cpu[k, ++nc[k]] = $x
			}
		}
		END {
			for (x = 1; x <= nr["i"]; x++) ri[x] = rate["i", x]
			for (x = 1; x <= nr["f"]; x++) rf[x] = rate["f", x]
			for (x = 1; x <= nc["i"]; x++) ci[x] = cpu["i", x]
			for (x = 1; x <= nc["f"]; x++) cf[x] = cpu["f", x]
			a = median(ri, nr["i"]); f = median(rf, nr["f"]); c1 = median(ci, nc["i"]); c2 = median(cf, nc["f"])
			printf "median ingest %.1f articles/s, floor %.1f articles/s: ingest takes %.2fx the floor'"'"'s time\n", a, f, f / a
			printf "median CPU: ingest %.1f s, floor %.1f s: %.2fx the floor'"'"'s CPU (at most 1.3x wanted)\n", c1, c2, c1 / c2
		}' "$OUT/ratio.txt" | tee "$OUT/ratio-summary.txt"
fi

echo
echo "# compare from a store of synthetic annotated documents"
for n in $COMPARE_SIZES; do
	[ -f "$OUT/synth-$n.db" ] || run fill "$n" "$synth" store -n "$n" "$OUT/synth-$n.db"
	run events "$n" "$fd" events --db "$OUT/synth-$n.db" --format json -o /dev/null
	if [ "$n" -le "$FRAMING_MAX" ]; then
		run compare "$n" "$fd" compare --db "$OUT/synth-$n.db" --format json -o /dev/null
	fi
done
echo "reading the store alone (documents decoded, heap they hold):"
for n in $COMPARE_SIZES; do
	FRAMEDIFF_BENCH_N=$n "$bench" -test.run '^$' -test.bench '^BenchmarkSelect$' -test.benchtime 1x -test.timeout 1h |
		grep '^Benchmark' | sed "s/^/$n articles: /"
done

if [ -d "$BASIL" ]; then
	echo
	echo "# basil-dev: ingest once, then compare from the store and from the files"
	rm -f "$OUT/basil.db" "$OUT/basil.db-wal" "$OUT/basil.db-shm"
	run basil-ingest 448 "$fd" ingest --db "$OUT/basil.db" "$BASIL/basil.jsonl" "$BASIL/distractors.jsonl"
	run basil-compare-store 448 "$fd" compare --db "$OUT/basil.db" --format json -o "$OUT/basil-store.json"
	run basil-compare-files 448 "$fd" compare --format json -o "$OUT/basil-files.json" "$BASIL/basil.jsonl" "$BASIL/distractors.jsonl"
	if cmp -s "$OUT/basil-store.json" "$OUT/basil-files.json"; then
		echo "the two reports are byte-identical"
	else
		echo "THE TWO REPORTS DIFFER" >&2
	fi
fi

echo
echo "# ratios and growth"
awk -F'\t' '
	{ t[$1, $2] = $3; m[$1, $2] = $4; if (!(($1, "seen") in t)) { t[$1, "seen"] = 1; order[++k] = $1 } ns[$1] = ns[$1] " " $2 }
	END {
		for (i = 1; i <= k; i++) {
			l = order[i]; c = split(ns[l], v, " ")
			for (j = 2; j <= c; j++) {
				a = v[j - 1]; b = v[j]
				if (t[l, a] > 0 && t[l, b] > 0 && m[l, a] > 0)
					printf "%-24s %6d -> %6d articles: time exponent %.2f, memory exponent %.2f\n", l, a, b,
						log(t[l, b] / t[l, a]) / log(b / a), log(m[l, b] / m[l, a]) / log(b / a)
			}
			a = v[1]; b = v[c]
			if (c > 2 && t[l, a] > 0 && t[l, b] > 0)
				printf "%-24s %6d -> %6d articles: time exponent %.2f, memory exponent %.2f (overall)\n", l, a, b,
					log(t[l, b] / t[l, a]) / log(b / a), log(m[l, b] / m[l, a]) / log(b / a)
			for (j = 1; j <= c; j++) {
				n = v[j]
				if (l == "ingest" && t["compare-after-ingest", n] > 0)
					printf "ingest / compare from the store, %d articles: %.1fx\n", n, t["ingest", n] / t["compare-after-ingest", n]
				if (l == "ingest" && t["events-after-ingest", n] > 0)
					printf "ingest / events from the store, %d articles: %.1fx\n", n, t["ingest", n] / t["events-after-ingest", n]
			}
		}
		if (t["basil-ingest", 448] > 0 && t["basil-compare-store", 448] > 0) {
			r = t["basil-ingest", 448] / t["basil-compare-store", 448]
			printf "basil-dev: ingest / compare from the store: %.1fx (at least 10x wanted)%s\n", r, (r >= 10 ? "" : "  BELOW 10x")
			printf "basil-dev: compare from files / from the store: %.1fx\n", t["basil-compare-files", 448] / t["basil-compare-store", 448]
		}
	}' "$RESULTS"
for n in $INGEST_SIZES; do
	f=$OUT/floor-$n.txt
	[ -s "$f" ] || continue
	floor=$(awk '{for (i = 1; i < NF; i++) if ($(i + 1) == "articles/s") print $i}' "$f")
	rate=$(grep -o '[0-9.]* articles/s' "$OUT/ingest-$n.out" | cut -d' ' -f1)
	awk -v f="$floor" -v r="$rate" -v n="$n" 'BEGIN { printf "ingest %d: %.1f articles/s, floor %.1f articles/s: %.2fx the floor (at most 1.3x wanted)\n", n, r, f, f / r }'
done
[ -f "$OUT/ratio-summary.txt" ] && cat "$OUT/ratio-summary.txt"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
