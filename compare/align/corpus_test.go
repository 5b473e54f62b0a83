package align

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// A Corpus read a batch at a time, the way a comparison of a store reads
// it, gives the alignment of the documents held whole, whatever the batch
// size and the number of workers, with overrides applied; only the
// events' Docs, which it does not keep, are left out.
func TestCorpusInBatchesAlignsAsDocs(t *testing.T) {
	synth, _ := newSynth(11).corpus(600)
	all, _, _ := sampleDocs(t)
	var sample []*nlp.Doc // a Corpus aligns one language
	for _, d := range all {
		if languageOf(d) == "en" {
			sample = append(sample, d)
		}
	}
	for _, tc := range []struct {
		name string
		docs []*nlp.Doc
		opts Options
	}{
		{"sample", sample, defaultOptions},
		{"synthetic", synth, Options{Window: defaultOptions.Window, MinOutlets: 1, MinSimilarity: DefaultMinSimilarity}},
	} {
		docs := append([]*nlp.Doc{}, tc.docs...)
		sort.SliceStable(docs, func(i, j int) bool { return corpus.Less(&docs[i].Article, &docs[j].Article) })
		docs = nlp.ResolveNames(docs, nil, 0)
		outlets := map[string]bool{}
		for _, d := range docs {
			outlets[d.Outlet] = true
		}
		var all []string
		for o := range outlets {
			all = append(all, o)
		}
		sort.Strings(all)
		opts := tc.opts
		// An override of each kind, so that the refs a Corpus keeps are
		// read too.
		opts.Overrides = []Override{
			{Kind: Same, A: docs[0].ID, B: docs[len(docs)-1].ID, Source: "test:1"},
			{Kind: Apart, A: docs[1].ID, B: docs[2].ID, Source: "test:2"},
		}
		held, err := Align(context.Background(), docs, opts, all)
		if err != nil {
			t.Fatal(err)
		}
		for k := range held.Events {
			if len(held.Events[k].Docs) != len(held.Events[k].Articles) {
				t.Fatalf("%s: event %s holds %d documents for %d articles", tc.name, held.Events[k].ID, len(held.Events[k].Docs), len(held.Events[k].Articles))
			}
			held.Events[k].Docs = nil
		}
		want := encodeResult(t, held)
		if len(held.Events) < 2 {
			t.Fatalf("%s: %d events, want several", tc.name, len(held.Events))
		}
		for _, batch := range []int{1, 7, 256, len(docs)} {
			for _, workers := range []int{1, 2, 3} {
				c := NewCorpus(nil, workers)
				for start := 0; start < len(docs); start += batch {
					c.Add(docs[start:min(start+batch, len(docs))])
				}
				if c.Len() != len(docs) || c.Languages() != 1 {
					t.Fatalf("%s: the corpus read %d documents in %d languages, want %d in 1", tc.name, c.Len(), c.Languages(), len(docs))
				}
				opts.Workers = workers
				got, err := c.Align(context.Background(), opts, all)
				if err != nil {
					t.Fatal(err)
				}
				if s := encodeResult(t, got); s != want {
					t.Errorf("%s: batches of %d on %d workers: a different alignment", tc.name, batch, workers)
				}
			}
		}
	}
}

func encodeResult(t *testing.T, r *Result) string {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(fmt.Errorf("encoding the alignment: %w", err))
	}
	return string(b)
}
