// Package testcorpus gives tests of every stage the sample corpus,
// annotated once per test binary, with its gold events, and the seed
// article when ../shared is present beside the module.
package testcorpus

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// Root is the module's root directory.
var Root = func() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}()

// SeedPath is the scraped RT article of 13 Feb 2022 that the sample
// corpus's Honolulu event is checked with; it lives outside the module, in
// ../shared from the module root, and is absent from a user's clone.
var SeedPath = filepath.Join(Root, "..", "shared", "seeds", "000_8c2f23df7903cec3.txt")

var sample struct {
	once sync.Once
	docs []*nlp.Doc
	gold map[string]string // article ID -> gold event
	seed *nlp.Doc
	err  error
}

// Sample annotates the sample corpus, and the seed when it is present,
// once per test binary. gold maps each article's ID to its gold event
// (testdata/gold/corpus-events.tsv); the seed's is "honolulu". seed is nil
// when ../shared is absent.
func Sample(t testing.TB) (docs []*nlp.Doc, gold map[string]string, seed *nlp.Doc) {
	t.Helper()
	sample.once.Do(func() {
		dir := filepath.Join(Root, "testdata", "corpus")
		paths := []string{dir}
		if _, err := os.Stat(SeedPath); err == nil {
			paths = append(paths, SeedPath)
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
		byPath, err := ReadGold(filepath.Join(Root, "testdata", "gold", "corpus-events.tsv"))
		if err != nil {
			sample.err = err
			return
		}
		sample.gold = map[string]string{}
		for _, d := range sample.docs {
			if filepath.Base(d.Source.Path) == filepath.Base(SeedPath) {
				sample.gold[d.ID] = "honolulu"
				sample.seed = d
				continue
			}
			rel, _ := filepath.Rel(dir, d.Source.Path)
			sample.gold[d.ID] = byPath[filepath.ToSlash(rel)]
		}
	})
	if sample.err != nil {
		t.Fatal(sample.err)
	}
	return sample.docs, sample.gold, sample.seed
}

// ReadGold reads a gold alignment: a TSV whose first column is an
// article's path and second its event, after a header line.
func ReadGold(path string) (map[string]string, error) {
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
		out[strings.TrimSpace(row[0])] = row[1]
	}
	return out, nil
}
