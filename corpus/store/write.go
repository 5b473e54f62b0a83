package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// action is what storing one article takes.
type action int

const (
	add       action = iota + 1 // a new article: annotate and insert
	replace                     // a new text for a known identity: annotate and overwrite
	update                      // a known text with new metadata: overwrite the metadata only
	keep                        // nothing new
	duplicate                   // a text the store holds under another identity
)

func (a action) annotates() bool { return a == add || a == replace }

// decision is an action and the row it acts on.
type decision struct {
	act action
	seq int64  // the row replaced, updated, kept or duplicated
	key string // that row's identity
	of  string // duplicate: the stored article's source
}

// decide applies the rules of the package doc to an article laid out as
// m. Ingest asks once before annotating, to skip the model for what is
// stored already, and again inside the write transaction, where the
// answer is final. fresh asks for the annotations of a stored text to be
// made again (Reannotate).
func decide(ctx context.Context, q querier, m *meta, fresh bool) (decision, error) {
	var old meta
	var seq int64
	var version []byte
	var annotator int
	err := scanMeta(q.QueryRowContext(ctx, "SELECT "+metaColumns+", seq, substr(annotations, 1, 1), annotator FROM articles WHERE hash = ?", []byte(m.hash)), &old, &seq, &version, &annotator)
	if err == nil {
		// Annotations in another encoding, or by an older annotator, are
		// made again. fresh makes them again too, unless a newer
		// annotator (a newer framediff's) made them: this one would
		// downgrade them.
		stale := len(version) != 1 || version[0] != codecVersion ||
			annotator < nlp.AnnotatorVersion ||
			fresh && annotator == nlp.AnnotatorVersion
		switch {
		case old == *m && !stale:
			return decision{act: keep, seq: seq, key: old.key}, nil
		case old.key == m.key || old.source == m.source && old.record == m.record:
			if stale {
				return decision{act: replace, seq: seq, key: old.key}, nil
			}
			return decision{act: update, seq: seq, key: old.key}, nil
		}
		of := corpus.Source{Path: old.source, Record: int(old.record)}
		return decision{act: duplicate, seq: seq, key: old.key, of: of.String()}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return decision{}, err
	}
	err = q.QueryRowContext(ctx, "SELECT seq FROM articles WHERE key = ?", m.key).Scan(&seq)
	switch {
	case err == nil:
		return decision{act: replace, seq: seq, key: m.key}, nil
	case errors.Is(err, sql.ErrNoRows):
		return decision{act: add}, nil
	}
	return decision{}, err
}

// Counts says what storing did, article by article.
type Counts struct {
	Added      int // new articles
	Replaced   int // new versions of stored articles
	Updated    int // stored texts with new metadata
	Unchanged  int // stored already, as they are
	Duplicates int // texts stored under another URL or source: skipped
	// Skipped counts the skipped entries written: inputs that gave no
	// article, failed annotations and duplicates.
	Skipped int
}

func (c *Counts) add(o Counts) {
	c.Added += o.Added
	c.Replaced += o.Replaced
	c.Updated += o.Updated
	c.Unchanged += o.Unchanged
	c.Duplicates += o.Duplicates
	c.Skipped += o.Skipped
}

// entry is one thing to write: an article (annotated or not yet) or a
// skipped input.
type entry struct {
	art  *corpus.Article
	meta meta
	doc  *nlp.Doc // nil until annotated, and for articles that need no annotation
	err  error    // the annotation failed
	skip *corpus.Skipped
	// fresh: annotate the text again even when it is stored.
	fresh bool
}

// Put stores annotated documents and skipped inputs in one transaction,
// by the rules in the package doc. A document whose text the store holds
// already is not written again. The documents' annotations are recorded as
// made by nlp.AnnotatorVersion: they must come from nlp.Annotator
// with the default aliases.
func (s *Store) Put(ctx context.Context, docs []*nlp.Doc, skipped []corpus.Skipped) (Counts, error) {
	es := make([]entry, 0, len(docs)+len(skipped))
	for _, d := range docs {
		es = append(es, entry{art: &d.Article, meta: metaOf(&d.Article, textHash(d.Text)), doc: d})
	}
	for i := range skipped {
		es = append(es, entry{skip: &skipped[i]})
	}
	c, _, err := s.write(ctx, es, nil)
	return c, err
}

// write commits entries in one transaction. annotate is called for an
// article the final decision says needs annotation but that came without
// a document (another process changed the store since the first look); nil
// means such an article cannot arrive. It returns the skipped entries it
// wrote.
func (s *Store) write(ctx context.Context, es []entry, annotate func(context.Context, corpus.Article) (*nlp.Doc, error)) (Counts, []corpus.Skipped, error) {
	var c Counts
	var newSkips []corpus.Skipped
	if s.readOnly {
		return c, nil, &ReadOnlyError{Path: s.path}
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return c, nil, s.wrap("writing", err)
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, "INSERT INTO articles ("+metaColumns+", words, text, annotations, annotator, ingested) VALUES ("+marks(metaCount+5)+")")
	if err != nil {
		return c, nil, s.wrap("writing", err)
	}
	defer ins.Close()
	skip := func(sk corpus.Skipped) error {
		if s.strictText {
			sk = corpus.Skipped{Source: storableText(sk.Source), Reason: storableText(sk.Reason)}
		}
		res, err := tx.ExecContext(ctx, "INSERT INTO skipped (source, reason) VALUES (?, ?) ON CONFLICT DO NOTHING", sk.Source, sk.Reason)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n > 0 {
			c.Skipped++
			newSkips = append(newSkips, sk)
		}
		return nil
	}
	now := time.Now().UTC().Format(time.RFC3339)
	var buf []byte
	var annotated []*entry // added or replaced, for their records
	for i := range es {
		e := &es[i]
		if e.skip != nil {
			if err := skip(*e.skip); err != nil {
				return c, nil, s.wrap("writing", err)
			}
			continue
		}
		if e.err != nil {
			if err := skip(corpus.Skipped{Source: e.art.Source.String(), Reason: "annotation failed: " + e.err.Error()}); err != nil {
				return c, nil, s.wrap("writing", err)
			}
			continue
		}
		if s.strictText {
			if field := unstorable(e.art); field != "" {
				if err := skip(corpus.Skipped{Source: e.art.Source.String(), Reason: "cannot be stored in PostgreSQL: its " + field + " is not valid UTF-8 or holds a NUL byte"}); err != nil {
					return c, nil, s.wrap("writing", err)
				}
				continue
			}
		}
		dec, err := decide(ctx, tx, &e.meta, e.fresh)
		if err != nil {
			return c, nil, s.wrap("writing", err)
		}
		if dec.act.annotates() && e.doc == nil {
			if annotate == nil {
				return c, nil, fmt.Errorf("store: %s needs annotating and came without a document", e.art.Source)
			}
			if e.doc, err = annotate(ctx, *e.art); err != nil {
				if err := skip(corpus.Skipped{Source: e.art.Source.String(), Reason: "annotation failed: " + err.Error()}); err != nil {
					return c, nil, s.wrap("writing", err)
				}
				continue
			}
		}
		// An identity can move from one row to another (a URL added to a
		// text stored under its source); the row that held it before is
		// the older version and goes.
		if (dec.act == update || dec.act == replace) && dec.key != e.meta.key {
			if _, err := tx.ExecContext(ctx, "DELETE FROM records WHERE seq IN (SELECT seq FROM articles WHERE key = ? AND seq <> ?)", e.meta.key, dec.seq); err != nil {
				return c, nil, s.wrap("writing", err)
			}
			if _, err := tx.ExecContext(ctx, "DELETE FROM articles WHERE key = ? AND seq <> ?", e.meta.key, dec.seq); err != nil {
				return c, nil, s.wrap("writing", err)
			}
		}
		args := e.meta.args()
		switch dec.act {
		case add:
			buf = encodeAnnotations(buf[:0], e.doc)
			_, err = ins.ExecContext(ctx, append(args, e.doc.WordCount, e.doc.Text, buf, nlp.AnnotatorVersion, now)...)
			c.Added++
		case replace:
			buf = encodeAnnotations(buf[:0], e.doc)
			_, err = tx.ExecContext(ctx, "UPDATE articles SET ("+metaColumns+", words, text, annotations, annotator, ingested) = ("+marks(metaCount+5)+") WHERE seq = ?",
				append(args, e.doc.WordCount, e.doc.Text, buf, nlp.AnnotatorVersion, now, dec.seq)...)
			c.Replaced++
		case update:
			_, err = tx.ExecContext(ctx, "UPDATE articles SET ("+metaColumns+", ingested) = ("+marks(metaCount+1)+") WHERE seq = ?",
				append(args, now, dec.seq)...)
			c.Updated++
		case keep:
			c.Unchanged++
			continue
		case duplicate:
			c.Duplicates++
			if err := skip(corpus.Skipped{Source: e.art.Source.String(), Reason: "duplicate of " + dec.of + " (in the store)"}); err != nil {
				return c, nil, s.wrap("writing", err)
			}
			continue
		}
		if err != nil {
			return c, nil, s.wrap("writing", err)
		}
		if dec.act.annotates() {
			annotated = append(annotated, e)
		}
		// The input gives an article now: whatever made it skipped before
		// is over.
		if _, err := tx.ExecContext(ctx, "DELETE FROM skipped WHERE source = ?", e.art.Source.String()); err != nil {
			return c, nil, s.wrap("writing", err)
		}
	}
	if err := s.writeRecords(ctx, tx, annotated); err != nil {
		return c, nil, s.wrap("writing", err)
	}
	if err := tx.Commit(); err != nil {
		return c, nil, s.wrap("writing", err)
	}
	return c, newSkips, nil
}

// unstorable names the first field of a that PostgreSQL's text columns
// refuse (invalid UTF-8, a NUL byte), or returns "". corpus makes an
// article's text valid, but a source path or a field of a structured input
// may still be neither.
func unstorable(a *corpus.Article) string {
	for _, f := range []struct{ name, value string }{
		{"text", a.Text}, {"source", a.Source.Path}, {"URL", a.URL}, {"outlet", a.Outlet},
		{"title", a.Title}, {"author", a.Author}, {"ID", a.ID}, {"language", a.Language},
		{"format", a.Format}, {"notes", strings.Join(a.Notes, "\n")},
	} {
		if storableText(f.value) != f.value {
			return f.name
		}
	}
	if name, _ := a.Published.Zone(); storableText(name) != name {
		return "time zone"
	}
	return ""
}

// storableText makes s valid UTF-8 without NUL bytes.
func storableText(s string) string {
	if utf8.ValidString(s) && !strings.Contains(s, "\x00") {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}

// marks returns n SQL parameters: "?, ?, ?".
func marks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}
