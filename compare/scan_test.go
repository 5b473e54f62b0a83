package compare

import (
	"context"
	"errors"
	"math/rand"
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

// scanned reads docs into a Scan in a shuffled order, as a store walks
// its rows.
func scanned(docs []*nlp.Doc, aliases *nlp.Aliases, seed int64) *Scan {
	s := NewScan(aliases)
	order := slices.Clone(docs)
	rand.New(rand.NewSource(seed)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	for _, d := range order {
		s.Add(d)
	}
	return s
}

// scannedRecords is scanned with each document read from its record
// (Records) instead, as a comparison of a store reads it.
func scannedRecords(t testing.TB, docs []*nlp.Doc, aliases *nlp.Aliases, seed int64) *Scan {
	s := NewScan(aliases)
	order := slices.Clone(docs)
	rand.New(rand.NewSource(seed)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	for k, rec := range Records(order, nil, 2) {
		a := order[k].Article
		if err := s.AddRecord(a, order[k].WordCount, rec); err != nil {
			t.Fatalf("record of %s: %v", a.ID, err)
		}
	}
	return s
}

// TestScanSameReport compares the sample corpus held whole (Compare) and
// read twice, never held (StartScan): the reports must be byte for byte
// the same, in one language (aligned from what align.Corpus keeps) and in
// several (loaded whole and handed to Start), read from the documents and
// from their records (Records: in several languages the records of the
// articles not in English hold no terms, and the documents are read), with a cache and kept
// counts (then again from them), without pairs, for chosen events and
// aligned only; the texts of the events' members come back with
// LoadTexts.
func TestScanSameReport(t *testing.T) {
	all, _, _ := testcorpus.Sample(t)
	english := englishDocs(all)
	ctx := context.Background()
	for _, corpusCase := range []struct {
		name string
		docs []*nlp.Doc
	}{{"english", english}, {"languages", all}} {
		docs := corpusCase.docs
		for _, tc := range []struct {
			name string
			set  func(*Options)
		}{
			{"default", func(*Options) {}},
			{"cache", func(o *Options) { c := newMemCache(); o.Cache, o.Backgrounds = c, c }},
			{"no pairs", func(o *Options) { o.NoPairs = true }},
			{"chosen events", func(o *Options) { o.EventIDs = []string{"e2", "e1"} }},
			{"align only", func(o *Options) { o.AlignOnly = true }},
		} {
			t.Run(corpusCase.name+"/"+tc.name, func(t *testing.T) {
				opts := DefaultOptions()
				tc.set(&opts)
				held, err := Compare(ctx, docs, nil, opts)
				if err != nil {
					t.Fatal(err)
				}
				if len(held.Events) < 2 {
					t.Fatalf("%d events; the test needs two or more", len(held.Events))
				}
				want := reportJSON(t, held)
				if opts.Cache != nil {
					c := newMemCache()
					opts.Cache, opts.Backgrounds = c, c
				}
				opts.Loader = newMemLoader(docs)
				for round := range 4 { // docs, records; with a cache, again from it
					s := scanned(docs, nil, int64(round))
					if round%2 == 1 {
						s = scannedRecords(t, docs, nil, int64(round))
					}
					for _, a := range s.Articles() {
						if a.Text != "" {
							t.Fatalf("the scan keeps the text of %s", a.ID)
						}
					}
					res, err := StartScan(ctx, s, nil, opts)
					if err != nil {
						t.Fatal(err)
					}
					if err := res.LoadTexts(); err != nil {
						t.Fatal(err)
					}
					if err := res.Collect(); err != nil {
						t.Fatal(err)
					}
					if got := reportJSON(t, res); got != want {
						t.Fatalf("round %d: the report of the scanned store differs from the one of the held documents:\n%s", round, firstDiffJSON(want, got))
					}
					text := map[string]string{}
					for _, a := range held.Articles {
						text[a.ID] = a.Text
					}
					for _, ev := range res.Events {
						for _, id := range ev.Articles {
							i := slices.IndexFunc(res.Articles, func(a Article) bool { return a.ID == id })
							if i < 0 || res.Articles[i].Text != text[id] || text[id] == "" {
								t.Fatalf("member %s of %s: its text did not come back", id, ev.ID)
							}
						}
					}
					if opts.Cache == nil && round == 1 {
						break
					}
				}
			})
		}
	}
}

// TestScanChangedDoc: a document changed or removed between the two
// readings stops the comparison with a ChangedDocError naming it.
func TestScanChangedDoc(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	english := englishDocs(docs)
	ctx := context.Background()
	victim := english[len(english)/2].ID
	for _, tc := range []struct {
		name   string
		change func(l *memLoader)
	}{
		{"text changed", func(l *memLoader) {
			l.change = func(d *nlp.Doc) {
				if d.ID == victim {
					d.Text = d.Text[:len(d.Text)-1] + "!"
				}
			}
		}},
		{"name changed", func(l *memLoader) {
			l.change = func(d *nlp.Doc) {
				if d.ID == victim && len(d.Entities) > 0 {
					d.Entities[0].Name += " Jr."
				}
			}
		}},
		{"removed", func(l *memLoader) { delete(l.byID, victim) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := DefaultOptions()
			l := newMemLoader(english)
			tc.change(l)
			opts.Loader = l
			_, err := StartScan(ctx, scanned(english, nil, 1), nil, opts)
			var ce *ChangedDocError
			if !errors.As(err, &ce) || ce.ID != victim {
				t.Fatalf("err %v, want a ChangedDocError naming %s", err, victim)
			}
		})
	}
	if _, err := StartScan(ctx, NewScan(nil), nil, DefaultOptions()); err == nil {
		t.Error("StartScan without a Loader: no error")
	}
}

// TestWalkedKeepsMembers: once a scanned comparison's events are walked,
// it lets go of their alignment (evidence, members' reasons, entities),
// which nothing reads after, and still gives each event's members
// (Members), as a profile reads them.
func TestWalkedKeepsMembers(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	english := englishDocs(docs)
	ctx := context.Background()
	opts := DefaultOptions()
	opts.Loader = newMemLoader(english)
	res, err := StartScan(ctx, scanned(english, nil, 1), nil, opts)
	if err != nil {
		t.Fatal(err)
	}
	var members [][]string
	if err := res.EachEvent(func(ev *Event) error {
		members = append(members, ev.Articles)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(members) < 2 || res.EventCount() != len(members) {
		t.Fatalf("%d events walked, %d counted; the test needs two or more", len(members), res.EventCount())
	}
	for k, ev := range res.pending.events {
		if ev.ID != "" || ev.Evidence != nil || ev.Members != nil || ev.Articles != nil {
			t.Errorf("event %d walked keeps its alignment: %s, %d links, %d members", k, ev.ID, len(ev.Evidence), len(ev.Members))
		}
	}
	ks := make([]int, len(members))
	for k := range ks {
		ks[k] = k
	}
	got, err := res.Members(ctx, ks)
	if err != nil {
		t.Fatal(err)
	}
	for k, ds := range got {
		var ids []string
		for _, d := range ds {
			ids = append(ids, d.ID)
		}
		slices.Sort(ids)
		if !slices.Equal(ids, members[k]) {
			t.Errorf("event %d: Members gives %v, the event's articles are %v", k, ids, members[k])
		}
	}
}

// englishDocs returns the documents in English (or of no language).
func englishDocs(docs []*nlp.Doc) []*nlp.Doc {
	var out []*nlp.Doc
	for _, d := range docs {
		if d.Language == "" || d.Language == "en" {
			out = append(out, d)
		}
	}
	return out
}
