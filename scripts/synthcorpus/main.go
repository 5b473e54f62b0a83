// Command synthcorpus makes the synthetic corpora scripts/perf.sh
// measures framediff on (see internal/synth and docs/performance.md).
//
//	synthcorpus files -n N [-seed S] DIR   write N articles as text files under DIR
//	synthcorpus store -n N [-seed S] FILE  write N articles, annotated by the
//	                                       generator, straight into a store
//	synthcorpus store -n N -hold K FILE    all but the K published last
//	synthcorpus store -n N -newest K FILE  the K published last
//
// -hold and -newest split one corpus in two, as a store grows: the first
// store is the corpus as it was, and adding the newest articles to it
// makes the whole corpus, as a newsroom's store grows by what was
// published since the last comparison.
//
// The store form skips the model: annotating 100,000 articles takes about
// an hour on two cores, and measuring compare at that size needs only
// documents shaped like annotated news.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/store"
	"github.com/framediff/framediff/internal/synth"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "synthcorpus:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: synthcorpus files|store -n N [-seed S] PATH")
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	n := fs.Int("n", 1000, "number of articles")
	seed := fs.Uint64("seed", 1, "seed of the generator")
	words := fs.Int("words", 0, "mean article length in words (0: the generator's 650)")
	hold := fs.Int("hold", 0, "store: leave out the `K` articles published last")
	newest := fs.Int("newest", 0, "store: write only the `K` articles published last")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%s: give one PATH", args[0])
	}
	g := synth.New(*n, synth.Config{Seed: *seed, MeanWords: *words})
	start := time.Now()
	var err error
	written := *n
	switch args[0] {
	case "files":
		err = files(g, fs.Arg(0))
	case "store":
		if *hold > 0 && *newest > 0 {
			return fmt.Errorf("store: -hold or -newest, not both")
		}
		idx := split(g, *hold, *newest)
		written = len(idx)
		err = fill(g, fs.Arg(0), idx)
	default:
		return fmt.Errorf("unknown command %q: files or store", args[0])
	}
	if err == nil {
		fmt.Fprintf(os.Stderr, "synthcorpus: %d articles in %s\n", written, time.Since(start).Round(time.Millisecond))
	}
	return err
}

// files writes the text files on all cores.
func files(g *synth.Generator, dir string) error {
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	per := (g.Len() + workers - 1) / workers
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[w] = g.WriteFiles(dir, min(w*per, g.Len()), min((w+1)*per, g.Len()))
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// split returns the indexes of the articles to store, in order: all of
// them when hold and newest are 0; all but the hold newest; or the newest
// only. Newest is by publication time, then index.
func split(g *synth.Generator, hold, newest int) []int {
	idx := make([]int, g.Len())
	for i := range idx {
		idx[i] = i
	}
	if hold == 0 && newest == 0 {
		return idx
	}
	at := make([]int64, g.Len())
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < g.Len(); i += workers {
				at[i] = g.Doc(i).Published.UnixNano()
			}
		}()
	}
	wg.Wait()
	sort.SliceStable(idx, func(a, b int) bool { return at[idx[a]] < at[idx[b]] })
	cut := g.Len() - min(max(hold, newest), g.Len())
	if newest > 0 {
		idx = idx[cut:]
	} else {
		idx = idx[:cut]
	}
	sort.Ints(idx)
	return idx
}

// fill generates the documents idx on all cores and stores them in
// batches, as ingest would after annotation.
func fill(g *synth.Generator, path string, idx []int) error {
	ctx := context.Background()
	s, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
	// As framediff ingest does: each document's compact record with it.
	s.MakeRecords(compare.RecordKind(nil), func(docs []*nlp.Doc) [][]byte { return compare.Records(docs, nil, 0) })
	const batch = 500
	type job struct {
		from int
		docs []*nlp.Doc
	}
	jobs := make(chan int)
	done := make(chan job, 2)
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for from := range jobs {
				var docs []*nlp.Doc
				for _, i := range idx[from:min(from+batch, len(idx))] {
					docs = append(docs, g.Doc(i))
				}
				done <- job{from, docs}
			}
		}()
	}
	go func() {
		for from := 0; from < len(idx); from += batch {
			jobs <- from
		}
		close(jobs)
		wg.Wait()
		close(done)
	}()
	for j := range done {
		if _, err := s.Put(ctx, j.docs, nil); err != nil {
			return err
		}
	}
	return nil
}
