package main

// Feeds: ingest --feed URL reads each feed, fetches the articles its items
// link to, and stores them; --every keeps doing it.
//
//	poll: feeds ─fetch (cached, conditional)─▶ item links ─ new? ─▶ store.Ingest (fetch, read, annotate, commit)
//	                                                        │
//	                                                        └─ stored already, or done earlier in this run: skipped
//
// A link is done once it is stored, or failed for a lasting reason (a
// 404, a robots.txt rule, a page that is no article); a link that failed
// for a passing one (a timeout, a 5xx, a 429) is tried again at the next
// poll. A stop (SIGINT, SIGTERM) ends the poll where it is: committed
// batches stay, the batch being written is rolled back whole, and its
// pages are in the fetch cache for the next run.

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/fetch"
	"github.com/framediff/framediff/corpus/store"
)

// minEvery is the shortest --every: feeds rarely change faster, and
// polling a site more often is not polite.
const minEvery = time.Minute

// feedPoller polls feeds into a store.
type feedPoller struct {
	e      *env
	s      *store.Store
	db     string
	feeds  []string
	client *fetch.Client
	opts   store.IngestOptions
	// every is the time from one poll's start to the next's; 0 polls once.
	every time.Duration
	// wait waits d or until ctx is done; tests make it instant.
	wait func(ctx context.Context, d time.Duration) error
	// stamp prefixes the lines of a repeated poll with the time.
	stamp func() string

	// done holds the links this process is finished with.
	done map[string]bool
	// stored counts the articles stored since the start.
	stored int
}

// run polls once, or with every set until ctx is cancelled, which is then
// a clean stop and returns nil.
func (p *feedPoller) run(ctx context.Context) error {
	if p.done == nil {
		p.done = map[string]bool{}
	}
	for {
		start := time.Now()
		err := p.poll(ctx)
		if errors.Is(err, context.Canceled) {
			if p.every == 0 {
				return fmt.Errorf("interrupted with %d articles stored in %s: run the same ingest again to finish", p.stored, p.db)
			}
			fmt.Fprintf(p.e.stderr, "framediff: stopped during a poll: %d articles stored since the start; the batch being written was rolled back, and the next run fetches its pages from the cache\n", p.stored)
			return nil
		}
		if err != nil {
			return err
		}
		if p.every == 0 {
			return nil
		}
		next := start.Add(p.every)
		if err := p.wait(ctx, time.Until(next)); err != nil {
			fmt.Fprintf(p.e.stderr, "framediff: stopped between polls: %d articles stored since the start\n", p.stored)
			return nil
		}
	}
}

// poll reads every feed once and ingests the links that are new.
func (p *feedPoller) poll(ctx context.Context) error {
	var links []string
	seen := map[string]bool{}
	failed := 0
	for _, f := range p.feeds {
		page, err := p.client.Get(ctx, f)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			fmt.Fprintf(p.e.stderr, "framediff: %sfeed %s: %s\n", p.stamp(), f, corpus.FetchReason(err))
			failed++
			continue
		}
		ls, err := corpus.FeedLinks(page.Body, page.URL)
		if err != nil {
			fmt.Fprintf(p.e.stderr, "framediff: %sfeed %s: %v\n", p.stamp(), f, err)
			failed++
			continue
		}
		for _, l := range ls {
			if !seen[l] && !p.done[l] {
				seen[l] = true
				links = append(links, l)
			}
		}
	}
	known, err := p.s.KnownURLs(ctx, links)
	if err != nil {
		return err
	}
	fresh := links[:0]
	for _, l := range links {
		if known[l] {
			p.done[l] = true
			continue
		}
		fresh = append(fresh, l)
	}
	feeds := fmt.Sprintf("%d %s", len(p.feeds), plural(len(p.feeds), "feed", "feeds"))
	if failed > 0 {
		feeds += fmt.Sprintf(" (%d unreadable)", failed)
	}
	if len(fresh) == 0 {
		fmt.Fprintf(p.e.stdout, "%s%s: %s, no new links\n", p.stamp(), p.db, feeds)
		return nil
	}
	rec := &outcomes{Fetcher: p.client, passing: map[string]bool{}}
	opts := p.opts
	opts.Fetcher = rec
	var skipped []corpus.Skipped
	opts.Skipped = func(sk corpus.Skipped) { skipped = append(skipped, sk) }
	bar := newIngestProgress(p.e.stderr)
	opts.Progress = bar.update
	st, err := p.s.Ingest(ctx, fresh, nil, opts)
	bar.finish()
	warnSkipped(p.e.stderr, skipped)
	p.stored += st.Added + st.Replaced + st.Updated
	if err != nil {
		return err
	}
	for _, l := range fresh {
		if !rec.passed(l) {
			p.done[l] = true
		}
	}
	fmt.Fprintf(p.e.stdout, "%s%s: %s, %d new %s: %d added, %d replaced, %d updated, %d unchanged, %d duplicates; %d skipped\n",
		p.stamp(), p.db, feeds, len(fresh), plural(len(fresh), "link", "links"), st.Added, st.Replaced, st.Updated, st.Unchanged, st.Duplicates, st.Skipped)
	return nil
}

// outcomes is a Fetcher that notes the URLs that failed for a passing
// reason, to be tried again at the next poll.
type outcomes struct {
	corpus.Fetcher
	mu      sync.Mutex
	passing map[string]bool
}

func (o *outcomes) Get(ctx context.Context, url string) (*fetch.Page, error) {
	p, err := o.Fetcher.Get(ctx, url)
	var fe *fetch.Error
	if errors.As(err, &fe) && fe.Temporary() {
		o.mu.Lock()
		o.passing[url] = true
		o.mu.Unlock()
	}
	return p, err
}

func (o *outcomes) passed(url string) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.passing[url]
}

// sleep is feedPoller.wait on the wall clock.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(max(d, 0))
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
