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
	// The heap may reuse pages an earlier test touched, so the peak need
	// not grow by n; it must hold the n bytes touched at once.
	if after < before || after < n {
		t.Errorf("peak memory %d bytes after touching %d, from %d", after, n, before)
	}
}

// TestSpendPeak: the soft limit falls to the peak so far, or framingRoom
// when that is more, never rising above the limit set, and the pace
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
	if got, peak := debug.SetMemoryLimit(-1), peakMemory(); got <= 0 || uint64(got) > max(peak, framingRoom) || got < framingRoom {
		t.Errorf("memory limit %d after spendPeak, want the peak %d or %d, the more", got, peak, framingRoom)
	}
	debug.SetMemoryLimit(framingRoom / 2)
	spendPeak()
	if got := debug.SetMemoryLimit(-1); got != framingRoom/2 {
		t.Errorf("memory limit %d after spendPeak, want the %d set before: never raised", got, framingRoom/2)
	}
	debug.SetGCPercent(100)

	t.Setenv("GOGC", "150")
	debug.SetMemoryLimit(1 << 62)
	spendPeak()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, spendPeak changed the pace to %d", got)
	}
}

// TestBudgetStore: a comparison of a store lowers the soft limit to
// storeBudget, never raises it, and leaves a GOMEMLIMIT alone.
func TestBudgetStore(t *testing.T) {
	limit := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(limit)

	t.Setenv("GOMEMLIMIT", "")
	debug.SetMemoryLimit(1 << 40)
	budgetStore()
	if got := debug.SetMemoryLimit(-1); got != storeBudget {
		t.Errorf("memory limit %d after budgetStore, want %d", got, storeBudget)
	}
	debug.SetMemoryLimit(storeBudget / 2)
	budgetStore()
	if got := debug.SetMemoryLimit(-1); got != storeBudget/2 {
		t.Errorf("memory limit %d after budgetStore, want the lower %d kept", got, storeBudget/2)
	}
	t.Setenv("GOMEMLIMIT", "8GiB")
	debug.SetMemoryLimit(1 << 40)
	budgetStore()
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("with GOMEMLIMIT set, budgetStore changed the limit to %d", got)
	}
}
