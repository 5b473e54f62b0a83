package store

// Compact records (schema 4): what a comparison reads of each article
// instead of decoding its annotations (compare/record.go makes them; here
// they are bytes). A record is kept under the kind of the rules that made
// it and stamped with the article's text hash and annotator at the time:
// EachRecord gives a record only when its stamp is the article's now, so
// an article whose text was replaced or annotated again has none until a
// comparison makes it again, and a record made by other rules (another
// kind) is never given. Records are written outside the store's write
// lock, as the kept framing is (cache.go): a record is made from its
// article's row alone, and KeepRecords writes it only while that row is
// the one it was made from.
//
// Records are made where the rules live (compare): a store told how
// (MakeRecords) keeps each document's record as it writes the document, in
// the same transaction; the others are made and kept by the first
// comparison that misses them (KeepRecords).
//
// A store opened read-only, or at a schema older than 4, keeps none and
// gives none.

import (
	"context"
	"fmt"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// recordsSchema is the first schema with the records table.
const recordsSchema = 4

// Row is an article as EachRecord reads it: its metadata (Article, with no
// text), word count, the annotator that made its annotations, its row in
// the store, and its record of the kind asked for, nil when it has none
// that is current.
type Row struct {
	Article   corpus.Article
	Words     int
	Annotator int
	Seq       int64
	Record    []byte
}

// EachRecord calls fn with every article f selects, in the order of the
// store (not sorted), in one read transaction, reading neither texts nor
// annotations, and returns the skipped inputs as EachVersion does. kind
// names the records wanted (see above). An error from fn stops the walk
// and is returned.
func (s *Store) EachRecord(ctx context.Context, f Filter, kind []byte, fn func(*Row) error) (skipped []corpus.Skipped, err error) {
	record := "NULL"
	var args []any
	if s.schema >= recordsSchema {
		record = "(SELECT r.value FROM records r WHERE r.seq = articles.seq AND r.kind = ? AND r.hash = articles.hash AND r.annotator = articles.annotator)"
		args = append(args, kind)
	}
	where, wargs := f.where()
	args = append(args, wargs...)
	err = s.read(ctx, func(t tx) error {
		rows, err := t.QueryContext(ctx, "SELECT "+metaColumns+", words, "+s.annotatorColumn()+", seq, "+record+
			" FROM articles"+where+" ORDER BY seq", args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var m meta
			var r Row
			if err := scanMeta(rows, &m, &r.Words, &r.Annotator, &r.Seq, &r.Record); err != nil {
				return err
			}
			if r.Article, err = m.article(""); err != nil {
				return err
			}
			if !f.Match(&r.Article) {
				continue
			}
			if err := fn(&r); err != nil {
				return err
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
		if f.IsZero() {
			skipped, err = s.skipped(ctx, t)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return skipped, nil
}

// NewRecord is a record to keep: made from the article of row Seq, whose
// annotations Annotator made and whose text is Text, as that row held
// them.
type NewRecord struct {
	Seq       int64
	Annotator int
	Text      string
	Value     []byte
}

// KeepRecords keeps records of kind, in one transaction, each replacing
// the one its article had of that kind. A record whose article's row no
// longer holds the text and annotator it was made from is not kept.
func (s *Store) KeepRecords(ctx context.Context, kind []byte, recs []NewRecord) error {
	if s.readOnly || s.schema < recordsSchema || len(recs) == 0 {
		return nil
	}
	return s.keep(ctx, func(t tx) error {
		st, err := t.PrepareContext(ctx, `INSERT INTO records (seq, kind, hash, annotator, value)
SELECT seq, ?, hash, annotator, ? FROM articles WHERE seq = ? AND hash = ? AND annotator = ?
ON CONFLICT (seq, kind) DO UPDATE SET hash = excluded.hash, annotator = excluded.annotator, value = excluded.value`)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, r := range recs {
			if _, err := st.ExecContext(ctx, kind, r.Value, r.Seq, []byte(textHash(r.Text)), r.Annotator); err != nil {
				return err
			}
		}
		return nil
	})
}

// recorder makes the records of the documents a store writes
// (MakeRecords).
type recorder struct {
	kind []byte
	make func([]*nlp.Doc) [][]byte
}

// MakeRecords has the store keep, with each document it annotates and
// writes from now on (Ingest, Put), its record of kind, which make makes:
// given a batch's documents, it returns their records in order. Call it
// before writing, not while another goroutine writes.
func (s *Store) MakeRecords(kind []byte, make func([]*nlp.Doc) [][]byte) {
	s.rec = &recorder{kind: kind, make: make}
}

// writeRecords keeps, in t, the records of the documents es wrote.
func (s *Store) writeRecords(ctx context.Context, t tx, es []*entry) error {
	if s.rec == nil || len(es) == 0 || s.schema < recordsSchema {
		return nil
	}
	docs := make([]*nlp.Doc, len(es))
	for k, e := range es {
		docs[k] = e.doc
	}
	vals := s.rec.make(docs)
	if len(vals) != len(docs) {
		return fmt.Errorf("store: %d records made of %d documents", len(vals), len(docs))
	}
	st, err := t.PrepareContext(ctx, `INSERT INTO records (seq, kind, hash, annotator, value)
SELECT seq, ?, hash, annotator, ? FROM articles WHERE key = ?
ON CONFLICT (seq, kind) DO UPDATE SET hash = excluded.hash, annotator = excluded.annotator, value = excluded.value`)
	if err != nil {
		return err
	}
	defer st.Close()
	for k, e := range es {
		if _, err := st.ExecContext(ctx, s.rec.kind, vals[k], e.meta.key); err != nil {
			return err
		}
	}
	return nil
}

// recordsKept is for tests: the number of records of kind kept.
func (s *Store) recordsKept(ctx context.Context, kind []byte) (int, error) {
	var n int
	err := conn{s.db, s.eng}.QueryRowContext(ctx, "SELECT count(*) FROM records WHERE kind = ?", kind).Scan(&n)
	return n, err
}
