package compare

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

// memLoader gives back documents by ID as a store does: a copy of each as
// it was read, its names not resolved, and records what it was asked for.
type memLoader struct {
	mu    sync.Mutex
	byID  map[string]*nlp.Doc
	asked []string
	// change, when set, changes the document of that ID as it is loaded.
	change func(*nlp.Doc)
}

func newMemLoader(docs []*nlp.Doc) *memLoader {
	l := &memLoader{byID: map[string]*nlp.Doc{}}
	for _, d := range docs {
		l.byID[d.ID] = d
	}
	return l
}

func (l *memLoader) Docs(_ context.Context, ids []string) ([]*nlp.Doc, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.asked = append(l.asked, ids...)
	var out []*nlp.Doc
	for _, id := range ids {
		d, ok := l.byID[id]
		if !ok {
			continue
		}
		c := *d
		c.Entities = slices.Clone(d.Entities)
		c.Quotes = slices.Clone(d.Quotes)
		if l.change != nil {
			l.change(&c)
		}
		out = append(out, &c)
	}
	return out, nil
}

var _ Loader = (*memLoader)(nil)

// TestLoaderSameReport compares the sample corpus holding its documents
// and again framing each batch of events from its members loaded by ID:
// the reports must be the same, with and without a cache, and only
// events' members are loaded, each once.
func TestLoaderSameReport(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	ctx := context.Background()
	resolved := 0
	for i, d := range nlp.ResolveNames(docs, nil, 0) {
		if d != docs[i] {
			resolved++
		}
	}
	if resolved == 0 {
		t.Fatal("no name of the sample is resolved across the corpus: the test would not see a loaded document left unresolved")
	}
	var compared []string
	for _, d := range docs {
		if d.Language == "" || corpus.Compared(d.Language) {
			compared = append(compared, d.ID)
		}
	}
	// loads: the members of the events are loaded to frame them; counts:
	// every document is loaded once more to count the background, which
	// no Backgrounds keeps.
	for _, tc := range []struct {
		name          string
		set           func(*Options)
		loads, counts bool
	}{
		{"default", func(*Options) {}, true, true},
		{"cache", func(o *Options) { c := newMemCache(); o.Cache, o.Backgrounds = c, c }, true, false},
		{"cache without backgrounds", func(o *Options) { o.Cache = newMemCache() }, true, true},
		{"no pairs", func(o *Options) { o.NoPairs = true }, true, true},
		{"align only", func(o *Options) { o.AlignOnly = true }, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := DefaultOptions()
			tc.set(&opts)
			held, err := Compare(ctx, docs, nil, opts)
			if err != nil {
				t.Fatal(err)
			}
			want := reportJSON(t, held)
			if len(held.Events) < 2 {
				t.Fatalf("%d events; the test needs two or more", len(held.Events))
			}
			l := newMemLoader(docs)
			opts.Loader = l
			if opts.Cache != nil {
				// A cache that holds every event: nothing is loaded.
				if _, err := Compare(ctx, docs, nil, opts); err != nil {
					t.Fatal(err)
				}
				if len(l.asked) != 0 {
					t.Errorf("%d documents loaded for events the cache holds", len(l.asked))
				}
				c := newMemCache()
				opts.Cache = c
				if opts.Backgrounds != nil {
					opts.Backgrounds = c
				}
			}
			loaded, err := Compare(ctx, docs, nil, opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := reportJSON(t, loaded); got != want {
				t.Errorf("the report framed from loaded documents differs from the one from held documents:\n%s", firstDiffJSON(want, got))
			}
			var wantIDs []string
			if tc.loads {
				for _, ev := range held.Events {
					wantIDs = append(wantIDs, ev.Articles...)
				}
			}
			if tc.counts {
				wantIDs = append(wantIDs, compared...)
			}
			slices.Sort(wantIDs)
			asked := slices.Sorted(slices.Values(l.asked))
			if !slices.Equal(asked, wantIDs) {
				t.Errorf("loaded %d documents, want %d: the members of the events (%v) and every document to count (%v)", len(asked), len(wantIDs), tc.loads, tc.counts)
			}
		})
	}
}

// TestLoaderChangedDoc: a member that is not, when loaded, the document
// aligned stops the comparison with a ChangedDocError naming it.
func TestLoaderChangedDoc(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	ctx := context.Background()
	opts := DefaultOptions()
	l := newMemLoader(docs)
	var victim string
	l.change = func(d *nlp.Doc) {
		if victim == "" {
			victim = d.ID
		}
		if d.ID == victim {
			d.Text = d.Text[:len(d.Text)-1] + "!"
		}
	}
	opts.Loader = l
	_, err := Compare(ctx, docs, nil, opts)
	var ce *ChangedDocError
	if !errors.As(err, &ce) || ce.ID != victim {
		t.Fatalf("err %v, want a ChangedDocError naming %s", err, victim)
	}

	// A member the loader no longer holds.
	l = newMemLoader(docs)
	res, err := Compare(ctx, docs, nil, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	gone := res.Events[0].Articles[0]
	delete(l.byID, gone)
	opts.Loader = l
	_, err = Compare(ctx, docs, nil, opts)
	if !errors.As(err, &ce) || ce.ID != gone {
		t.Fatalf("err %v, want a ChangedDocError naming %s", err, gone)
	}
}

// firstDiffJSON shows where two reports part.
func firstDiffJSON(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-150)
	return "held:   ..." + a[from:min(len(a), i+150)] + "\nloaded: ..." + b[from:min(len(b), i+150)]
}
