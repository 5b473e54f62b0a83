package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/fetch"
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
	// outlets is the user's --outlets table, or nil.
	outlets *corpus.Outlets
	// fetcher reads the paths that are URLs; nil when there are none.
	fetcher *fetch.Client
}

// loadAndAnnotate reads the inputs, warns about each skipped one on stderr,
// and annotates the articles on all workers, drawing each step on bar
// (which may be nil): the inputs read, then the articles annotated.
func loadAndAnnotate(ctx context.Context, e *env, src source, workers int, bar *progress) ([]*nlp.Doc, []corpus.Skipped, error) {
	docs, skipped, _, err := loadDocs(ctx, e, src, workers, bar)
	return docs, skipped, err
}

// loadDocs is loadAndAnnotate, and for a store says how the documents
// differ from what it holds; nil for other inputs.
func loadDocs(ctx context.Context, e *env, src source, workers int, bar *progress) ([]*nlp.Doc, []corpus.Skipped, *selection, error) {
	if src.db != "" {
		return selectStoredAs(ctx, e, src, workers)
	}
	docs, skipped, err := readAndAnnotate(ctx, e, src, workers, bar)
	return docs, skipped, nil, err
}

func readAndAnnotate(ctx context.Context, e *env, src source, workers int, bar *progress) ([]*nlp.Doc, []corpus.Skipped, error) {
	var set *corpus.Set
	var err error
	bar.step("reading inputs")
	opts := corpus.Options{Progress: bar.callback(), Outlets: src.outlets}
	if src.fetcher != nil {
		opts.Fetcher = src.fetcher
	}
	if src.fsys != nil {
		set, err = corpus.LoadFS(ctx, src.fsys, src.root, opts)
	} else {
		set, err = corpus.Load(ctx, src.paths, e.stdin, opts)
	}
	bar.finish()
	reportFetches(e.stderr, src.fetcher)
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
	bar.step("articles annotated")
	docs, failed, err := annotate(ctx, set.Articles, workers, bar)
	bar.finish()
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

// currentDocs selects f's documents from s with every document's
// annotations made by this framediff's annotator, so that a comparison
// never mixes two annotators' output. The articles an older annotator
// made are annotated again and saved to the store; when it cannot be
// written, they are annotated in memory. The articles a newer annotator
// made are annotated again in memory, and the store keeps theirs. Each
// case is said in one line on stderr; a store with none of them is read
// and nothing is said.
func currentDocs(ctx context.Context, e *env, s *store.Store, f store.Filter, workers int) ([]*nlp.Doc, []corpus.Skipped, error) {
	docs, skipped, _, err := currentDocsAsStored(ctx, e, s, f, workers)
	return docs, skipped, err
}

// currentDocsAsStored is currentDocs, and says whether every document is
// as the store holds it: none was annotated again in memory.
func currentDocsAsStored(ctx context.Context, e *env, s *store.Store, f store.Filter, workers int) ([]*nlp.Doc, []corpus.Skipped, bool, error) {
	docs, versions, skipped, err := s.SelectVersions(ctx, f)
	if err != nil {
		return nil, nil, false, err
	}
	older, _, _ := staleCounts(versions)
	if older > 0 {
		var ro *store.ReadOnlyError
		switch err := s.CheckWritable(ctx); {
		case errors.As(err, &ro):
			fmt.Fprintf(e.stderr, "framediff: %s is read-only: annotating again in memory its %d articles annotated by an older framediff\n", s.Path(), older)
		case err != nil:
			return nil, nil, false, staleError(s, older, err)
		default:
			fmt.Fprintf(e.stderr, "framediff: %d articles in %s were annotated by an older framediff: annotating them again and saving them to the store\n", older, s.Path())
			bar := newProgress(e.stderr, "annotating again")
			rs, err := s.Reannotate(ctx, store.ReannotateOptions{Filter: f, Workers: workers, Progress: bar.callback()})
			bar.finish()
			if err != nil {
				return nil, nil, false, staleError(s, older-rs.Reannotated, err)
			}
			if docs, versions, skipped, err = s.SelectVersions(ctx, f); err != nil {
				return nil, nil, false, err
			}
		}
	}
	// What is left: an older annotator's articles in a read-only store,
	// the ones the model failed on, and a newer annotator's.
	_, newer, newest := staleCounts(versions)
	if newer > 0 {
		fmt.Fprintf(e.stderr, "framediff: %d articles in %s were annotated by a newer framediff (annotator %d; this one is %d): annotating them again in memory, leaving theirs in the store\n",
			newer, s.Path(), newest, nlp.AnnotatorVersion)
	}
	var stale []int
	for i, v := range versions {
		if v != nlp.AnnotatorVersion {
			stale = append(stale, i)
		}
	}
	if len(stale) == 0 {
		return docs, skipped, true, nil
	}
	failed, err := annotateAgain(ctx, e, docs, stale, workers)
	if err != nil {
		return nil, nil, false, err
	}
	warnSkipped(e.stderr, failed)
	kept := docs[:0]
	for _, d := range docs {
		if d != nil {
			kept = append(kept, d)
		}
	}
	if len(kept) == 0 {
		return nil, nil, false, fmt.Errorf("no articles to compare: all %d articles selected in %s failed annotation", len(failed), s.Path())
	}
	return kept, append(skipped, failed...), false, nil
}

// errStale stops a scan of a store at an article another annotator
// made (scanStore).
var errStale = errors.New("an article annotated by another framediff")

// storeScan is a store's selection read once (scanStore), with the store
// still open for the comparison's later readings.
type storeScan struct {
	s       *store.Store
	scan    *compare.Scan
	skipped []corpus.Skipped
	// outlets are the outlets unified over the selection, by article
	// ID, where they differ from the stored ones.
	outlets map[string]string
}

// scanStore reads the selection of the store src names once, for
// compare.StartScan, with the outlets unified over it: each article's
// metadata and compact record (compare.Records), not its document. The
// articles without a current record have their documents read, and their
// records made and kept in the store for the next comparison (on a store
// opened read-only they are made and not kept). It returns nil, for the
// comparison to read the store as currentDocs does, when the selection is
// empty or holds an article another annotator made: those are annotated
// again, in memory, or reported. The caller closes the store of what it
// returns. opts are the comparison's: its aliases, stop words and
// workers.
func scanStore(ctx context.Context, src source, opts compare.Options) (*storeScan, error) {
	s, err := openStored(ctx, src.db)
	if err != nil {
		return nil, err
	}
	kind := compare.RecordKind(opts.Stopwords)
	var rows []*store.Row
	skipped, err := s.EachRecord(ctx, src.filter, kind, func(r *store.Row) error {
		if r.Annotator != nlp.AnnotatorVersion {
			return errStale
		}
		c := *r
		rows = append(rows, &c)
		return nil
	})
	if err == nil {
		err = fillRecords(ctx, s, kind, rows, opts)
	}
	if err != nil || len(rows) == 0 {
		s.Close()
		if errors.Is(err, errStale) {
			err = nil
		}
		return nil, err
	}
	scan := compare.NewScan(opts.Aliases)
	for i, r := range rows {
		if err := scan.AddRecord(r.Article, r.Words, r.Record); err != nil {
			s.Close()
			return nil, &compare.ChangedDocError{ID: r.Article.ID}
		}
		rows[i] = nil
	}
	// The outlets are unified again over the selection, as
	// selectStoredAs does.
	arts := scan.Articles()
	stored := make([]string, len(arts))
	for i, a := range arts {
		stored[i] = a.Outlet
	}
	outlets := map[string]string{}
	if corpus.UnifyOutlets(arts, src.outlets) > 0 {
		for i, a := range arts {
			if a.Outlet != stored[i] {
				outlets[a.ID] = a.Outlet
			}
		}
	}
	return &storeScan{s: s, scan: scan, skipped: skipped, outlets: outlets}, nil
}

// fillRecords gives the rows without a current record one, made from
// their documents read by ID, a batch at a time, and keeps them in s.
func fillRecords(ctx context.Context, s *store.Store, kind []byte, rows []*store.Row, opts compare.Options) error {
	var miss []*store.Row
	for _, r := range rows {
		if r.Record == nil || !compare.RecordFits(&r.Article, r.Record) {
			miss = append(miss, r)
		}
	}
	for start := 0; start < len(miss); start += recordBatch {
		part := miss[start:min(start+recordBatch, len(miss))]
		ids := make([]string, len(part))
		for k, r := range part {
			ids[k] = r.Article.ID
		}
		docs, err := s.Docs(ctx, ids)
		if err != nil {
			return err
		}
		for k, id := range ids {
			// Removed meanwhile: Docs leaves it out.
			if k >= len(docs) || docs[k].ID != id {
				return &compare.ChangedDocError{ID: id}
			}
		}
		recs := compare.Records(docs, opts.Stopwords, opts.Workers)
		keep := make([]store.NewRecord, len(part))
		for k, r := range part {
			r.Record = recs[k]
			keep[k] = store.NewRecord{Seq: r.Seq, Annotator: r.Annotator, Text: docs[k].Text, Value: recs[k]}
		}
		// A role that may only read (PostgreSQL) compares all the same,
		// making the records again next time.
		var ro *store.ReadOnlyError
		if err := s.KeepRecords(ctx, kind, keep); err != nil && !errors.As(err, &ro) {
			return err
		}
	}
	return nil
}

// recordBatch is the number of documents read at once to make records.
const recordBatch = 640

// options makes opts read the scanned store again: its kept framing (when
// cache), its kept counts (for a selection of the whole store) and its
// documents by ID.
func (st *storeScan) options(opts *compare.Options, src source, cache bool) {
	if cache {
		opts.Cache = st.s
	}
	if src.filter.IsZero() {
		opts.Backgrounds = st.s
		opts.Alignments = st.s
	}
	opts.Loader = storeLoader{s: st.s, outlets: st.outlets}
}

// compareScan is runCompare's comparison of a store read by scanStore:
// each batch of documents is read again as alignment, the background and
// the framing need it.
func compareScan(ctx context.Context, e *env, o *options, src source, render report.Renderer, bar *progress, st *storeScan) error {
	what := "aligning"
	if !o.alignOnly {
		what = "comparing"
	}
	bar.wait(fmt.Sprintf("%s %d articles", what, st.scan.Len()))
	opts := o.compareOptions()
	st.options(&opts, src, o.scale != nil && !o.scale.noCache)
	res, err := compare.StartScan(ctx, st.scan, st.skipped, opts)
	if err != nil {
		bar.finish()
		return err
	}
	spendPeak()
	return finishCompare(e, o, res, opts, render, bar)
}

// finishCompare writes the report of a started comparison, with a hint
// on stderr when it has no events.
func finishCompare(e *env, o *options, res *compare.Result, opts compare.Options, render report.Renderer, bar *progress) error {
	hintNoEvents(e, res, opts, bar)
	err := writeReport(e, o, res, render)
	bar.finish()
	return err
}

// hintNoEvents says on stderr why a comparison found no events, when it
// found none.
func hintNoEvents(e *env, res *compare.Result, opts compare.Options, bar *progress) {
	if res.EventCount() > 0 {
		return
	}
	bar.finish()
	for _, l := range noEventsHint(res, opts) {
		fmt.Fprintf(e.stderr, "framediff: %s\n", l)
	}
}

// storeLoader loads documents from a store by ID as the comparison
// selected them: with the outlets unified over the selection.
type storeLoader struct {
	s       *store.Store
	outlets map[string]string
}

func (l storeLoader) Docs(ctx context.Context, ids []string) ([]*nlp.Doc, error) {
	docs, err := l.s.Docs(ctx, ids)
	for _, d := range docs {
		if o, ok := l.outlets[d.ID]; ok {
			d.Outlet = o
		}
	}
	return docs, err
}

var _ compare.Loader = storeLoader{}

// staleCounts counts the annotator versions other than this framediff's:
// older, newer, and the newest of them.
func staleCounts(versions []int) (older, newer, newest int) {
	for _, v := range versions {
		switch {
		case v < nlp.AnnotatorVersion:
			older++
		case v > nlp.AnnotatorVersion:
			newer++
			newest = max(newest, v)
		}
	}
	return older, newer, newest
}

// staleError says that a store's stale articles could not be annotated
// again and saved, and what to run once the cause is fixed.
func staleError(s *store.Store, stale int, err error) error {
	if errors.Is(err, context.Canceled) {
		return err
	}
	return fmt.Errorf("%d articles in %s were annotated by an older framediff and could not be annotated again (%w): run framediff ingest --db %s --reannotate", stale, s.Path(), err, s.Path())
}

// annotateAgain replaces docs[i], for each i of idx, by its article
// annotated anew, in memory. An article the model fails on leaves a nil in
// docs and a skipped entry, in the order of idx.
func annotateAgain(ctx context.Context, e *env, docs []*nlp.Doc, idx []int, workers int) ([]corpus.Skipped, error) {
	an := &nlp.Annotator{Workers: workers}
	jobs := make(chan nlp.Job)
	results := make(chan nlp.Annotated)
	go func() {
		defer close(jobs)
		for _, i := range idx {
			select {
			case jobs <- nlp.Job{Seq: i, Article: docs[i].Article}:
			case <-ctx.Done():
				return
			}
		}
	}()
	go an.Stream(ctx, jobs, results)
	bar := newProgress(e.stderr, "annotating again")
	errs := map[int]error{}
	done := 0
	for r := range results {
		if r.Err != nil {
			errs[r.Seq] = r.Err
		} else {
			docs[r.Seq] = r.Doc
		}
		done++
		if bar != nil {
			bar.update(done, len(idx))
		}
	}
	bar.finish()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var failed []corpus.Skipped
	for _, i := range idx {
		if err := errs[i]; err != nil {
			failed = append(failed, corpus.Skipped{Source: docs[i].Source.String(), Reason: "annotation failed: " + err.Error()})
			docs[i] = nil
		}
	}
	return failed, nil
}

// annotate annotates arts on workers goroutines (0: one per CPU),
// counting on bar the articles done: the documents come in the order of
// arts, and an article the model fails on is a skipped entry, in the same
// order.
func annotate(ctx context.Context, arts []corpus.Article, workers int, bar *progress) ([]*nlp.Doc, []corpus.Skipped, error) {
	return (&nlp.Annotator{Workers: workers, Progress: bar.update}).Annotate(ctx, arts)
}

// runCompare is the main job: load, annotate, compare, render. Standard
// error shows each step while it runs, when it is a terminal.
func runCompare(ctx context.Context, e *env, o *options, src source, render report.Renderer) error {
	bar := newProgress(e.stderr, "reading inputs")
	defer bar.finish()
	if src.db != "" {
		// A store is read twice, never held (compare.StartScan).
		budgetStore()
		st, err := scanStore(ctx, src, o.compareOptions())
		if err != nil {
			return err
		}
		if st != nil {
			defer st.s.Close()
			return compareScan(ctx, e, o, src, render, bar, st)
		}
	}
	docs, skipped, sel, err := loadDocs(ctx, e, src, o.workers, bar)
	if err != nil {
		return err
	}
	what := "aligning"
	if !o.alignOnly {
		what = "comparing"
	}
	bar.wait(fmt.Sprintf("%s %d articles", what, len(docs)))
	opts := o.compareOptions()
	if src.db != "" && o.scale != nil {
		s, err := openStored(ctx, src.db)
		if err != nil {
			return err
		}
		defer s.Close()
		if !o.scale.noCache {
			opts.Cache = s
		}
		if src.filter.IsZero() {
			// Counts are kept for the store's articles, all of them.
			opts.Backgrounds = s
		}
		if sel != nil && sel.asStored {
			// The corpus is held while it is aligned; each batch of
			// events is framed from its members read again.
			opts.Loader = storeLoader{s: s, outlets: sel.outlets}
		}
	}
	// Events are framed while the report is written (writeReport).
	res, err := compare.Start(ctx, docs, skipped, opts)
	if err != nil {
		bar.finish()
		return err
	}
	docs = nil
	if opts.Loader != nil {
		spendPeak()
	}
	return finishCompare(e, o, res, opts, render, bar)
}
