package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/fetch"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/store"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

func ingestCommand(e *env) *cobra.Command {
	var db, outletsFile string
	var workers, chunk, batch int
	var reannotate bool
	ff := &fetchFlags{}
	fd := &feedFlags{}
	cmd := &cobra.Command{
		Use:   "ingest --db FILE [flags] PATH... | --db FILE --feed URL [--every 15m] | --db FILE --reannotate",
		Short: "Annotate articles once and keep them in a corpus store",
		Long: `ingest reads the articles under each PATH (a file, a directory read
recursively, or - for standard input), annotates the ones the store does not
hold yet, and stores them with their annotations in FILE, a SQLite database
created if it does not exist. compare --db FILE and events --db FILE then
read them without annotating again.

A PATH may be an http(s) URL, fetched as compare fetches it. --feed URL
(repeatable, or --feeds FILE) reads an RSS, Atom or JSON feed and fetches
the article each item links to, the links the store holds already left out;
--every 15m polls the feeds again every 15 minutes until interrupted (Ctrl-C
or SIGTERM), which keeps every article committed and rolls back the batch
being written.

Ingesting the same articles again adds nothing; a changed text under a known
URL (or file, for articles without one) replaces the old version. Ingest
commits every few hundred articles: stopped at any point, it keeps what it
committed, and running it again finishes the work.

The store records which version of the annotator made each article. After
an upgrade of framediff whose annotation has changed, --reannotate (with or
without PATHs) annotates again every stored article an older version made,
from its stored text; an article met again in the PATHs is annotated again
anyway. Annotations made by a newer framediff are never replaced.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if db == "" {
				return usagef("--db FILE is required: the store to write")
			}
			args, err := ff.inputs(args)
			if err != nil {
				return err
			}
			feeds, err := fd.list()
			if err != nil {
				return err
			}
			if len(args) > 0 || !reannotate && len(feeds) == 0 {
				if err := requirePaths(args); err != nil {
					return err
				}
			}
			if workers < 0 {
				return usagef("--workers must be 0 or more, got %d", workers)
			}
			if chunk < 0 {
				return usagef("--chunk must be 0 or more, got %d", chunk)
			}
			if batch < 0 {
				return usagef("--batch must be 0 or more, got %d", batch)
			}
			outlets, err := readOutlets(outletsFile)
			if err != nil {
				return err
			}
			opts := store.IngestOptions{Workers: workers, ChunkInputs: chunk, Batch: batch, Reannotate: reannotate, Outlets: outlets}
			var client *fetch.Client
			if hasURL(args) || len(feeds) > 0 {
				if client, err = ff.client(e); err != nil {
					return err
				}
				opts.Fetcher = client
			}
			var poller *feedPoller
			if len(feeds) > 0 {
				poller = &feedPoller{e: e, db: db, feeds: feeds, client: client, every: fd.every, wait: sleep, stamp: func() string { return "" }}
				if fd.every > 0 {
					poller.stamp = func() string { return time.Now().Format("2006-01-02 15:04:05 ") }
				}
			}
			err = runIngest(cmd.Context(), e, db, args, opts, poller)
			reportFetches(e.stderr, client)
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", "", "the store `FILE` to write (created when missing)")
	f.IntVar(&workers, "workers", 0, "articles annotated at once (0: one per CPU)")
	f.IntVar(&chunk, "chunk", 0, fmt.Sprintf("inputs read at once; outlet templates and near-duplicates are found within a chunk (0: %d)", store.DefaultChunkInputs))
	f.BoolVar(&reannotate, "reannotate", false, "annotate again the stored articles an older framediff annotated, and every article of the PATHs")
	f.IntVar(&batch, "batch", 0, fmt.Sprintf("articles committed per transaction (0: %d)", store.DefaultBatch))
	registerOutlets(f, &outletsFile)
	ff.register(f)
	fd.register(f)
	return cmd
}

// feedFlags are ingest's feed flags.
type feedFlags struct {
	feeds     []string
	feedsFile string
	every     time.Duration
}

func (fd *feedFlags) register(f *pflag.FlagSet) {
	f.StringArrayVar(&fd.feeds, "feed", nil, "read the RSS, Atom or JSON feed at `URL` and store the articles its items link to (repeatable)")
	f.StringVar(&fd.feedsFile, "feeds", "", "read the feeds listed in `FILE`, one URL per line (# comments)")
	f.DurationVar(&fd.every, "every", 0, fmt.Sprintf("poll the feeds again every `DURATION` (at least %s) until interrupted", minEvery))
}

// list checks the feed flags and returns the feeds, each once.
func (fd *feedFlags) list() ([]string, error) {
	var feeds []string
	for _, f := range fd.feeds {
		if _, err := fetch.Normalize(f); err != nil || !corpus.IsURL(f) {
			return nil, usagef("--feed %q: not an http or https URL", f)
		}
		feeds = append(feeds, strings.TrimSpace(f))
	}
	if fd.feedsFile != "" {
		more, err := readURLList("--feeds", fd.feedsFile)
		if err != nil {
			return nil, err
		}
		if len(more) == 0 {
			return nil, usagef("--feeds %s lists no URL", fd.feedsFile)
		}
		feeds = append(feeds, more...)
	}
	switch {
	case fd.every < 0:
		return nil, usagef("--every must be positive, got %s", fd.every)
	case fd.every > 0 && len(feeds) == 0:
		return nil, usagef("--every polls feeds: give --feed URL or --feeds FILE")
	case fd.every > 0 && fd.every < minEvery:
		return nil, usagef("--every %s: at least %s, so as not to burden the sites polled", fd.every, minEvery)
	}
	seen := map[string]bool{}
	out := feeds[:0]
	for _, f := range feeds {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out, nil
}

// runIngest stores the articles of paths, then polls the feeds of poller
// (when it is not nil), then, with opts.Reannotate, annotates again the
// stored articles an older annotator made.
func runIngest(ctx context.Context, e *env, db string, paths []string, opts store.IngestOptions, poller *feedPoller) error {
	s, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer s.Close()
	keepRecords(s, opts.Workers)
	db = s.Path() // a PostgreSQL URL without its password, for messages
	start := time.Now()
	annotated, words := 0, int64(0)
	if len(paths) > 0 {
		bar := newIngestProgress(e.stderr)
		opts.Progress = bar.update
		// Skipped inputs are summarised once the run ends, as compare
		// does, many of one kind in one line.
		var skipped []corpus.Skipped
		opts.Skipped = func(sk corpus.Skipped) { skipped = append(skipped, sk) }
		st, err := s.Ingest(ctx, paths, e.stdin, opts)
		bar.finish()
		warnSkipped(e.stderr, skipped)
		if err != nil {
			stored := st.Added + st.Replaced + st.Updated
			if errors.Is(err, context.Canceled) {
				return fmt.Errorf("interrupted with %d articles stored in %s: run the same ingest again to finish", stored, db)
			}
			if stored > 0 {
				fmt.Fprintf(e.stderr, "framediff: %d articles were stored before the error; run ingest again to finish\n", stored)
			}
			return err
		}
		fmt.Fprintf(e.stdout, "%s: %d inputs, %d articles: %d added, %d replaced, %d updated, %d unchanged, %d duplicates; %d skipped\n",
			db, st.Inputs, st.Articles, st.Added, st.Replaced, st.Updated, st.Unchanged, st.Duplicates, st.Skipped)
		annotated, words = st.Annotated, st.Words
	}
	if poller != nil {
		poller.s, poller.opts, poller.db = s, opts, db
		if err := poller.run(ctx); err != nil {
			return err
		}
		if ctx.Err() != nil {
			// Stopped by a signal, as --every is: the totals are still
			// worth printing, with a context that is not cancelled.
			ctx = context.WithoutCancel(ctx)
			opts.Reannotate = false
		}
	}
	if opts.Reannotate {
		bar := newProgress(e.stderr, "annotating again")
		rs, err := s.Reannotate(ctx, store.ReannotateOptions{
			Workers:  opts.Workers,
			Batch:    opts.Batch,
			Progress: bar.callback(),
			Failed: func(sk corpus.Skipped) {
				fmt.Fprintf(e.stderr, "framediff: %s keeps its old annotations: %s\n", sk.Source, sk.Reason)
			},
		})
		bar.finish()
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return fmt.Errorf("interrupted with %d articles annotated again in %s: run the same command again to finish", rs.Reannotated, db)
			}
			return err
		}
		switch {
		case rs.Reannotated == 0 && rs.Failed == 0:
			fmt.Fprintf(e.stdout, "%s: no stored article was annotated by an older framediff\n", db)
		case rs.Failed > 0:
			fmt.Fprintf(e.stdout, "%s: annotated again %d stored articles an older framediff annotated; %d failed\n", db, rs.Reannotated, rs.Failed)
		default:
			fmt.Fprintf(e.stdout, "%s: annotated again %d stored articles an older framediff annotated\n", db, rs.Reannotated)
		}
		annotated += rs.Reannotated
		words += rs.Words
	}
	total, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	if annotated > 0 {
		secs := elapsed.Seconds()
		fmt.Fprintf(e.stdout, "annotated %d articles (%d words) in %s: %.1f articles/s, %.0f words/s\n",
			annotated, words, elapsed.Round(100*time.Millisecond), float64(annotated)/secs, float64(words)/secs)
	}
	fmt.Fprintf(e.stdout, "the store holds %d articles from %d outlets", total.Articles, total.Outlets)
	if !total.First.IsZero() {
		fmt.Fprintf(e.stdout, ", published %s to %s", total.First.Format("2006-01-02"), total.Last.Format("2006-01-02"))
	}
	fmt.Fprintln(e.stdout)
	if total.Older > 0 {
		fmt.Fprintf(e.stdout, "%d of them were annotated by an older framediff: framediff ingest --db %s --reannotate annotates them again (compare does it as it reads them)\n", total.Older, db)
	}
	if total.Newer > 0 {
		fmt.Fprintf(e.stdout, "%d of them were annotated by a newer framediff: they keep those annotations, and this one annotates them again in memory to compare them\n", total.Newer)
	}
	return nil
}

// ingestProgress draws articles stored against articles read, on a
// terminal only, like the load bar.
type ingestProgress struct {
	p *progress
}

func newIngestProgress(w io.Writer) *ingestProgress {
	return &ingestProgress{p: newProgress(w, "ingesting")}
}

func (b *ingestProgress) update(st store.IngestStats) {
	if b.p == nil {
		return
	}
	// The total grows as chunks are read; the bar follows it.
	b.p.update(st.Articles, max(st.Articles, st.Known))
}

func (b *ingestProgress) finish() {
	if b.p != nil {
		b.p.finish()
	}
}

// storeFlags read a comparison's articles from a store, and filter
// articles by date and outlet from a store or from files. compare and
// events take them.
type storeFlags struct {
	db           string
	since, until string
	outlets      []string
}

func (sf *storeFlags) register(f *pflag.FlagSet) {
	f.StringVar(&sf.db, "db", "", "read the articles from the store `FILE` made by framediff ingest, instead of PATHs")
	f.StringVar(&sf.since, "since", "", "only articles published on or after `DATE` (2022-02-12, an RFC 3339 time, or a time ago: 24h, 90m, 7d)")
	f.StringVar(&sf.until, "until", "", "only articles published on or before `DATE` (the whole day; or before an RFC 3339 time, or a time ago: 6h, 2d)")
	f.StringArrayVar(&sf.outlets, "outlet", nil, "only articles of `OUTLET` (repeatable; case and punctuation ignored)")
}

// source checks the flags against the paths and says where the articles
// come from.
func (sf *storeFlags) source(args []string) (source, error) {
	var src source
	var err error
	now := time.Now()
	if src.filter.Since, err = parseDay("--since", sf.since, false, now); err != nil {
		return src, err
	}
	if src.filter.Until, err = parseDay("--until", sf.until, true, now); err != nil {
		return src, err
	}
	if !src.filter.Since.IsZero() && !src.filter.Until.IsZero() && !src.filter.Since.Before(src.filter.Until) {
		return src, usagef("--since %s is not before --until %s", sf.since, sf.until)
	}
	for _, o := range sf.outlets {
		if corpus.Slug(o) == "" {
			return src, usagef("--outlet %q names no outlet", o)
		}
	}
	src.filter.Outlets = sf.outlets
	if sf.db == "" {
		src.paths = args
		return src, requirePaths(args)
	}
	if len(args) > 0 {
		return src, usagef("--db reads the articles from the store: give no PATH (to add files to it, run framediff ingest --db %s PATH...)", sf.db)
	}
	src.db = sf.db
	return src, nil
}

// parseDay reads a --since or --until value: a date (the start of that
// day in UTC, or for an end bound the start of the next day, so that the
// day is included), an RFC 3339 time, or a time before now: a duration
// (24h, 90m, 1h30m) or a number of days (7d).
func parseDay(flag, v string, end bool, now time.Time) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	if d, ok := parseAgo(v); ok {
		return now.Add(-d), nil
	}
	if t, err := time.Parse("2006-01-02", v); err == nil {
		if end {
			t = t.AddDate(0, 0, 1)
		}
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	return time.Time{}, usagef("%s %q: want a date (2022-02-12), an RFC 3339 time (2022-02-12T18:00:00Z) or a time ago (24h, 7d)", flag, v)
}

// parseAgo reads a positive duration, in Go's form ("24h", "1h30m") or as
// whole days ("7d").
func parseAgo(v string) (time.Duration, bool) {
	if days, ok := strings.CutSuffix(v, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n <= 0 || n > 100*365 {
			return 0, false
		}
		return time.Duration(n) * 24 * time.Hour, true
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, false
	}
	return d, true
}

// selection says how the documents a comparison selected from a store
// differ from what the store holds, so that they can be loaded again by
// ID (storeLoader).
type selection struct {
	// asStored: no document was annotated again in memory.
	asStored bool
	// outlets are the outlets unified over the selection, by article
	// ID, where they differ from the stored ones.
	outlets map[string]string
}

// openStored opens the store db names to read from it: as it is when it
// is older and this user cannot migrate it.
func openStored(ctx context.Context, db string) (*store.Store, error) {
	if _, err := os.Stat(db); !store.IsURL(db) && errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("store %s does not exist: make it with framediff ingest --db %s PATH...", db, db)
	}
	s, err := store.Open(ctx, db)
	var ro *store.ReadOnlyError
	if errors.As(err, &ro) {
		s, err = store.OpenReadOnly(ctx, db)
	}
	return s, err
}

// keepRecords has s keep the compact record of each document it writes,
// for comparisons with the default stop words (compare.Records), made on
// workers goroutines: a comparison with other stop words makes its own.
func keepRecords(s *store.Store, workers int) {
	s.MakeRecords(compare.RecordKind(nil), func(docs []*nlp.Doc) [][]byte { return compare.Records(docs, nil, workers) })
}

// selectStoredAs reads a comparison's documents from a store, and says
// how they differ from what the store holds. Only the articles another
// annotator made are annotated (see currentDocs). The skipped inputs were
// reported when they were ingested and are in the report; they are not
// printed again.
func selectStoredAs(ctx context.Context, e *env, src source, workers int) ([]*nlp.Doc, []corpus.Skipped, *selection, error) {
	s, err := openStored(ctx, src.db)
	if err != nil {
		return nil, nil, nil, err
	}
	defer s.Close()
	docs, skipped, asStored, err := currentDocsAsStored(ctx, e, s, src.filter, workers)
	if err != nil {
		return nil, nil, nil, err
	}
	sel := &selection{asStored: asStored, outlets: map[string]string{}}
	stored := make([]string, len(docs))
	for i, d := range docs {
		stored[i] = d.Outlet
	}
	// The outlets are unified again over the selection: ingest unified
	// them a chunk of inputs at a time, and a user's --outlets table may
	// be newer than the store. The order of documents depends on outlets.
	arts := make([]*corpus.Article, len(docs))
	for i, d := range docs {
		arts[i] = &d.Article
	}
	if corpus.UnifyOutlets(arts, src.outlets) > 0 {
		for i, d := range docs {
			if d.Outlet != stored[i] {
				sel.outlets[d.ID] = d.Outlet
			}
		}
		sort.SliceStable(docs, func(i, j int) bool { return corpus.Less(&docs[i].Article, &docs[j].Article) })
	}
	if len(docs) == 0 {
		if src.filter.IsZero() {
			return nil, nil, nil, fmt.Errorf("no articles to compare: store %s is empty", s.Path())
		}
		return nil, nil, nil, fmt.Errorf("no articles to compare: none in store %s matches --since, --until and --outlet", s.Path())
	}
	return docs, skipped, sel, nil
}

// filterArticles keeps the articles f selects, for inputs read from files.
func filterArticles(arts []corpus.Article, f store.Filter) []corpus.Article {
	if f.IsZero() {
		return arts
	}
	out := arts[:0:0]
	for i := range arts {
		if f.Match(&arts[i]) {
			out = append(out, arts[i])
		}
	}
	return out
}
