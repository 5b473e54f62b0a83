#!/usr/bin/env bash
# Reproduces the figures of docs/performance.md: ingest throughput against
# the prose-only floor, the memory of ingest, compare from a store at
# growing sizes, and how each grows (the exponent k of time ∝ n^k).
#
#   scripts/perf.sh                          everything (about an hour on two cores)
#   INGEST_SIZES=1000 COMPARE_SIZES="1000 10000" scripts/perf.sh    a quick pass
#
# Ingest runs the model on synthetic text files (scripts/synthcorpus files).
# Compare reads stores filled with synthetic documents annotated by the
# generator (scripts/synthcorpus store): annotating 100,000 articles with
# the model would take about an hour here, and compare reads the
# same kind of documents either way. Full comparisons (framing) run up to
# FRAMING_MAX articles; alignment alone (events) runs at every size.
# Compare runs on each ENGINE (sqlite, and postgres when PG_URL or
# FRAMEDIFF_TEST_POSTGRES names a server: scripts/pgtest start gives one):
# a store of N articles compared cold, again, after INCREMENT more articles
# (the newest of one corpus of N + INCREMENT), as an overview, one event,
# and the profile view when this framediff has one.
# Results go to $OUT/results.tsv (label, articles, seconds, peak RSS MB,
# CPU seconds, bytes written).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${OUT:-bench-out}
INGEST_SIZES=${INGEST_SIZES-"1000 10000"}
COMPARE_SIZES=${COMPARE_SIZES-"1000 10000 100000"}
FRAMING_MAX=${FRAMING_MAX:-100000}
INCREMENT=${INCREMENT:-1000}
ENGINES=${ENGINES-"sqlite postgres"}
PG_URL=${PG_URL:-${FRAMEDIFF_TEST_POSTGRES:-}}
FLOOR_MAX=${FLOOR_MAX:-10000}
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

# run LABEL N OUTPUT COMMAND...: run once, record wall time, CPU time
# (user + system), peak RSS and the size of OUTPUT (a file the command
# writes, or - for none). A run whose memory passes MEM_LIMIT_MB is killed
# and recorded as over it, so that a shared machine is never driven out of
# memory.
run() {
	local label=$1 n=$2 output=$3 log
	shift 3
	log=$OUT/$(echo "$label" | tr / -)-$n
	/usr/bin/time -f "%e %U %S %M" -o "$OUT/time" "$@" >"$log.out" 2>"$log.err" &
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
			printf '%-28s %7s articles    killed over %d MB\n' "$label" "$n" "$MEM_LIMIT_MB"
			return 0
		fi
		echo "$label $n failed:" >&2
		tail -3 "$log.err" >&2
		return 1
	fi
	local secs user sys kb bytes=0
	read -r secs user sys kb <"$OUT/time"
	[ "$output" != - ] && [ -f "$output" ] && bytes=$(stat -c %s "$output")
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$n" "$secs" "$((kb / 1024))" "$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.1f", u + s}')" "$bytes" >>"$RESULTS"
	printf '%-28s %7s articles %8.1f s %8.1f CPU-s %7d MB' "$label" "$n" "$secs" "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u + s}')" "$((kb / 1024))"
	[ "$output" != - ] && printf ' %12s bytes out' "$bytes"
	printf '\n'
}

# Stores: a SQLite file, or a schema of its own on the
# PostgreSQL server PG_URL names (scripts/pgtest start gives one; without
# it the postgres engine is skipped).
pg_store() {
	local schema=$1
	PGOPTIONS=--client-min-messages=warning psql -q -v ON_ERROR_STOP=1 "$PG_URL" -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema" >/dev/null
	case $PG_URL in
	*\?*) echo "$PG_URL&search_path=$schema" ;;
	*) echo "$PG_URL?search_path=$schema" ;;
	esac
}
new_store() { # engine label
	if [ "$1" = postgres ]; then
		pg_store "perf_$2"
	else
		rm -f "$OUT/$2.db" "$OUT/$2.db-wal" "$OUT/$2.db-shm"
		echo "$OUT/$2.db"
	fi
}
engines=""
for e in $ENGINES; do
	if [ "$e" = postgres ] && [ -z "$PG_URL" ]; then
		echo "postgres: PG_URL is not set (eval \"\$(scripts/pgtest start)\"; PG_URL=\$FRAMEDIFF_TEST_POSTGRES): skipped"
		continue
	fi
	engines="$engines $e"
done
has_profile=0
"$fd" --help 2>&1 | grep -qE "^[[:space:]]+profile[[:space:]]" && has_profile=1

echo
echo "# ingest: the model on synthetic text files"
for n in $INGEST_SIZES; do
	[ -d "$OUT/files-$n" ] || "$synth" files -n "$n" "$OUT/files-$n"
	rm -f "$OUT/ingest-$n.db" "$OUT/ingest-$n.db-wal" "$OUT/ingest-$n.db-shm"
	for e in $engines; do
		db=$(new_store "$e" "ingest_$n")
		run "ingest/$e" "$n" - "$fd" ingest --db "$db" "$OUT/files-$n"
		grep annotated "$OUT/ingest-$e-$n.out" || true
		run "reingest/$e" "$n" - "$fd" ingest --db "$db" "$OUT/files-$n"
		if [ "$n" -le "$FRAMING_MAX" ]; then
			run "compare-after-ingest/$e" "$n" - "$fd" compare --db "$db" --format json -o /dev/null
		fi
	done
	if [ "$n" -le "$FLOOR_MAX" ]; then
		echo "floor (prose alone, same texts, same cores):"
		FRAMEDIFF_BENCH_CORPUS=$(cd "$OUT/files-$n" && pwd) "$bench" -test.run '^$' -test.bench 'ProseFloor' -test.benchtime 1x -test.timeout 4h |
			grep '^Benchmark' | tee "$OUT/floor-$n.txt"
	fi
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
echo "# compare from a store that grows: N synthetic articles, then the $INCREMENT published after them"
for n in $COMPARE_SIZES; do
	for e in $engines; do
		db=$(new_store "$e" "synth_$n")
		# One corpus of N + INCREMENT articles, split by publication
		# time: the store as it was, then what was published since.
		run "fill/$e" "$n" - "$synth" store -n $((n + INCREMENT)) -hold "$INCREMENT" "$db"
		run "events/$e" "$n" "$OUT/events-$e-$n.json" "$fd" events --db "$db" --format json -o "$OUT/events-$e-$n.json"
		if [ "$n" -le "$FRAMING_MAX" ]; then
			run "compare-cold/$e" "$n" "$OUT/cold-$e-$n.json" "$fd" compare --db "$db" --format json -o "$OUT/cold-$e-$n.json"
			run "compare-again/$e" "$n" "$OUT/again-$e-$n.json" "$fd" compare --db "$db" --format json -o "$OUT/again-$e-$n.json"
			cmp -s "$OUT/cold-$e-$n.json" "$OUT/again-$e-$n.json" && echo "  compare again: the same report, byte for byte" || echo "  COMPARE AGAIN GAVE ANOTHER REPORT" >&2
			run "add/$e" "$n" - "$synth" store -n $((n + INCREMENT)) -newest "$INCREMENT" "$db"
			run "compare-increment/$e" "$n" "$OUT/inc-$e-$n.json" "$fd" compare --db "$db" --format json -o "$OUT/inc-$e-$n.json"
			run "overview-increment/$e" "$n" "$OUT/overview-$e-$n.html" "$fd" compare --db "$db" --format html -o "$OUT/overview-$e-$n.html"
			run "event/$e" "$n" "$OUT/event-$e-$n.html" "$fd" compare --db "$db" --format html --event e1 -o "$OUT/event-$e-$n.html"
			if [ "$has_profile" = 1 ]; then
				run "profile/$e" "$n" "$OUT/profile-$e-$n.out" "$fd" profile --db "$db" -o "$OUT/profile-$e-$n.out"
			else
				echo "  profile: this framediff has no profile command (hook: the profile/ENGINE label)"
			fi
			rm -f "$OUT/cold-$e-$n.json" "$OUT/again-$e-$n.json"
		fi
	done
done
if [ -n "$COMPARE_SIZES" ] && [ "${SELECT_BENCH:-1}" = 1 ]; then
	echo "reading the store alone (documents decoded, heap they hold):"
	for n in $COMPARE_SIZES; do
		FRAMEDIFF_BENCH_N=$n "$bench" -test.run '^$' -test.bench '^BenchmarkSelect$/sqlite' -test.benchtime 1x -test.timeout 1h |
			grep '^Benchmark' | sed "s/^/$n articles: /"
	done
fi

if [ -d "$BASIL" ]; then
	echo
	echo "# basil-dev: ingest once, then compare from the store (cold, again) and from the files"
	run basil-compare-files 448 "$OUT/basil-files.json" "$fd" compare --format json -o "$OUT/basil-files.json" "$BASIL/basil.jsonl" "$BASIL/distractors.jsonl"
	for e in $engines; do
		db=$(new_store "$e" basil)
		run "basil-ingest/$e" 448 - "$fd" ingest --db "$db" "$BASIL/basil.jsonl" "$BASIL/distractors.jsonl"
		run "basil-compare-cold/$e" 448 "$OUT/basil-$e.json" "$fd" compare --db "$db" --format json -o "$OUT/basil-$e.json"
		run "basil-compare-again/$e" 448 "$OUT/basil-$e-again.json" "$fd" compare --db "$db" --format json -o "$OUT/basil-$e-again.json"
		for f in "$OUT/basil-$e.json" "$OUT/basil-$e-again.json"; do
			if cmp -s "$f" "$OUT/basil-files.json"; then
				echo "  $(basename "$f"): byte-identical to the report from the files"
			else
				echo "  $(basename "$f"): DIFFERS from the report from the files" >&2
			fi
		done
	done
fi

echo
echo "# ratios and growth"
awk -F'\t' '
	{ t[$1, $2] = $3; m[$1, $2] = $4; c[$1, $2] = $5; if (!(($1, "seen") in t)) { t[$1, "seen"] = 1; order[++k] = $1 } ns[$1] = ns[$1] " " $2 }
	END {
		for (i = 1; i <= k; i++) {
			l = order[i]; nv = split(ns[l], v, " ")
			for (j = 2; j <= nv; j++) {
				a = v[j - 1]; b = v[j]
				if (t[l, a] > 0 && t[l, b] > 0 && m[l, a] > 0 && c[l, a] > 0 && c[l, b] > 0)
					printf "%-28s %6d -> %6d articles: exponent of time %.2f, of CPU %.2f, of memory %.2f\n", l, a, b,
						log(t[l, b] / t[l, a]) / log(b / a), log(c[l, b] / c[l, a]) / log(b / a), log(m[l, b] / m[l, a]) / log(b / a)
			}
			a = v[1]; b = v[nv]
			if (nv > 2 && t[l, a] > 0 && t[l, b] > 0 && c[l, a] > 0 && c[l, b] > 0)
				printf "%-28s %6d -> %6d articles: exponent of time %.2f, of CPU %.2f, of memory %.2f (overall)\n", l, a, b,
					log(t[l, b] / t[l, a]) / log(b / a), log(c[l, b] / c[l, a]) / log(b / a), log(m[l, b] / m[l, a]) / log(b / a)
		}
		for (i = 1; i <= k; i++) {
			l = order[i]
			if (l !~ /^compare-(cold|increment)\// ) continue
			nv = split(ns[l], v, " ")
			for (j = 1; j <= nv; j++) {
				n = v[j]
				goal = (l ~ /cold/) ? 30 : 5
				if (n == 100000)
					printf "goal %s at %d articles: %.1f s against under %d s%s; %d MB against under 2,048 MB%s\n", l, n, t[l, n], goal,
						(t[l, n] < goal ? " (met)" : " (MISSED)"), m[l, n], (m[l, n] < 2048 ? " (met)" : " (MISSED)")
			}
		}
		for (i = 1; i <= k; i++) {
			l = order[i]
			if (l !~ /^basil-ingest\//) continue
			e = substr(l, index(l, "/") + 1)
			if (t["basil-compare-again/" e, 448] > 0)
				printf "basil-dev on %s: ingest / compare from the store again: %.1fx\n", e, t[l, 448] / t["basil-compare-again/" e, 448]
		}
	}' "$RESULTS"
for n in $INGEST_SIZES; do
	f=$OUT/floor-$n.txt
	[ -s "$f" ] || continue
	floor=$(awk '{for (i = 1; i < NF; i++) if ($(i + 1) == "articles/s") print $i}' "$f")
	rate=$(grep -o '[0-9.]* articles/s' "$OUT/ingest-sqlite-$n.out" 2>/dev/null | cut -d' ' -f1)
	[ -n "$rate" ] || continue
	awk -v f="$floor" -v r="$rate" -v n="$n" 'BEGIN { printf "ingest %d: %.1f articles/s, floor %.1f articles/s: %.2fx the floor (at most 1.3x wanted)\n", n, r, f, f / r }'
done
[ -f "$OUT/ratio-summary.txt" ] && cat "$OUT/ratio-summary.txt"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
