package main

import (
	"context"
	"encoding/json"
	"sort"
	"testing"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/store"
	synthcorpus "github.com/framediff/framediff/internal/synth"
)

// putSynthetic stores docs in the store at db, each with its record, as
// ingest and synthcorpus store do.
func putSynthetic(t *testing.T, db string, docs []*nlp.Doc) {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.MakeRecords(compare.RecordKind(nil), func(docs []*nlp.Doc) [][]byte { return compare.Records(docs, nil, 0) })
	if _, err := s.Put(ctx, docs, nil); err != nil {
		t.Fatal(err)
	}
}

// TestStoreKeepsAlignment: on each engine, `events --db` keeps
// alignment's names and frequencies: after an addition of a tenth or
// less the report says they were kept (params.alignment), after a larger
// one it does not, and both engines give the same bytes at every step.
func TestStoreKeepsAlignment(t *testing.T) {
	g := synthcorpus.New(300, synthcorpus.Config{Seed: 5, Days: 30})
	docs := make([]*nlp.Doc, g.Len())
	for i := range docs {
		docs[i] = g.Doc(i)
	}
	sort.SliceStable(docs, func(i, j int) bool { return corpus.Less(&docs[i].Article, &docs[j].Article) })
	steps := []struct {
		upTo int    // the store holds the oldest upTo articles
		note string // params.alignment
	}{
		{240, ""},
		{240, ""},
		{264, "names and term frequencies of 240 of the 264 articles aligned, kept in the store"},
		{300, ""},
	}
	var reports [][]string
	for _, kind := range storeKinds {
		t.Run(kind.name, func(t *testing.T) {
			db := kind.location(t)
			var outs []string
			held := 0
			for k, st := range steps {
				if st.upTo > held {
					putSynthetic(t, db, docs[held:st.upTo])
					held = st.upTo
				}
				code, out, stderr := runCmd(t, "", "events", "--format", "json", "--db", db)
				if code != exitOK {
					t.Fatalf("step %d: exit %d\n%s", k, code, stderr)
				}
				var r struct {
					Params struct {
						Alignment string `json:"alignment"`
					} `json:"params"`
				}
				if err := json.Unmarshal([]byte(out), &r); err != nil {
					t.Fatal(err)
				}
				if r.Params.Alignment != st.note {
					t.Errorf("step %d, %d articles: params.alignment %q, want %q", k, st.upTo, r.Params.Alignment, st.note)
				}
				outs = append(outs, out)
			}
			if outs[0] != outs[1] {
				t.Errorf("again from the kept inputs, the report differs:\n%s", firstDiff(outs[0], outs[1]))
			}
			reports = append(reports, outs)
		})
	}
	if len(reports) == 2 {
		for k := range steps {
			if reports[0][k] != reports[1][k] {
				t.Errorf("step %d: the report from PostgreSQL differs from SQLite's:\n%s", k, firstDiff(reports[0][k], reports[1][k]))
			}
		}
	}
}
