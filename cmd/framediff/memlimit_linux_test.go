package main

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// TestPeakMemory: the peak resident memory is read, and grows by what the
// process touches.
func TestPeakMemory(t *testing.T) {
	before := peakMemory()
	if before < 1<<20 {
		t.Fatalf("peak memory %d bytes: not read", before)
	}
	const n = 256 << 20
	b := make([]byte, n)
	for i := 0; i < n; i += 4096 {
		b[i] = 1
	}
	after := peakMemory()
	runtime.KeepAlive(b)
	if after < before+n/2 {
		t.Errorf("peak memory %d bytes after touching %d more, from %d", after, n, before)
	}
}

// TestSpendPeak: the soft limit falls to the peak so far and the pace
// becomes GOGC=400, unless the user set either.
func TestSpendPeak(t *testing.T) {
	limit, pace := debug.SetMemoryLimit(-1), debug.SetGCPercent(100)
	defer func() { debug.SetMemoryLimit(limit); debug.SetGCPercent(pace) }()

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	debug.SetMemoryLimit(1 << 62)
	spendPeak()
	if got := debug.SetGCPercent(100); got != 400 {
		t.Errorf("GOGC %d after spendPeak, want 400", got)
	}
	if got, peak := debug.SetMemoryLimit(-1), peakMemory(); got <= 0 || uint64(got) > peak {
		t.Errorf("memory limit %d after spendPeak, want at most the peak %d", got, peak)
	}

	t.Setenv("GOGC", "150")
	debug.SetMemoryLimit(1 << 62)
	spendPeak()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, spendPeak changed the pace to %d", got)
	}
}
