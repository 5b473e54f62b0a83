package main

import (
	"math"
	"os"
	"runtime/debug"
)

// limitMemory gives the garbage collector a soft limit of three quarters of
// the machine's memory, unless GOMEMLIMIT sets one. Without it the heap may
// grow to twice what is live before a collection (GOGC=100), and a large
// comparison whose live data would fit is killed for its garbage; with it
// the collector works harder near the limit instead.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if total := totalMemory(); total > 0 {
		debug.SetMemoryLimit(int64(total / 4 * 3))
	}
}

// storeBudget is the soft memory limit of a comparison of a store
// (budgetStore). Read a batch at a time, a store of 100,000 synthetic
// articles holds about a gigabyte at its peak (alignment's profiles and
// evidence, and on a cold comparison the background counts); at the
// default pace the heap grows to twice what is live, and the process
// peaked at 2.0 GB (3.0 GB cold). Held to this the collector works
// harder near it instead.
const storeBudget = 1536 << 20

// budgetStore lowers the soft memory limit to storeBudget for a
// comparison of a store, unless GOMEMLIMIT sets one or the limit is
// already lower.
func budgetStore() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if cur := debug.SetMemoryLimit(-1); storeBudget < cur {
		debug.SetMemoryLimit(storeBudget)
	}
}

// framingRoom is the least memory spendPeak lets framing use. A
// comparison that reads its store a batch at a time (compare.StartScan)
// peaks at a few hundred MB before it frames; held to that, the collector
// ran so often that a cold comparison of 10,000 articles took 51.5 CPU-s
// instead of 41.9 with 1 GiB (peak 1.06 GB).
const framingRoom = 1 << 30

// spendPeak lets the garbage collector use, from here on, the memory the
// process has already needed, and collect less often within it: after a
// comparison from a store has aligned its documents and dropped them,
// which sets its peak, framing allocates much and holds little, and at
// the default pace it collects many times more often than with the corpus
// held. The soft limit becomes the peak so far, or framingRoom if that is
// more (never above the one set), the pace GOGC=400; GOGC or GOMEMLIMIT
// set by the user are left alone.
func spendPeak() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	peak := max(peakMemory(), framingRoom)
	if peak > math.MaxInt64 {
		return
	}
	if cur := debug.SetMemoryLimit(-1); int64(peak) < cur {
		debug.SetMemoryLimit(int64(peak))
	}
	debug.SetGCPercent(400)
}
