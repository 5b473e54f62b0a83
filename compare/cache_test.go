package compare

import (
	"context"
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

// memCache is a Cache and Backgrounds in memory, as a store keeps them.
type memCache struct {
	mu      sync.Mutex
	frames  map[string][]byte
	counted map[string][]byte
	counts  map[string][]byte
	recount int // KeepCounts calls
}

func newMemCache() *memCache {
	return &memCache{frames: map[string][]byte{}, counted: map[string][]byte{}, counts: map[string][]byte{}}
}

func (m *memCache) Frames(_ context.Context, keys []string) (map[string][]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string][]byte{}
	for _, k := range keys {
		if v, ok := m.frames[k]; ok {
			out[k] = v
		}
	}
	return out, nil
}

func (m *memCache) KeepFrames(_ context.Context, fs map[string][]byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for k, v := range fs {
		if _, ok := m.frames[k]; !ok {
			m.frames[k] = v
		}
	}
	return nil
}

func (m *memCache) Counted(_ context.Context, key string) ([]byte, error) { return m.counted[key], nil }
func (m *memCache) Counts(_ context.Context, key string) ([]byte, error)  { return m.counts[key], nil }
func (m *memCache) KeepCounts(_ context.Context, key string, counted, counts []byte) error {
	m.counted[key], m.counts[key] = counted, counts
	m.recount++
	return nil
}

var (
	_ Cache       = (*memCache)(nil)
	_ Backgrounds = (*memCache)(nil)
)

// reportJSON is the result as its JSON, what must not change.
func reportJSON(t *testing.T, r *Result) string {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCacheHitsAndMisses compares the sample corpus again and again with
// one cache: the second comparison frames nothing and gives the same
// result as the first and as one without a cache; changed options frame
// every event again; an article that joins no event frames nothing; a
// changed member frames again.
func TestCacheHitsAndMisses(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	ctx := context.Background()
	opts := DefaultOptions()
	fresh, err := Compare(ctx, docs, nil, opts)
	if err != nil {
		t.Fatal(err)
	}
	n := len(fresh.Events)
	if n < 2 {
		t.Fatalf("the sample gives %d events; the test needs two or more", n)
	}
	want := reportJSON(t, fresh)

	c := newMemCache()
	opts.Cache, opts.Backgrounds, opts.RefreshShare = c, c, 0.5
	run := func(name string, docs []*nlp.Doc, opts Options, framed, cached int) *Result {
		t.Helper()
		res, err := Compare(ctx, docs, nil, opts)
		if err != nil {
			t.Fatal(err)
		}
		if w := res.Work(); w.Framed != framed || w.Cached != cached {
			t.Errorf("%s: framed %d and read %d from the cache, want %d and %d", name, w.Framed, w.Cached, framed, cached)
		}
		return res
	}
	first := run("first", docs, opts, n, 0)
	if got := reportJSON(t, first); got != want {
		t.Error("first comparison with a cache differs from one without")
	}
	second := run("second", docs, opts, 0, n)
	if got := reportJSON(t, second); got != want {
		t.Error("comparison from the cache differs from one computed afresh")
	}
	if c.recount != 1 {
		t.Errorf("background counted %d times, want once", c.recount)
	}

	top := opts
	top.Top = 7
	run("other --top", docs, top, n, 0)
	pairs := opts
	pairs.NoPairs = true
	run("no pairs", docs, pairs, n, 0)

	// An article of a new outlet a year later joins no event: nothing is
	// framed again, and the counts are kept as they were (one article is
	// under RefreshShare of the corpus).
	extra := *docs[0]
	extra.ID, extra.URL, extra.Outlet = "unrelated-1", "https://unrelated.example/1", "Unrelated Outlet"
	extra.Published = docs[0].Published.Add(365 * 24 * time.Hour)
	grown := append(append([]*nlp.Doc{}, docs...), &extra)
	res := run("unrelated addition", grown, opts, 0, n)
	if res.Params.Background == "corpus" {
		t.Errorf("params.background %q does not say that an article is not counted", res.Params.Background)
	}

	// A member changed: the store's counts no longer count it, they are
	// counted again, and every event is framed against them.
	recount := c.recount
	changed := append([]*nlp.Doc{}, docs...)
	d := *fresh.docOf(t, docs, fresh.Events[0].Articles[0])
	d.Title += " (updated)"
	for i := range changed {
		if changed[i].ID == d.ID {
			changed[i] = &d
		}
	}
	run("changed member", changed, opts, n, 0)
	if c.recount != recount+1 {
		t.Errorf("a changed article was counted %d times again, want once", c.recount-recount)
	}
	// Without kept counts (no Backgrounds) the background is counted from
	// the documents, so a changed document changes it, and with it every
	// event's key.
	plain := opts
	plain.Backgrounds = nil
	run("counted from the documents", docs, plain, n, 0)
	run("counted from the documents, again", docs, plain, 0, n)
	keys := len(c.frames)
	run("counted from the documents, one changed", changed, plain, n, 0)
	if len(c.frames) != keys+2*n {
		t.Errorf("cache grew by %d values, want %d (each event's framing and its summary)", len(c.frames)-keys, 2*n)
	}
}

// docOf returns the document of id.
func (r *Result) docOf(t *testing.T, docs []*nlp.Doc, id string) *nlp.Doc {
	t.Helper()
	for _, d := range docs {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("no document %s", id)
	return nil
}

// TestCacheCountsRefresh adds articles past RefreshShare: the counts are
// brought up to date with the new articles only, and equal counts made
// afresh: the result is the one a comparison without a cache gives.
func TestCacheCountsRefresh(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	ctx := context.Background()
	half := docs[:len(docs)/2]
	opts := DefaultOptions()
	c := newMemCache()
	opts.Cache, opts.Backgrounds = c, c
	if _, err := Compare(ctx, half, nil, opts); err != nil {
		t.Fatal(err)
	}
	res, err := Compare(ctx, docs, nil, opts)
	if err != nil {
		t.Fatal(err)
	}
	if c.recount != 2 {
		t.Errorf("counts kept %d times, want twice (made, then brought up to date)", c.recount)
	}
	if res.Params.Background != "corpus" {
		t.Errorf("params.background %q after the counts were brought up to date, want corpus", res.Params.Background)
	}
	plain := DefaultOptions()
	fresh, err := Compare(ctx, docs, nil, plain)
	if err != nil {
		t.Fatal(err)
	}
	if reportJSON(t, res) != reportJSON(t, fresh) {
		t.Error("counts brought up to date give another result than counts made afresh")
	}
}

// BenchmarkCompareCached compares the sample corpus with every event's
// framing and the background counts read from a cache, as a comparison
// of an unchanged store does, against BenchmarkCompareFresh.
func BenchmarkCompareCached(b *testing.B) {
	docs, _, _ := testcorpus.Sample(b)
	opts := DefaultOptions()
	c := newMemCache()
	opts.Cache, opts.Backgrounds = c, c
	if _, err := Compare(context.Background(), docs, nil, opts); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Compare(context.Background(), docs, nil, opts); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCompareFresh(b *testing.B) {
	docs, _, _ := testcorpus.Sample(b)
	for b.Loop() {
		if _, err := Compare(context.Background(), docs, nil, DefaultOptions()); err != nil {
			b.Fatal(err)
		}
	}
}
