package compare

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// seedPath is the scraped RT article of 13 Feb 2022 that the sample
// corpus's Honolulu event is checked with; it lives outside the module, in
// ../shared from the module root, and is absent from a user's clone.
const seedPath = "../../shared/seeds/000_8c2f23df7903cec3.txt"

var sample struct {
	once sync.Once
	docs []*nlp.Doc
	gold map[string]string // article ID -> gold event
	seed *nlp.Doc
	err  error
}

// sampleDocs annotates the sample corpus, and the seed when it is present,
// once per test binary.
func sampleDocs(t testing.TB) ([]*nlp.Doc, map[string]string, *nlp.Doc) {
	t.Helper()
	sample.once.Do(func() {
		paths := []string{"../testdata/corpus"}
		if _, err := os.Stat(seedPath); err == nil {
			paths = append(paths, seedPath)
		}
		ctx := context.Background()
		set, err := corpus.Load(ctx, paths, nil, corpus.Options{})
		if err != nil {
			sample.err = err
			return
		}
		an := &nlp.Annotator{}
		sample.docs, _, sample.err = an.Annotate(ctx, set.Articles)
		if sample.err != nil {
			return
		}
		byPath, err := readGold("../testdata/gold/corpus-events.tsv")
		if err != nil {
			sample.err = err
			return
		}
		sample.gold = map[string]string{}
		for _, d := range sample.docs {
			if d.Source.Path == seedPath || strings.HasSuffix(d.Source.Path, filepath.Base(seedPath)) {
				sample.gold[d.ID] = "honolulu"
				sample.seed = d
				continue
			}
			rel := strings.TrimPrefix(filepath.ToSlash(d.Source.Path), "../testdata/corpus/")
			sample.gold[d.ID] = byPath[rel]
		}
	})
	if sample.err != nil {
		t.Fatal(sample.err)
	}
	return sample.docs, sample.gold, sample.seed
}

func readGold(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, row := range rows[1:] {
		out[row[0]] = row[1]
	}
	return out, nil
}

// goldEvent frames the documents of one gold event as an event, without
// alignment, so that framing tests do not depend on it.
func goldEvent(t testing.TB, key string, opts Options) (Event, []*nlp.Doc) {
	t.Helper()
	docs, gold, _ := sampleDocs(t)
	var members []*nlp.Doc
	outlets := map[string]bool{}
	for _, d := range docs {
		if gold[d.ID] == key {
			members = append(members, d)
			outlets[d.Outlet] = true
		}
	}
	if len(members) == 0 {
		t.Fatalf("no documents of gold event %q", key)
	}
	ev := Event{ID: "e1", Label: key}
	for o := range outlets {
		ev.Outlets = append(ev.Outlets, o)
	}
	sort.Strings(ev.Outlets)
	for _, d := range members {
		ev.Articles = append(ev.Articles, d.ID)
	}
	sort.Strings(ev.Articles)
	ev.Entities = eventEntities(members)
	f := newFramer(docs, opts)
	f.frame(&ev, members)
	return ev, members
}
