package compare

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"sort"
	"testing"

	"github.com/framediff/framediff/compare/align"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	synthcorpus "github.com/framediff/framediff/internal/synth"
	"github.com/framediff/framediff/internal/testcorpus"
)

// memAligned is Alignments in memory, as a store keeps them.
type memAligned struct {
	set, state map[string][]byte
	keeps      int
}

func newMemAligned() *memAligned {
	return &memAligned{set: map[string][]byte{}, state: map[string][]byte{}}
}

func (m *memAligned) Aligned(_ context.Context, key string) ([]byte, []byte, error) {
	return m.set[key], m.state[key], nil
}

func (m *memAligned) KeepAligned(_ context.Context, key string, set, state []byte) error {
	m.set[key], m.state[key] = set, state
	m.keeps++
	return nil
}

var _ Alignments = (*memAligned)(nil)

// scanCompare compares docs as a store's comparison does (StartScan),
// with opts and docs' loader, and returns the result collected.
func scanCompare(t *testing.T, docs []*nlp.Doc, opts Options) *Result {
	return scanCompareSeed(t, docs, opts, 1)
}

// scanCompareSeed is scanCompare with the store's rows in the order seed
// shuffles them to.
func scanCompareSeed(t *testing.T, docs []*nlp.Doc, opts Options, seed int64) *Result {
	t.Helper()
	opts.Loader = newMemLoader(docs)
	res, err := StartScan(context.Background(), scanned(docs, opts.Aliases, seed), nil, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := res.Collect(); err != nil {
		t.Fatal(err)
	}
	return res
}

// keptReference aligns docs as the Algorithm of aligned.go says a
// comparison must after old were kept, built from the align and nlp
// packages alone: names resolved by old's (ResolverWith), terms weighed
// by old's frequencies, every article aligned again. It returns each
// event as its ID and members.
func keptReference(t *testing.T, docs, old []*nlp.Doc) []string {
	t.Helper()
	keptNames, all := nlp.NewNames(nil), nlp.NewNames(nil)
	for _, d := range old {
		keptNames.Add(d)
	}
	for _, d := range docs {
		all.Add(d)
	}
	r := keptNames.ResolverWith(all)
	sorted := func(ds []*nlp.Doc) []*nlp.Doc {
		out := make([]*nlp.Doc, len(ds))
		for i, d := range ds {
			out[i] = r.Resolve(d)
		}
		sort.SliceStable(out, func(i, j int) bool { return corpus.Less(&out[i].Article, &out[j].Article) })
		return out
	}
	oc := align.NewCorpus(nil, 1)
	oc.Add(sorted(old))
	c := align.NewCorpus(nil, 1)
	c.Add(sorted(docs))
	var outlets []string
	for _, d := range docs {
		outlets = append(outlets, d.Outlet)
	}
	slices.Sort(outlets)
	opts := DefaultOptions()
	res, err := c.Align(context.Background(), align.Options{
		Window: opts.Window, MinOutlets: opts.MinOutlets, MinSimilarity: opts.MinSimilarity,
		Frequencies: oc.Frequencies(),
	}, slices.Compact(outlets))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, ev := range res.Events {
		out = append(out, fmt.Sprint(ev.ID, ev.Articles))
	}
	return out
}

func eventsOf(r *Result) []string {
	var out []string
	for _, ev := range r.Events {
		out = append(out, fmt.Sprint(ev.ID, ev.Articles))
	}
	return out
}

// TestKeptAlignment compares a growing corpus as a store's comparison
// does, with alignment's inputs kept (aligned.go): with nothing kept, and
// again from what was kept, the report is the one of a comparison that
// keeps nothing, byte for byte; after an addition of at most RefreshShare
// of the kept set, the events are those of the reference (keptReference)
// and the report says the inputs were kept; after a larger addition, or
// when a kept article changed, the inputs are made anew and the report is
// again that of a comparison that keeps nothing.
func TestKeptAlignment(t *testing.T) {
	sample, _, _ := testcorpus.Sample(t)
	g := synthcorpus.New(400, synthcorpus.Config{Seed: 11, Days: 40})
	var synthetic []*nlp.Doc
	for i := range g.Len() {
		synthetic = append(synthetic, g.Doc(i))
	}
	for _, set := range []struct {
		name string
		docs []*nlp.Doc
	}{
		{"sample", englishDocs(sample)},
		{"synthetic", synthetic},
	} {
		t.Run(set.name, func(t *testing.T) {
			docs := slices.Clone(set.docs)
			sort.SliceStable(docs, func(i, j int) bool { return corpus.Less(&docs[i].Article, &docs[j].Article) })
			// The newest tenth, less one, is added after the rest is
			// kept: within RefreshShare. Then as many again: beyond it.
			step := max(1, len(docs)/12)
			old, mid := docs[:len(docs)-2*step], docs[:len(docs)-step]
			cold := func(ds []*nlp.Doc) string { return reportJSON(t, scanCompare(t, ds, DefaultOptions())) }
			mem := newMemAligned()
			opts := DefaultOptions()
			opts.Alignments = mem

			if got, want := reportJSON(t, scanCompare(t, old, opts)), cold(old); got != want {
				t.Fatalf("nothing kept: the report differs from one that keeps nothing:\n%s", firstDiffJSON(want, got))
			}
			if got, want := reportJSON(t, scanCompare(t, old, opts)), cold(old); got != want {
				t.Fatalf("again from what was kept: the report differs:\n%s", firstDiffJSON(want, got))
			}
			if mem.keeps != 1 {
				t.Fatalf("kept %d times, want once", mem.keeps)
			}

			res := scanCompare(t, mid, opts)
			if mem.keeps != 1 {
				t.Fatal("an addition within RefreshShare made the inputs anew")
			}
			if want := alignedShare(len(old), len(mid)); res.Params.Alignment != want {
				t.Errorf("params.alignment %q, want %q", res.Params.Alignment, want)
			}
			if got, want := eventsOf(res), keptReference(t, mid, old); !slices.Equal(got, want) {
				t.Errorf("after the addition, events\n%q\nwant the reference's\n%q", got, want)
			}
			// Any order of the rows, any number of workers: the same bytes.
			one := opts
			one.Workers = 1
			if got, want := reportJSON(t, scanCompareSeed(t, mid, one, 7)), reportJSON(t, res); got != want {
				t.Fatalf("after the addition, another order and one worker: the report differs:\n%s", firstDiffJSON(want, got))
			}
			if !slices.Equal(eventsOf(res), eventsOf(scanCompare(t, mid, DefaultOptions()))) {
				t.Log("the kept inputs moved some events from a full re-alignment's")
			}

			if got, want := reportJSON(t, scanCompare(t, docs, opts)), cold(docs); got != want {
				t.Fatalf("beyond RefreshShare: the report differs from one that keeps nothing:\n%s", firstDiffJSON(want, got))
			}
			if mem.keeps != 2 {
				t.Fatalf("beyond RefreshShare: kept %d times, want twice", mem.keeps)
			}
			for _, s := range mem.set {
				if len(s) != 32*len(docs) {
					t.Fatalf("the kept set holds %d articles, want %d", len(s)/32, len(docs))
				}
			}

			// A kept article changed: made anew.
			changed := slices.Clone(docs)
			d := *changed[0]
			d.Title += " (updated)"
			changed[0] = &d
			if got, want := reportJSON(t, scanCompare(t, changed, opts)), cold(changed); got != want {
				t.Fatalf("a kept article changed: the report differs from one that keeps nothing:\n%s", firstDiffJSON(want, got))
			}
			if mem.keeps != 3 {
				t.Fatalf("a kept article changed: kept %d times, want 3", mem.keeps)
			}

			// Bytes this program cannot read are made anew, not trusted.
			for k := range mem.state {
				mem.state[k] = bytes.Repeat([]byte{0xff}, 40)
			}
			if got, want := reportJSON(t, scanCompare(t, changed, opts)), cold(changed); got != want {
				t.Fatalf("unreadable state: the report differs:\n%s", firstDiffJSON(want, got))
			}
		})
	}
}

// FuzzDecodeAligned: any bytes decode without panicking, and a state
// that decodes resolves and weighs.
func FuzzDecodeAligned(f *testing.F) {
	// Seeded by hand: a corpus read here would make every fuzzing
	// worker start slowly.
	ns := nlp.NewNames(nil)
	ns.AddMentions([]nlp.Mention{{Name: "Ben Okafor", Type: nlp.Person}, {Name: "Okafor", Type: nlp.Person}, {Name: "FOX News", Type: nlp.Org}})
	ns.AddMentions([]nlp.Mention{{Name: "Fox News", Type: nlp.Org}, {Name: "Kyiv", Type: nlp.Place}})
	c := align.NewCorpus(nil, 1)
	names, err := ns.MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	b, err := encodeAligned(names, c.Frequencies())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add(b[:len(b)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		st, err := decodeAligned(b, nil)
		if err != nil {
			return
		}
		st.names.ResolverWith(nlp.NewNames(nil))
		_ = st.freq.Docs()
	})
}

// BenchmarkKeptAligned times what keeping alignment's inputs adds to a
// comparison of 10,000 synthetic articles: at a refresh, collecting and
// encoding the names and frequencies (encode); at a step, decoding them
// and resolving by them (decode).
func BenchmarkKeptAligned(b *testing.B) {
	g := synthcorpus.New(10000, synthcorpus.Config{Seed: 1})
	docs := make([]*nlp.Doc, g.Len())
	for i := range docs {
		docs[i] = g.Doc(i)
	}
	collect := func() *nlp.Names {
		ns := nlp.NewNames(nil)
		for _, d := range docs {
			ns.Add(d)
		}
		return ns
	}
	c := align.NewCorpus(nil, 0)
	c.Add(docs)
	var state []byte
	b.Run("encode", func(b *testing.B) {
		ns := collect()
		for b.Loop() {
			names, err := ns.MarshalBinary()
			if err != nil {
				b.Fatal(err)
			}
			if state, err = encodeAligned(names, c.Frequencies()); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(state)), "bytes")
	})
	b.Run("decode", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			more := collect()
			b.StartTimer()
			st, err := decodeAligned(state, nil)
			if err != nil {
				b.Fatal(err)
			}
			st.names.ResolverWith(more)
		}
	})
	b.Run("resolver today", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			ns := collect()
			b.StartTimer()
			ns.Resolver()
		}
	})
}
