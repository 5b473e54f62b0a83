package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/store"
	"github.com/framediff/framediff/report"
)

// source says where the articles come from: paths on disk, a file system
// (the built-in sample) or a store (--db), and which of them to keep.
type source struct {
	paths  []string
	fsys   fs.FS
	root   string
	db     string
	filter store.Filter
}

// loadAndAnnotate reads the inputs, warns about each skipped one on stderr,
// and annotates the articles on all workers.
func loadAndAnnotate(ctx context.Context, e *env, src source, workers int) ([]*nlp.Doc, []corpus.Skipped, error) {
	if src.db != "" {
		return selectStored(ctx, src)
	}
	var set *corpus.Set
	var err error
	bar := newProgress(e.stderr, "reading inputs")
	opts := corpus.Options{Progress: bar.callback()}
	if src.fsys != nil {
		set, err = corpus.LoadFS(ctx, src.fsys, src.root, opts)
	} else {
		set, err = corpus.Load(ctx, src.paths, e.stdin, opts)
	}
	bar.finish()
	if err != nil {
		return nil, nil, err
	}
	if !src.filter.IsZero() {
		// A filtered report covers the articles selected; the skipped
		// inputs, which have no date or outlet, are warned about here and
		// left out of it, as a filtered report from a store leaves them.
		warnSkipped(e.stderr, set.Skipped)
		set.Skipped = nil
		if set.Articles = filterArticles(set.Articles, src.filter); len(set.Articles) == 0 {
			return nil, nil, fmt.Errorf("no articles to compare: none matches --since, --until and --outlet")
		}
	}
	an := &nlp.Annotator{Workers: workers}
	docs, failed, err := an.Annotate(ctx, set.Articles)
	if err != nil {
		return nil, nil, err
	}
	skipped := append(set.Skipped, failed...)
	warnSkipped(e.stderr, skipped)
	if len(docs) == 0 {
		return nil, nil, fmt.Errorf("no articles to compare: all %d inputs were skipped", len(skipped))
	}
	return docs, skipped, nil
}

func warnSkipped(w io.Writer, skipped []corpus.Skipped) {
	for _, s := range skipped {
		fmt.Fprintf(w, "framediff: skipped %s: %s\n", s.Source, s.Reason)
	}
}

// runCompare is the main job: load, annotate, compare, render.
func runCompare(ctx context.Context, e *env, o *options, src source, render report.Renderer) error {
	docs, skipped, err := loadAndAnnotate(ctx, e, src, o.workers)
	if err != nil {
		return err
	}
	res, err := compare.Compare(ctx, docs, skipped, o.compareOptions())
	if err != nil {
		return err
	}
	w, closeOut, err := output(o.output, e.stdout)
	if err != nil {
		return err
	}
	if err := render(w, res, generator()); err != nil {
		closeOut()
		return fmt.Errorf("writing report: %w", err)
	}
	return closeOut()
}
