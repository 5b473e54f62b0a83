package main

import (
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
