package fetch

import (
	"context"
	"math/rand/v2"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Clock is the time a Client reads and waits by. Tests give a virtual
// one, so that backoff and rate limits cost no real time.
type Clock interface {
	Now() time.Time
	// Sleep waits d, or until ctx is done, when it returns ctx's error.
	Sleep(ctx context.Context, d time.Duration) error
}

// realClock is the wall clock.
type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func (realClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// host is what a Client knows of one host (scheme and host:port): its
// rate limiter, the time before which nothing may be sent to it (a
// Retry-After), and its robots.txt.
type host struct {
	lim *rate.Limiter

	mu        sync.Mutex
	notBefore time.Time
	robots    *robotsState
}

// hostOf returns the state of the host key, made on first use.
func (c *Client) hostOf(key string) *host {
	c.mu.Lock()
	defer c.mu.Unlock()
	h := c.hosts[key]
	if h == nil {
		h = &host{lim: rate.NewLimiter(every(c.opts.HostInterval), 1)}
		c.hosts[key] = h
	}
	return h
}

func every(d time.Duration) rate.Limit {
	if d <= 0 {
		return rate.Inf
	}
	return rate.Every(d)
}

// slowDown makes the host's interval at least d (a robots.txt
// Crawl-delay), up to MaxCrawlDelay.
func (c *Client) slowDown(h *host, d time.Duration) {
	d = min(d, c.opts.MaxCrawlDelay)
	if d <= c.opts.HostInterval {
		return
	}
	h.lim.SetLimitAt(c.clock.Now(), every(d))
}

// hold keeps every request to the host waiting until at least t (the
// server asked for it with Retry-After, or backoff chose it).
func (h *host) hold(t time.Time) {
	h.mu.Lock()
	if t.After(h.notBefore) {
		h.notBefore = t
	}
	h.mu.Unlock()
}

// wait blocks until the host may be sent a request: past any hold, then
// the rate limiter's next slot.
func (c *Client) wait(ctx context.Context, h *host) error {
	for {
		now := c.clock.Now()
		h.mu.Lock()
		nb := h.notBefore
		h.mu.Unlock()
		if !nb.After(now) {
			break
		}
		if err := c.clock.Sleep(ctx, nb.Sub(now)); err != nil {
			return err
		}
	}
	now := c.clock.Now()
	r := h.lim.ReserveN(now, 1)
	if err := c.clock.Sleep(ctx, r.DelayFrom(now)); err != nil {
		r.CancelAt(c.clock.Now())
		return err
	}
	return nil
}

// backoff is the wait before retry number n (0 for the first retry):
// Options.Backoff doubled n times, capped at MaxBackoff, of which a random
// half is jitter ("equal jitter"), so that clients that failed together
// do not all come back together, and none comes back at once.
func (c *Client) backoff(n int) time.Duration {
	d := c.opts.Backoff
	for i := 0; i < n && d < c.opts.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, c.opts.MaxBackoff)
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2+1)
}
