package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// BusyTimeout is how long a write waits while another process holds the
// store's write lock. Ingest holds it only while it commits a batch (well
// under a second), so two ingests into one store take turns long before
// this runs out.
const BusyTimeout = 60 * time.Second

// Store is an open corpus store. It is safe for concurrent use.
type Store struct {
	db  *sql.DB
	eng engine
	// path names the store in messages: the file's path, or the
	// PostgreSQL URL without its password.
	path string
	// schema is the store's schema version: SchemaVersion, or an older
	// one for a store opened with OpenReadOnly.
	schema   int
	readOnly bool
	// strictText is set when the database refuses text that is not
	// UTF-8 or holds a NUL byte (PostgreSQL), which SQLite keeps.
	strictText bool
	// rec makes the records of the documents written (MakeRecords).
	rec *recorder
}

// BusyError is a write that waited BusyTimeout for another process.
type BusyError struct {
	Path string
	Err  error
}

func (e *BusyError) Error() string {
	return fmt.Sprintf("%s is busy: another process held it for over %v; try again when it is done", e.Path, BusyTimeout)
}

func (e *BusyError) Unwrap() error { return e.Err }

// ReadOnlyError is a write to a store that cannot be written: its file or
// directory is read-only, or it was opened with OpenReadOnly.
type ReadOnlyError struct {
	Path string
	Err  error // SQLite's error; nil for a store opened with OpenReadOnly
}

func (e *ReadOnlyError) Error() string { return e.Path + " is read-only" }

func (e *ReadOnlyError) Unwrap() error { return e.Err }

// Open opens the store at path, creating it when the file does not exist
// and migrating it when its schema is older. A store written by a newer
// framediff, and a file that is not a framediff store, are refused with a
// *SchemaError; an older store that cannot be written, so not migrated,
// with a *ReadOnlyError (OpenReadOnly reads it).
//
// A path that is a postgres:// or postgresql:// URL (see IsURL) opens a
// store in that PostgreSQL database instead, as openPostgres describes.
func Open(ctx context.Context, path string) (*Store, error) {
	if IsURL(path) {
		return openPostgres(ctx, path, false)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(abs); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("opening store %s: is a directory", path)
	}
	// _txlock=immediate makes every write transaction take the write lock
	// when it begins, so that two writers queue on busy_timeout instead of
	// failing when a read lock cannot be upgraded. Read transactions
	// (ReadOnly) begin deferred and never wait in WAL mode.
	dsn := "file:" + escapePath(abs) + fmt.Sprintf(
		"?_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate",
		BusyTimeout.Milliseconds())
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("opening store %s: %w", path, err)
	}
	s := &Store{db: db, eng: sqliteEngine{}, path: path, schema: SchemaVersion}
	// SQLite answers busy at once, without waiting busy_timeout, while
	// another connection turns a new file to WAL: two ingests started
	// together on a new store would fail for no reason. Try again until
	// BusyTimeout.
	deadline := time.Now().Add(BusyTimeout)
	for {
		err := db.PingContext(ctx)
		if err == nil {
			err = migrate(ctx, db, path)
		}
		if err == nil {
			return s, nil
		}
		if !isBusy(err) || time.Now().After(deadline) {
			db.Close()
			return nil, s.wrap("opening store", err)
		}
		select {
		case <-ctx.Done():
			db.Close()
			return nil, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// OpenReadOnly opens the store at path for reading only, as a comparison
// from a file the user may not write needs: the file is never created,
// migrated or written, and a store at an older schema is read as it is.
// Writes fail with a *ReadOnlyError; a store from a newer framediff and a
// file that is not a store are refused with a *SchemaError, as by Open.
//
// Limits: in a directory that cannot be written either, SQLite cannot make
// the shared index a WAL file needs, and the file is read as immutable:
// a process writing it meanwhile may go unseen or give an error.
func OpenReadOnly(ctx context.Context, path string) (*Store, error) {
	if IsURL(path) {
		return openPostgres(ctx, path, true)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return nil, fmt.Errorf("opening store %s: %w", path, err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("opening store %s: is a directory", path)
	}
	s, err := openReadOnly(ctx, abs, path, false)
	var ro *ReadOnlyError
	if errors.As(err, &ro) {
		s, err = openReadOnly(ctx, abs, path, true)
	}
	return s, err
}

func openReadOnly(ctx context.Context, abs, path string, immutable bool) (*Store, error) {
	dsn := "file:" + escapePath(abs) + "?mode=ro"
	if immutable {
		dsn += "&immutable=1"
	}
	dsn += fmt.Sprintf("&_pragma=busy_timeout(%d)", BusyTimeout.Milliseconds())
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("opening store %s: %w", path, err)
	}
	s := &Store{db: db, eng: sqliteEngine{}, path: path, readOnly: true}
	var appID int
	err = db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&s.schema)
	if err == nil {
		err = db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID)
	}
	if err == nil {
		err = checkVersion(ctx, db, path, s.schema, appID)
	}
	if err != nil {
		db.Close()
		return nil, s.wrap("opening store", err)
	}
	if s.schema == 0 {
		db.Close()
		return nil, fmt.Errorf("opening store %s: it is empty", path)
	}
	return s, nil
}

// escapePath makes a file path safe inside a SQLite URI.
func escapePath(p string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(p))
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// Path is the path the store was opened with; for a PostgreSQL store, its
// URL without the password, fit to show.
func (s *Store) Path() string { return s.path }

// annotatorColumn is the annotator column, or 0 in a store opened read-only
// at a schema from before it.
func (s *Store) annotatorColumn() string {
	if s.schema < 2 {
		return "0"
	}
	return "annotator"
}

// wrap names the store in an error and turns the database's codes into
// the typed errors a user can act on.
func (s *Store) wrap(doing string, err error) error {
	var se *SchemaError
	var be *BusyError
	var ro *ReadOnlyError
	if err == nil || errors.As(err, &se) || errors.As(err, &be) || errors.As(err, &ro) || errors.Is(err, context.Canceled) {
		return err
	}
	if typed := s.eng.classify(s.path, err); typed != nil {
		return typed
	}
	return fmt.Errorf("%s %s: %w", doing, s.path, err)
}

// querier is what both conn and tx offer: queries with ? parameters.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// meta holds an article's columns but its text and annotations. It is
// comparable: two equal metas are the same metadata.
type meta struct {
	key       string
	hash      string // raw SHA-256 bytes
	id        string
	url       string
	outlet    string
	outletKey string
	title     string
	author    string
	// published: valid is false for an article without a date.
	valid     bool
	unix      int64
	nsec      int64
	zone      string
	offset    int64
	language  string
	format    string
	source    string
	record    int64
	notesJSON string
}

// metaColumns are meta's columns in the order scan and args use, and
// metaCount their number.
const (
	metaColumns = "key, hash, id, url, outlet, outlet_key, title, author, published_unix, published_nsec, published_zone, published_off, language, format, source, record, notes"
	metaCount   = 17
)

// identity is the key an article is known by: its URL, or its source
// when it has none. Standard input is no lasting source: an article read
// from it without a URL is known by its text, so that the next one piped
// in is another article rather than a new version of this one.
func identity(a *corpus.Article, hash string) string {
	switch {
	case a.URL != "":
		return "url " + a.URL
	case a.Source.Path == "-":
		return "text " + hex.EncodeToString([]byte(hash))
	}
	return "source " + a.Source.String()
}

func textHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return string(h[:])
}

// metaOf lays an article out as columns. Every field of corpus.Article
// but Text is here; TestStoreRoundTrip fails when one is missing.
func metaOf(a *corpus.Article, hash string) meta {
	m := meta{
		key: identity(a, hash), hash: hash, id: a.ID, url: a.URL,
		outlet: a.Outlet, outletKey: corpus.Slug(a.Outlet), title: a.Title, author: a.Author,
		language: a.Language, format: a.Format, source: a.Source.Path, record: int64(a.Source.Record),
	}
	if !a.Published.IsZero() {
		m.valid = true
		m.unix, m.nsec = a.Published.Unix(), int64(a.Published.Nanosecond())
		name, off := a.Published.Zone()
		m.zone, m.offset = name, int64(off)
	}
	notes, _ := json.Marshal(a.Notes) // []string always marshals
	m.notesJSON = string(notes)
	return m
}

func (m *meta) args() []any {
	var unix, nsec, off sql.NullInt64
	var zone sql.NullString
	if m.valid {
		unix = sql.NullInt64{Int64: m.unix, Valid: true}
		nsec = sql.NullInt64{Int64: m.nsec, Valid: true}
		off = sql.NullInt64{Int64: m.offset, Valid: true}
		zone = sql.NullString{String: m.zone, Valid: true}
	}
	return []any{m.key, []byte(m.hash), m.id, m.url, m.outlet, m.outletKey, m.title, m.author,
		unix, nsec, zone, off, m.language, m.format, m.source, m.record, m.notesJSON}
}

// scanner is *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// scanMeta reads metaColumns followed by extra destinations.
func scanMeta(sc scanner, m *meta, extra ...any) error {
	var hash []byte
	var unix, nsec, off sql.NullInt64
	var zone sql.NullString
	dest := append([]any{&m.key, &hash, &m.id, &m.url, &m.outlet, &m.outletKey, &m.title, &m.author,
		&unix, &nsec, &zone, &off, &m.language, &m.format, &m.source, &m.record, &m.notesJSON}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return err
	}
	m.hash = string(hash)
	m.valid = unix.Valid
	m.unix, m.nsec, m.zone, m.offset = unix.Int64, nsec.Int64, zone.String, off.Int64
	return nil
}

// article rebuilds the corpus.Article of a row.
func (m *meta) article(text string) (corpus.Article, error) {
	a := corpus.Article{
		ID: m.id, Outlet: m.outlet, Title: m.title, URL: m.url, Author: m.author,
		Language: m.language, Format: m.format,
		Source: corpus.Source{Path: m.source, Record: int(m.record)},
		Text:   text,
	}
	if m.valid {
		t := time.Unix(m.unix, m.nsec)
		if m.zone == "UTC" && m.offset == 0 {
			t = t.UTC()
		} else {
			t = t.In(time.FixedZone(m.zone, int(m.offset)))
		}
		a.Published = t
	}
	if err := json.Unmarshal([]byte(m.notesJSON), &a.Notes); err != nil {
		return a, fmt.Errorf("article %s: notes: %w", m.id, err)
	}
	return a, nil
}

// Filter selects articles. The zero Filter selects every one.
type Filter struct {
	// Since and Until bound the publication time: Since <= published <
	// Until. A zero bound is open. With either set, undated articles are
	// left out.
	Since, Until time.Time
	// Outlets, when not empty, keeps the articles of these outlets, named
	// in any case or spelling corpus.Slug folds together ("Meridian Post",
	// "meridian-post").
	Outlets []string
}

// IsZero reports whether f selects everything.
func (f Filter) IsZero() bool { return f.Since.IsZero() && f.Until.IsZero() && len(f.Outlets) == 0 }

// Match reports whether f selects a. It is the filter Select applies, so
// that articles read from files can be filtered the same way.
func (f Filter) Match(a *corpus.Article) bool {
	if !f.Since.IsZero() || !f.Until.IsZero() {
		if !a.HasDate() {
			return false
		}
		if !f.Since.IsZero() && a.Published.Before(f.Since) {
			return false
		}
		if !f.Until.IsZero() && !a.Published.Before(f.Until) {
			return false
		}
	}
	if len(f.Outlets) > 0 {
		key := corpus.Slug(a.Outlet)
		for _, o := range f.Outlets {
			if corpus.Slug(o) == key {
				return true
			}
		}
		return false
	}
	return true
}

// where renders f as a SQL condition that keeps at least what f matches;
// Match then decides exactly.
func (f Filter) where() (string, []any) {
	var conds []string
	var args []any
	if !f.Since.IsZero() {
		conds = append(conds, "published_unix >= ?")
		args = append(args, f.Since.Unix())
	}
	if !f.Until.IsZero() {
		conds = append(conds, "published_unix <= ?")
		args = append(args, f.Until.Unix())
	}
	if len(f.Outlets) > 0 {
		marks := make([]string, len(f.Outlets))
		for i, o := range f.Outlets {
			marks[i] = "?"
			args = append(args, corpus.Slug(o))
		}
		conds = append(conds, "outlet_key IN ("+strings.Join(marks, ", ")+")")
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// Select returns the documents f selects, as they were stored, and the
// skipped inputs: all of them for the zero Filter, none otherwise (a
// skipped input has no outlet or date to filter by). Both come from one
// snapshot of the store, whatever is being written meanwhile. Documents
// are in corpus.Less order. Their annotations may come from another
// annotator than this framediff's: SelectVersions says which.
func (s *Store) Select(ctx context.Context, f Filter) ([]*nlp.Doc, []corpus.Skipped, error) {
	docs, _, skipped, err := s.SelectVersions(ctx, f)
	return docs, skipped, err
}

// SelectVersions is Select, and says which annotator made each document's
// annotations: annotators[i] is the nlp.AnnotatorVersion that made
// docs[i]'s, 0 for a document stored before versions were recorded.
func (s *Store) SelectVersions(ctx context.Context, f Filter) (docs []*nlp.Doc, annotators []int, skipped []corpus.Skipped, err error) {
	type versioned struct {
		doc       *nlp.Doc
		annotator int
	}
	var vs []versioned
	skipped, err = s.EachVersion(ctx, f, func(d *nlp.Doc, annotator int) error {
		vs = append(vs, versioned{d, annotator})
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	sort.SliceStable(vs, func(i, j int) bool { return corpus.Less(&vs[i].doc.Article, &vs[j].doc.Article) })
	docs = make([]*nlp.Doc, len(vs))
	annotators = make([]int, len(vs))
	for i, v := range vs {
		docs[i], annotators[i] = v.doc, v.annotator
	}
	return docs, annotators, skipped, nil
}

// EachVersion is SelectVersions a document at a time: it calls fn with
// every document f selects and the annotator that made its annotations,
// in the order of the store (not sorted), in one read transaction,
// without holding them, and returns the skipped inputs (for an
// unfiltered selection, as Select does). An error from fn stops the walk
// and is returned.
func (s *Store) EachVersion(ctx context.Context, f Filter, fn func(d *nlp.Doc, annotator int) error) (skipped []corpus.Skipped, err error) {
	err = s.read(ctx, func(t tx) error {
		if err := s.each(ctx, t, f, fn); err != nil {
			return err
		}
		if f.IsZero() {
			var err error
			skipped, err = s.skipped(ctx, t)
			return err
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return skipped, nil
}

// Each calls fn with every document f selects, one at a time, in the
// order of the store (not sorted), without holding them all in memory.
// An error from fn stops the walk and is returned. The documents are as
// stored, whatever annotator made them.
func (s *Store) Each(ctx context.Context, f Filter, fn func(*nlp.Doc) error) error {
	return s.read(ctx, func(t tx) error {
		return s.each(ctx, t, f, func(d *nlp.Doc, _ int) error { return fn(d) })
	})
}

// Docs returns the documents with the given IDs, in the order of ids; an
// ID the store does not hold is left out. It is how a comparison that
// keeps only compact profiles of a large corpus would fetch the members of
// one event at a time. The documents are as stored, whatever annotator
// made them.
func (s *Store) Docs(ctx context.Context, ids []string) ([]*nlp.Doc, error) {
	byID := map[string]*nlp.Doc{}
	err := s.read(ctx, func(t tx) error {
		for start := 0; start < len(ids); start += docsBatch {
			part := ids[start:min(start+docsBatch, len(ids))]
			marks := strings.TrimSuffix(strings.Repeat("?, ", len(part)), ", ")
			args := make([]any, len(part))
			for i, id := range part {
				args[i] = id
			}
			// In the order of seq, the last row of an ID wins, as a
			// look-up of each ID alone gave it.
			rows, err := t.QueryContext(ctx, "SELECT "+metaColumns+", text, annotations, "+s.annotatorColumn()+
				" FROM articles WHERE id IN ("+marks+") ORDER BY seq", args...)
			if err != nil {
				return err
			}
			err = scanDocs(rows, func(d *nlp.Doc, _ int) error { byID[d.ID] = d; return nil }, nil)
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]*nlp.Doc, 0, len(ids))
	for _, id := range ids {
		if d := byID[id]; d != nil {
			out = append(out, d)
		}
	}
	return out, nil
}

// docsBatch is the most IDs Docs asks for in one query: one round trip
// for many documents, and far under either engine's limit of parameters.
const docsBatch = 200

// read runs fn in a read transaction: one consistent snapshot.
func (s *Store) read(ctx context.Context, fn func(tx) error) error {
	t, err := s.begin(ctx, false)
	if err != nil {
		return s.wrap("reading", err)
	}
	defer t.Rollback()
	return s.wrap("reading", fn(t))
}

func (s *Store) each(ctx context.Context, q querier, f Filter, fn func(d *nlp.Doc, annotator int) error) error {
	where, args := f.where()
	rows, err := q.QueryContext(ctx, "SELECT "+metaColumns+", text, annotations, "+s.annotatorColumn()+" FROM articles"+where+" ORDER BY seq", args...)
	if err != nil {
		return err
	}
	return scanDocs(rows, fn, f.Match)
}

// scanDocs decodes the rows of a documents query (metaColumns, text,
// annotations, annotator), closing them, and calls fn with each document
// in the rows' order. match, when not nil, drops the articles it rejects.
//
// The rows are read on one goroutine (a cursor is serial), and decoded
// on decodeWorkers others a batch at a time: decoding the annotations is
// most of a reading's CPU, and a comparison of a large store reads every
// article, so on one core it would wait for the reading alone. fn still
// runs on the caller's goroutine, in order, so nothing it sees changes.
// An error stops the reading: the first in the rows' order is returned,
// after fn has seen the documents before it, as a serial reading does.
func scanDocs(rows *sql.Rows, fn func(d *nlp.Doc, annotator int) error, match func(*corpus.Article) bool) error {
	type row struct {
		m         meta
		text      string
		blob      []byte
		annotator int
	}
	type decoded struct {
		docs       []*nlp.Doc
		annotators []int
		err        error // after docs
	}
	type job struct {
		rows []row
		err  error // a failed read, after rows
		out  chan decoded
	}
	jobs := make(chan *job)
	// order holds the jobs in the rows' order; its capacity bounds the
	// rows read ahead of fn.
	order := make(chan *job, 2*decodeWorkers)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1 + decodeWorkers)
	go func() { // the reader
		defer wg.Done()
		defer close(order)
		defer close(jobs)
		defer rows.Close()
		send := func(j *job) bool {
			j.out = make(chan decoded, 1)
			select {
			case order <- j:
			case <-stop:
				return false
			}
			select {
			case jobs <- j:
				return true
			case <-stop:
				// The job is in order: answer it, for nobody reads it.
				j.out <- decoded{err: errStopped}
				return false
			}
		}
		j := &job{}
		for rows.Next() {
			var r row
			if err := scanMeta(rows, &r.m, &r.text, &r.blob, &r.annotator); err != nil {
				j.err = err
				send(j)
				return
			}
			j.rows = append(j.rows, r)
			if len(j.rows) == decodeBatch {
				if !send(j) {
					return
				}
				j = &job{}
			}
		}
		j.err = rows.Err()
		if len(j.rows) > 0 || j.err != nil {
			send(j)
		}
	}()
	for range decodeWorkers {
		go func() {
			defer wg.Done()
			intern := map[string]string{}
			for j := range jobs {
				var out decoded
				for _, r := range j.rows {
					a, err := r.m.article(r.text)
					if err != nil {
						out.err = err
						break
					}
					if match != nil && !match(&a) {
						continue
					}
					d := &nlp.Doc{Article: a}
					if err := decodeAnnotations(r.blob, d, intern); err != nil {
						out.err = fmt.Errorf("article %s (%s): %w", a.ID, a.Source, err)
						break
					}
					if err := checkSpans(d); err != nil {
						out.err = fmt.Errorf("article %s (%s): %w", a.ID, a.Source, err)
						break
					}
					out.docs = append(out.docs, d)
					out.annotators = append(out.annotators, r.annotator)
				}
				if out.err == nil {
					out.err = j.err
				}
				j.out <- out
			}
		}()
	}
	err := func() error {
		for j := range order {
			got := <-j.out
			for k, d := range got.docs {
				if err := fn(d, got.annotators[k]); err != nil {
					return err
				}
			}
			if got.err != nil {
				return got.err
			}
		}
		return nil
	}()
	close(stop)
	for range order { // let a reader blocked on order go
	}
	wg.Wait()
	return err
}

// decodeWorkers and decodeBatch: how many goroutines decode what one
// reading reads, and how many rows each is handed at once.
const (
	decodeWorkers = 2
	decodeBatch   = 32
)

// errStopped answers the jobs read after a reading was stopped.
var errStopped = errors.New("store: reading stopped")

func (s *Store) skipped(ctx context.Context, q querier) ([]corpus.Skipped, error) {
	rows, err := q.QueryContext(ctx, "SELECT source, reason FROM skipped ORDER BY source, reason")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []corpus.Skipped
	for rows.Next() {
		var sk corpus.Skipped
		if err := rows.Scan(&sk.Source, &sk.Reason); err != nil {
			return nil, err
		}
		out = append(out, sk)
	}
	// Sorted here, byte by byte, as SQLite's ORDER BY does: PostgreSQL's
	// follows the database's collation, which differs between servers.
	sort.Slice(out, func(i, j int) bool {
		if out[i].Source != out[j].Source {
			return out[i].Source < out[j].Source
		}
		return out[i].Reason < out[j].Reason
	})
	return out, rows.Err()
}

// KnownURLs returns the URLs of urls that a stored article has as its
// URL, so that a feed poller fetches only the links it has not stored.
// A link that redirected is stored under where it led, and is not known
// by it: fetching it again costs a conditional request.
func (s *Store) KnownURLs(ctx context.Context, urls []string) (map[string]bool, error) {
	known := map[string]bool{}
	err := s.read(ctx, func(t tx) error {
		st, err := t.PrepareContext(ctx, "SELECT 1 FROM articles WHERE key = ?")
		if err != nil {
			return err
		}
		defer st.Close()
		for _, u := range urls {
			var one int
			switch err := st.QueryRowContext(ctx, identity(&corpus.Article{URL: u}, "")).Scan(&one); {
			case err == nil:
				known[u] = true
			case !errors.Is(err, sql.ErrNoRows):
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return known, nil
}

// Stats counts what a store holds.
type Stats struct {
	Articles, Outlets, Skipped int
	Words                      int64
	// First and Last are the earliest and latest publication times; zero
	// when no article is dated.
	First, Last time.Time
	// Older and Newer count the articles whose annotations another
	// annotator made than this framediff's (nlp.AnnotatorVersion): an
	// older one, or a newer one, from a newer framediff.
	Older, Newer int
}

// Stats counts the store's articles, outlets, words, skipped inputs and
// articles annotated by another annotator.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.read(ctx, func(t tx) error {
		var first, last sql.NullInt64
		var words sql.NullInt64
		err := t.QueryRowContext(ctx, "SELECT count(*), count(DISTINCT outlet), sum(words), min(published_unix), max(published_unix) FROM articles").
			Scan(&st.Articles, &st.Outlets, &words, &first, &last)
		if err != nil {
			return err
		}
		st.Words = words.Int64
		if first.Valid {
			st.First, st.Last = time.Unix(first.Int64, 0).UTC(), time.Unix(last.Int64, 0).UTC()
		}
		err = t.QueryRowContext(ctx, "SELECT count(*) FROM articles WHERE "+s.annotatorColumn()+" < ?", nlp.AnnotatorVersion).Scan(&st.Older)
		if err != nil {
			return err
		}
		err = t.QueryRowContext(ctx, "SELECT count(*) FROM articles WHERE "+s.annotatorColumn()+" > ?", nlp.AnnotatorVersion).Scan(&st.Newer)
		if err != nil {
			return err
		}
		return t.QueryRowContext(ctx, "SELECT count(*) FROM skipped").Scan(&st.Skipped)
	})
	return st, err
}
