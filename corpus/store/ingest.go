package store

// Ingest.
//
// Algorithm: four stages joined by bounded channels, so that memory holds
// one chunk of inputs and a window of articles, whatever the corpus size:
//
//	paths ─list─▶ chunks of inputs ─corpus.Load─▶ articles ─look up─┬─ stored ─────────────┐
//	                                                                └─ new ─▶ annotate ×N ─┤
//	             commit in input order, Batch articles per transaction ◀───────────────────┘
//
// Inputs are loaded ChunkInputs files (or chunkBytes bytes) at a time by
// corpus.Load, which removes duplicates and learns each outlet's template
// within the chunk; the next chunk loads while this one is annotated, so
// memory holds two chunks at most. Each
// article is looked up before annotation, and only a new text goes to the
// model. Results are put back in input order before they are written, so
// the store does not depend on the number of workers or their timing, and
// at most window articles are between the loader and the database at once.
//
// Limits: template and near-duplicate detection see one chunk at a time;
// a corpus larger than a chunk may keep a line of an outlet's furniture
// that a single load would have removed, and near-duplicates that fall in
// different chunks are both kept (exact duplicates never are: the store
// holds each text once). One input larger than a chunk is loaded alone.

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// Defaults of IngestOptions.
const (
	// DefaultBatch articles are committed per transaction: large enough
	// that commits cost little, small enough that a killed ingest loses
	// seconds of work.
	DefaultBatch = 200
	// DefaultChunkInputs inputs are loaded at once. An outlet needs three
	// articles in a chunk for its template to be learned, which 500 inputs
	// give all but the smallest of a hundred outlets (and every outlet
	// when files are laid out by outlet, as exports usually are). Reading
	// 10,000 articles of 650 words took a peak of 68 MB with chunks of
	// 500, 137 MB with chunks of 2,000 (docs/performance.md).
	DefaultChunkInputs = 500
	// chunkBytes caps the bytes of one chunk's inputs.
	chunkBytes = 64 << 20
	// flushEvery commits a partial batch when annotation is slow, so that
	// a kill never loses more than this much work.
	flushEvery = 5 * time.Second
)

// IngestOptions controls Ingest. The zero value uses the defaults.
type IngestOptions struct {
	// Annotator annotates new articles; nil means one with the default
	// aliases and Workers workers.
	Annotator *nlp.Annotator
	// Workers is the number of articles annotated at once, and of inputs
	// read at once; 0 means GOMAXPROCS.
	Workers int
	// Batch is the number of articles per transaction; 0 means
	// DefaultBatch.
	Batch int
	// ChunkInputs is the number of inputs loaded at once; 0 means
	// DefaultChunkInputs.
	ChunkInputs int
	// Progress, when set, is called after each commit with the totals so
	// far. Calls come one at a time.
	Progress func(IngestStats)
	// Reannotate annotates every article of the inputs again, stored or
	// not, and replaces the stored annotations, but those a newer
	// annotator made. Without it a stored article is annotated again when
	// an older annotator made it (see nlp.AnnotatorVersion);
	// Store.Reannotate does that for every stored article, whatever the
	// inputs.
	Reannotate bool
	// Skipped, when set, is called with each input that gave no article
	// (or a failed annotation, or a duplicate) as it is written.
	Skipped func(corpus.Skipped)
	// Outlets is the user's outlet table, applied as corpus.Load applies
	// it; nil means none.
	Outlets *corpus.Outlets
	// Fetcher gets the paths that are URLs, as corpus.Load does; nil
	// means corpus.Load's default.
	Fetcher corpus.Fetcher
}

// IngestStats says what an ingest did.
type IngestStats struct {
	Inputs   int // files (and standard input) found under the paths
	Loaded   int // inputs read so far
	Known    int // articles the inputs read so far gave
	Articles int // articles written (stored, kept or skipped) so far
	Counts
	Annotated int   // articles that went through the model
	Words     int64 // words of the articles annotated
}

// Ingest reads every path (a file, a directory read recursively, "-"
// for stdin, or a URL) as corpus.Load does, annotates the articles the store does
// not hold yet, and stores them. It stops at the first error (an
// unreadable path, a database error, ctx cancelled) with everything
// committed before it kept; running it again completes the work.
func (s *Store) Ingest(ctx context.Context, paths []string, stdin io.Reader, opts IngestOptions) (IngestStats, error) {
	var st IngestStats
	inputs, err := corpus.ListInputs(paths)
	if err != nil {
		return st, err
	}
	st.Inputs = len(inputs)
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := opts.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	chunkN := opts.ChunkInputs
	if chunkN <= 0 {
		chunkN = DefaultChunkInputs
	}
	an := opts.Annotator
	if an == nil {
		an = &nlp.Annotator{Workers: workers}
	}

	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	var stageErr error
	var errOnce sync.Once
	fail := func(err error) {
		errOnce.Do(func() { stageErr = err })
		cancel()
	}

	// Load: the next chunk while the feeder works through this one, and
	// no further, so that two chunks at most are in memory.
	chunks := make(chan chunk)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(chunks)
		for _, c := range chunked(inputs, chunkN, chunkBytes) {
			names := make([]string, len(c))
			for i, in := range c {
				names[i] = in.Path
			}
			set, err := corpus.Load(ctx, names, stdin, corpus.Options{Workers: workers, Outlets: opts.Outlets, Fetcher: opts.Fetcher})
			if err != nil {
				fail(err)
				return
			}
			select {
			case chunks <- chunk{set, len(c)}:
			case <-ctx.Done():
				return
			}
		}
	}()

	// Feed: number every entry, look each article up, send the new ones
	// to the model and every entry to the collector. window bounds what
	// is in flight.
	window := make(chan struct{}, batch+4*workers)
	entries := make(chan numbered, workers)
	jobs := make(chan nlp.Job, workers)
	results := make(chan nlp.Annotated, workers)
	loaded := make(chan chunk, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(entries)
		defer close(jobs)
		seq := 0
		send := func(n numbered) bool {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			select {
			case entries <- n:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for c := range chunks {
			for i := range c.set.Skipped {
				if !send(numbered{seq: seq, entry: entry{skip: &c.set.Skipped[i]}}) {
					return
				}
				seq++
			}
			for i := range c.set.Articles {
				a := &c.set.Articles[i]
				e := entry{art: a, meta: metaOf(a, textHash(a.Text)), fresh: opts.Reannotate}
				dec, err := decide(ctx, conn{s.db, s.eng}, &e.meta, e.fresh)
				if err != nil {
					fail(s.wrap("reading", err))
					return
				}
				needs := dec.act.annotates()
				if !send(numbered{seq: seq, entry: e, pending: needs}) {
					return
				}
				if needs {
					select {
					case jobs <- nlp.Job{Seq: seq, Article: *a}:
					case <-ctx.Done():
						return
					}
				}
				seq++
			}
			select {
			case loaded <- c:
			case <-ctx.Done():
				return
			}
		}
	}()

	// Annotate.
	wg.Add(1)
	go func() {
		defer wg.Done()
		an.Stream(ctx, jobs, results)
	}()

	// Collect: put entries back in order, commit in batches.
	err = s.collect(ctx, entries, results, loaded, window, batch, an, opts, &st)
	if err != nil {
		fail(err)
	}
	cancel()
	wg.Wait()
	if err := parent.Err(); err != nil {
		return st, err
	}
	return st, stageErr
}

// chunk is what one corpus.Load of a run of inputs gave.
type chunk struct {
	set    *corpus.Set
	inputs int
}

// numbered is an entry with its place in the input order. pending says
// that its document is being annotated.
type numbered struct {
	seq     int
	entry   entry
	pending bool
}

func (s *Store) collect(ctx context.Context, entries <-chan numbered, results <-chan nlp.Annotated, loaded <-chan chunk, window <-chan struct{}, batch int, an *nlp.Annotator, opts IngestOptions, st *IngestStats) error {
	waiting := map[int]*numbered{}   // entries not yet written
	early := map[int]nlp.Annotated{} // results that beat their entry
	var ready []entry
	next := 0
	tick := time.NewTicker(flushEvery)
	defer tick.Stop()

	commit := func() error {
		if len(ready) == 0 {
			return nil
		}
		c, skips, err := s.write(ctx, ready, an.AnnotateOne)
		if err != nil {
			return err
		}
		st.Counts.add(c)
		for range ready {
			<-window
		}
		ready = ready[:0]
		if opts.Skipped != nil {
			for _, sk := range skips {
				opts.Skipped(sk)
			}
		}
		if opts.Progress != nil {
			opts.Progress(*st)
		}
		return nil
	}
	// advance moves the entries that are next in order and complete to
	// the batch.
	advance := func() error {
		for {
			n, ok := waiting[next]
			if !ok || n.pending {
				return nil
			}
			delete(waiting, next)
			next++
			ready = append(ready, n.entry)
			if n.entry.art != nil {
				st.Articles++
			}
			if len(ready) >= batch {
				if err := commit(); err != nil {
					return err
				}
			}
		}
	}
	fill := func(n *numbered, r nlp.Annotated) {
		n.pending = false
		n.entry.doc, n.entry.err = r.Doc, r.Err
		st.Annotated++
		st.Words += int64(corpus.CountWords(n.entry.art.Text))
	}
	for entries != nil || results != nil {
		select {
		case n, ok := <-entries:
			if !ok {
				entries = nil
				continue
			}
			if r, ok := early[n.seq]; ok && n.pending {
				delete(early, n.seq)
				fill(&n, r)
			}
			waiting[n.seq] = &n
		case r, ok := <-results:
			if !ok {
				results = nil
				continue
			}
			n, ok := waiting[r.Seq]
			if !ok {
				early[r.Seq] = r
				continue
			}
			fill(n, r)
		case c := <-loaded:
			st.Loaded += c.inputs
			st.Known += len(c.set.Articles)
			continue
		case <-tick.C:
			if err := commit(); err != nil {
				return err
			}
			continue
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := advance(); err != nil {
			return err
		}
	}
	// Drain a count the feeder sent last.
	select {
	case c := <-loaded:
		st.Loaded += c.inputs
		st.Known += len(c.set.Articles)
	default:
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(waiting) > 0 {
		return fmt.Errorf("store: ingest ended with %d articles unwritten", len(waiting))
	}
	return commit()
}

// chunked splits inputs into runs of at most n inputs and maxBytes bytes;
// an input bigger than maxBytes is a run of its own.
func chunked(inputs []corpus.Input, n int, maxBytes int64) [][]corpus.Input {
	var out [][]corpus.Input
	var cur []corpus.Input
	var size int64
	for _, in := range inputs {
		if len(cur) > 0 && (len(cur) >= n || size+in.Size > maxBytes) {
			out = append(out, cur)
			cur, size = nil, 0
		}
		cur = append(cur, in)
		size += in.Size
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}
