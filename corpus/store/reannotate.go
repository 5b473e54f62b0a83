package store

// Annotating stored articles again.
//
// Algorithm: the articles to annotate again are listed first, by their
// row number, from the annotator index (and their metadata, for a
// Filter). They are then read Batch at a time, annotated on Workers
// goroutines and written back in one transaction per batch, so that
// memory holds one batch whatever the size of the store, and a run stopped
// at any point keeps every batch it wrote.
//
//	annotator < AnnotatorVersion ─list─▶ seq… ─read Batch─▶ annotate ×N ─▶ UPDATE … WHERE annotator < AnnotatorVersion
//
// Limits: only the annotations are made again. A text stays as it was read,
// so a change in how framediff reads inputs (extraction, outlet templates)
// needs the inputs ingested again.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// ReannotateOptions controls Reannotate. The zero value uses the defaults.
type ReannotateOptions struct {
	// Filter selects the articles considered; the zero Filter, all.
	Filter Filter
	// Annotator annotates; nil means one with the default aliases and
	// Workers workers.
	Annotator *nlp.Annotator
	// Workers is the number of articles annotated at once; 0 means
	// GOMAXPROCS.
	Workers int
	// Batch is the number of articles per transaction; 0 means
	// DefaultBatch.
	Batch int
	// Progress, when set, is called after each commit with the articles
	// done (written or failed) and the number to do.
	Progress func(done, total int)
	// Failed, when set, is called with each article the model failed on.
	// Such an article keeps its old annotations.
	Failed func(corpus.Skipped)
}

// ReannotateStats says what Reannotate did.
type ReannotateStats struct {
	Reannotated int   // articles annotated again and written
	Failed      int   // articles the model failed on, left as they were
	Words       int64 // words of the articles annotated
	// Newer counts the articles selected whose annotations a newer
	// annotator made: they are left as they are.
	Newer int
}

// Reannotate annotates again, from its stored text, every article
// opts.Filter selects whose annotations an older annotator made than this
// framediff's (nlp.AnnotatorVersion; 0 is before versions were
// recorded), and writes the new annotations as this version's. Texts and
// metadata stay as they are; so do the annotations a newer annotator made,
// which this one would downgrade, and an article another process replaced
// or annotated again meanwhile.
//
// A store that cannot be written gives a *ReadOnlyError before anything is
// annotated. Like Ingest, it stops at the first error with every batch
// committed before it kept.
func (s *Store) Reannotate(ctx context.Context, opts ReannotateOptions) (ReannotateStats, error) {
	var st ReannotateStats
	if err := s.CheckWritable(ctx); err != nil {
		return st, err
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := opts.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	an := opts.Annotator
	if an == nil {
		an = &nlp.Annotator{Workers: workers}
	}
	seqs, newer, err := s.staleRows(ctx, opts.Filter)
	if err != nil {
		return st, err
	}
	st.Newer = newer
	for done := 0; done < len(seqs); {
		n := min(batch, len(seqs)-done)
		if err := s.reannotateRows(ctx, an, seqs[done:done+n], opts.Failed, &st); err != nil {
			return st, err
		}
		done += n
		if opts.Progress != nil {
			opts.Progress(done, len(seqs))
		}
	}
	return st, nil
}

// CheckWritable returns a *ReadOnlyError when the store cannot be
// written, nil when it can, without changing it: an update of no rows
// still asks SQLite for a write transaction, which a read-only file
// refuses. It waits, as any write, while another process writes.
func (s *Store) CheckWritable(ctx context.Context) error {
	if s.readOnly {
		return &ReadOnlyError{Path: s.path}
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return s.wrap("writing", err)
	}
	defer tx.Rollback()
	_, err = tx.ExecContext(ctx, "UPDATE articles SET annotator = annotator WHERE 1 = 0")
	return s.wrap("writing", err)
}

// staleRows lists the rows f selects that an older annotator made, in
// store order, and counts the ones a newer annotator made.
func (s *Store) staleRows(ctx context.Context, f Filter) (seqs []int64, newer int, err error) {
	where, args := f.where()
	if where == "" {
		where = " WHERE "
	} else {
		where += " AND "
	}
	where += "annotator <> ?"
	args = append(args, nlp.AnnotatorVersion)
	err = s.read(ctx, func(t tx) error {
		rows, err := t.QueryContext(ctx, "SELECT "+metaColumns+", seq, annotator FROM articles"+where+" ORDER BY seq", args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var m meta
			var seq int64
			var annotator int
			if err := scanMeta(rows, &m, &seq, &annotator); err != nil {
				return err
			}
			if !f.IsZero() {
				a, err := m.article("")
				if err != nil {
					return err
				}
				if !f.Match(&a) {
					continue
				}
			}
			if annotator > nlp.AnnotatorVersion {
				newer++
				continue
			}
			seqs = append(seqs, seq)
		}
		return rows.Err()
	})
	return seqs, newer, err
}

// reannotateRows annotates the given rows again and writes them in one
// transaction.
func (s *Store) reannotateRows(ctx context.Context, an *nlp.Annotator, seqs []int64, failed func(corpus.Skipped), st *ReannotateStats) error {
	arts := make([]corpus.Article, 0, len(seqs))
	var hashes []string
	var rowSeqs []int64
	err := s.read(ctx, func(t tx) error {
		stmt, err := t.PrepareContext(ctx, "SELECT "+metaColumns+", text FROM articles WHERE seq = ? AND annotator < ?")
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, seq := range seqs {
			var m meta
			var text string
			err := scanMeta(stmt.QueryRowContext(ctx, seq, nlp.AnnotatorVersion), &m, &text)
			if errors.Is(err, sql.ErrNoRows) {
				continue // replaced or annotated again since it was listed
			}
			if err != nil {
				return err
			}
			a, err := m.article(text)
			if err != nil {
				return err
			}
			arts = append(arts, a)
			hashes = append(hashes, m.hash)
			rowSeqs = append(rowSeqs, seq)
		}
		return nil
	})
	if err != nil {
		return err
	}
	docs, errs, err := annotateAll(ctx, an, arts)
	if err != nil {
		return err
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return s.wrap("writing", err)
	}
	defer tx.Rollback()
	upd, err := tx.PrepareContext(ctx, "UPDATE articles SET annotations = ?, annotator = ?, words = ? WHERE seq = ? AND hash = ? AND annotator < ?")
	if err != nil {
		return s.wrap("writing", err)
	}
	defer upd.Close()
	var buf []byte
	wrote := 0
	var words int64
	for i, d := range docs {
		if errs[i] != nil {
			st.Failed++
			if failed != nil {
				failed(corpus.Skipped{Source: arts[i].Source.String(), Reason: "annotation failed: " + errs[i].Error()})
			}
			continue
		}
		buf = encodeAnnotations(buf[:0], d)
		res, err := upd.ExecContext(ctx, buf, nlp.AnnotatorVersion, d.WordCount, rowSeqs[i], []byte(hashes[i]), nlp.AnnotatorVersion)
		if err != nil {
			return s.wrap("writing", err)
		}
		if n, _ := res.RowsAffected(); n > 0 {
			wrote++
			words += int64(corpus.CountWords(d.Text))
		}
	}
	if err := tx.Commit(); err != nil {
		return s.wrap("writing", err)
	}
	st.Reannotated += wrote
	st.Words += words
	return nil
}

// annotateAll annotates arts on an's workers: docs[i] or errs[i] is what
// arts[i] gave.
func annotateAll(ctx context.Context, an *nlp.Annotator, arts []corpus.Article) (docs []*nlp.Doc, errs []error, err error) {
	docs = make([]*nlp.Doc, len(arts))
	errs = make([]error, len(arts))
	jobs := make(chan nlp.Job)
	results := make(chan nlp.Annotated)
	go func() {
		defer close(jobs)
		for i := range arts {
			select {
			case jobs <- nlp.Job{Seq: i, Article: arts[i]}:
			case <-ctx.Done():
				return
			}
		}
	}()
	go an.Stream(ctx, jobs, results)
	for r := range results {
		docs[r.Seq], errs[r.Seq] = r.Doc, r.Err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	for i := range arts {
		if docs[i] == nil && errs[i] == nil {
			return nil, nil, fmt.Errorf("store: article %s came back from the annotator without a result", arts[i].Source)
		}
	}
	return docs, errs, nil
}
