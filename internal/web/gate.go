package web

import (
	"context"
	"errors"
	"time"
)

// errBusy is a request that found no turn: the queue was full, or its
// wait ran out.
var errBusy = errors.New("busy")

// gate admits at most n comparisons at once. Up to queue more wait, each
// at most wait, for one to finish; any more are refused at once. Memory
// is bounded by n comparisons and n+queue request bodies, whatever the
// number of requests.
type gate struct {
	slots   chan struct{}
	waiting chan struct{}
	wait    time.Duration
}

func newGate(n, queue int, wait time.Duration) *gate {
	return &gate{slots: make(chan struct{}, n), waiting: make(chan struct{}, queue), wait: wait}
}

// enter waits for a turn and returns the function that gives it back. It
// fails with errBusy, or with ctx's error when the request is cancelled
// while it waits.
func (g *gate) enter(ctx context.Context) (release func(), err error) {
	release = func() { <-g.slots }
	select {
	case g.slots <- struct{}{}:
		return release, nil
	default:
	}
	select {
	case g.waiting <- struct{}{}:
	default:
		return nil, errBusy
	}
	defer func() { <-g.waiting }()
	t := time.NewTimer(g.wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return release, nil
	case <-t.C:
		return nil, errBusy
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
