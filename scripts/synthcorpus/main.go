// Command synthcorpus makes the synthetic corpora scripts/perf.sh
// measures framediff on (see internal/synth and docs/performance.md).
//
//	synthcorpus files -n N [-seed S] DIR   write N articles as text files under DIR
//	synthcorpus store -n N [-seed S] FILE  write N articles, annotated by the
//	                                       generator, straight into a store
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
	"sync"
	"time"

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
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%s: give one PATH", args[0])
	}
	g := synth.New(*n, synth.Config{Seed: *seed, MeanWords: *words})
	start := time.Now()
	var err error
	switch args[0] {
	case "files":
		err = files(g, fs.Arg(0))
	case "store":
		err = fill(g, fs.Arg(0))
	default:
		return fmt.Errorf("unknown command %q: files or store", args[0])
	}
	if err == nil {
		fmt.Fprintf(os.Stderr, "synthcorpus: %d articles in %s\n", *n, time.Since(start).Round(time.Millisecond))
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

// fill generates documents on all cores and stores them in batches, as
// ingest would after annotation.
func fill(g *synth.Generator, path string) error {
	ctx := context.Background()
	s, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
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
				for i := from; i < min(from+batch, g.Len()); i++ {
					docs = append(docs, g.Doc(i))
				}
				done <- job{from, docs}
			}
		}()
	}
	go func() {
		for from := 0; from < g.Len(); from += batch {
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
