package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/google/go-cmp/cmp"
)

// schema1 holds migration 1 as it was released, a copy rather than
// migrations[0], so that these tests keep building the stores users have.
const schema1 = "testdata/schema1.sql"

// postgresSchema1 is pgMigrations[0] as it was released.
const postgresSchema1 = "testdata/postgres-schema1.sql"

// TestMigration1Unchanged: migration 1 is the released one, in either
// engine. Stores made with it exist, so it is never edited; a change goes
// in a new migration.
func TestMigration1Unchanged(t *testing.T) {
	for _, tt := range []struct{ file, migration string }{
		{schema1, migrations[0]},
		{postgresSchema1, pgMigrations[0]},
	} {
		if got, want := strings.TrimSpace(tt.migration), strings.TrimSpace(released(t, tt.file)); got != want {
			t.Errorf("migration 1 was edited: it must stay as released (%s)", tt.file)
		}
	}
}

// released reads a released migration, without its comment lines.
func released(t *testing.T, file string) string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(line, "-- ") {
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "\n")
}

var (
	oldOnce sync.Once
	old     []*nlp.Doc
)

// oldDocs annotates the sample corpus as an older annotator would have:
// without the entity aliases, so that its annotations differ from
// sampleDocs'.
func oldDocs(t *testing.T) []*nlp.Doc {
	t.Helper()
	want := sampleDocs(t)
	oldOnce.Do(func() {
		old, _, _ = (&nlp.Annotator{Aliases: &nlp.Aliases{}}).Annotate(context.Background(), sampleSet.Articles)
	})
	if len(old) != len(want) {
		t.Fatalf("the old annotator gave %d documents, the current %d", len(old), len(want))
	}
	if cmp.Equal(old, want, timeExact) {
		t.Fatal("the old annotations equal the current ones: a useless test")
	}
	return old
}

// makeSchema1 writes docs into a new store at schema 1, as a framediff
// from before annotator versions would have.
func makeSchema1(t *testing.T, path string, docs []*nlp.Doc) {
	t.Helper()
	driver, ddl := "sqlite", []string{released(t, schema1)}
	for _, pragma := range []string{"user_version = 1", fmt.Sprintf("application_id = %d", applicationID), "journal_mode = WAL"} {
		ddl = append(ddl, "PRAGMA "+pragma)
	}
	var eng engine = sqliteEngine{}
	if IsURL(path) {
		driver, ddl = "pgx", []string{pgVersionTable, released(t, postgresSchema1), "INSERT INTO framediff_schema (version) VALUES (1)"}
		eng = &postgresEngine{}
	}
	sdb, err := sql.Open(driver, path)
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	db := conn{sdb, eng}
	ctx := context.Background()
	for _, stmt := range ddl {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range docs {
		m := metaOf(&d.Article, textHash(d.Text))
		_, err := db.ExecContext(ctx, "INSERT INTO articles ("+metaColumns+", words, text, annotations, ingested) VALUES ("+marks(metaCount+4)+")",
			append(m.args(), d.WordCount, d.Text, encodeAnnotations(nil, d), "2024-01-01T00:00:00Z")...)
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.ExecContext(ctx, "INSERT INTO skipped (source, reason) VALUES ('x.bin', 'binary file')"); err != nil {
		t.Fatal(err)
	}
}

// makeStore writes docs into a new store at the current schema, recorded
// as made by annotator version v.
func makeStore(t *testing.T, path string, docs []*nlp.Doc, v int) {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Put(context.Background(), docs, []corpus.Skipped{{Source: "x.bin", Reason: "binary file"}}); err != nil {
		t.Fatal(err)
	}
	rawExec(t, s, "UPDATE articles SET annotator = ?", v)
}

// annotators returns the annotator column of every row.
func annotators(t *testing.T, s *Store) map[int]int {
	t.Helper()
	rows, err := s.db.Query("SELECT annotator FROM articles")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := map[int]int{}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		n[v]++
	}
	return n
}

// TestStaleArticles: a store from before annotator versions is migrated
// and its articles count as stale; Reannotate makes their annotations
// again, equal to a fresh ingest's, and records the version; a newer
// annotator's articles are counted and never downgraded.
func TestStaleArticles(t *testing.T) {
	ctx := context.Background()
	want := sampleDocs(t)
	old := oldDocs(t)
	n := len(want)
	tests := []struct {
		name string
		make func(t *testing.T, path string)
		// older and newer are the stale counts after opening; after is
		// what Select returns once Reannotate has run.
		older, newer int
		after        []*nlp.Doc
	}{
		{"schema 1", func(t *testing.T, p string) { makeSchema1(t, p, old) }, n, 0, want},
		{"annotator 0", func(t *testing.T, p string) { makeStore(t, p, old, 0) }, n, 0, want},
		{"current", func(t *testing.T, p string) { makeStore(t, p, want, nlp.AnnotatorVersion) }, 0, 0, want},
		{"newer annotator", func(t *testing.T, p string) { makeStore(t, p, old, nlp.AnnotatorVersion+1) }, 0, n, old},
	}
	eachEngine(t, func(t *testing.T, e testEngine) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				path := e.location(t)
				tt.make(t, path)
				s, err := Open(ctx, path)
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()
				if v := schemaVersion(t, s); v != SchemaVersion {
					t.Errorf("schema version %d, want %d", v, SchemaVersion)
				}
				if hasTable(t, s, "meta") {
					t.Error("the meta table is still there")
				}
				st, err := s.Stats(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if st.Older != tt.older || st.Newer != tt.newer || st.Articles != n {
					t.Errorf("stats: %d articles, %d older, %d newer; want %d, %d, %d", st.Articles, st.Older, st.Newer, n, tt.older, tt.newer)
				}
				// Opening keeps what was stored.
				docs, vs, skipped, err := s.SelectVersions(ctx, Filter{})
				if err != nil {
					t.Fatal(err)
				}
				stale := 0
				for _, v := range vs {
					if v != nlp.AnnotatorVersion {
						stale++
					}
				}
				if stale != tt.older+tt.newer || len(docs) != n || len(skipped) != 1 {
					t.Errorf("selected %d documents, %d stale, %d skipped; want %d, %d, 1", len(docs), stale, len(skipped), n, tt.older+tt.newer)
				}

				rs, err := s.Reannotate(ctx, ReannotateOptions{Workers: 2, Batch: 5})
				if err != nil {
					t.Fatal(err)
				}
				if rs.Reannotated != tt.older || rs.Newer != tt.newer || rs.Failed != 0 {
					t.Errorf("reannotate: %+v, want %d re-annotated, %d newer", rs, tt.older, tt.newer)
				}
				got, _, err := s.Select(ctx, Filter{})
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tt.after, got, timeExact); diff != "" {
					t.Errorf("after Reannotate (-want +got):\n%s", diff)
				}
				wantVersions := map[int]int{nlp.AnnotatorVersion: n}
				if tt.newer > 0 {
					wantVersions = map[int]int{nlp.AnnotatorVersion + 1: n}
				}
				if diff := cmp.Diff(wantVersions, annotators(t, s)); diff != "" {
					t.Errorf("annotator column (-want +got):\n%s", diff)
				}
				if rs, err := s.Reannotate(ctx, ReannotateOptions{}); err != nil || rs.Reannotated != 0 {
					t.Errorf("second Reannotate: %+v, %v; want nothing done", rs, err)
				}
			})
		}
	})
}

// TestReannotateFilter: Reannotate with a Filter annotates again only the
// stale articles it selects.
func TestReannotateFilter(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) { testReannotateFilter(t, e) })
}

func testReannotateFilter(t *testing.T, e testEngine) {
	ctx := context.Background()
	path := e.location(t)
	makeStore(t, path, oldDocs(t), 0)
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	f := Filter{Outlets: []string{"Harbour Times"}}
	want := 0
	for _, d := range sampleDocs(t) {
		if f.Match(&d.Article) {
			want++
		}
	}
	var progress []string
	rs, err := s.Reannotate(ctx, ReannotateOptions{Filter: f, Batch: 1, Progress: func(done, total int) {
		progress = append(progress, fmt.Sprintf("%d/%d", done, total))
	}})
	if err != nil {
		t.Fatal(err)
	}
	if want == 0 || rs.Reannotated != want {
		t.Errorf("re-annotated %d, want %d", rs.Reannotated, want)
	}
	if len(progress) != want || progress[len(progress)-1] != fmt.Sprintf("%d/%d", want, want) {
		t.Errorf("progress %v", progress)
	}
	if got := annotators(t, s); got[nlp.AnnotatorVersion] != want || got[0] != len(sampleDocs(t))-want {
		t.Errorf("annotator column: %v", got)
	}
}

// TestIngestStale: an ingest that meets a stored article annotates it again
// when an older annotator made it, or when --reannotate asks, but never
// over a newer annotator's annotations; the annotator column records
// what made the stored annotations.
func TestIngestStale(t *testing.T) {
	ctx := context.Background()
	n := len(sampleDocs(t))
	tests := []struct {
		stored     int // the annotator recorded for the stored articles
		reannotate bool
		annotated  int // articles ingest annotates again
		after      int // the annotator recorded afterwards
	}{
		{0, false, n, nlp.AnnotatorVersion},
		{0, true, n, nlp.AnnotatorVersion},
		{nlp.AnnotatorVersion, false, 0, nlp.AnnotatorVersion},
		{nlp.AnnotatorVersion, true, n, nlp.AnnotatorVersion},
		{nlp.AnnotatorVersion + 1, false, 0, nlp.AnnotatorVersion + 1},
		{nlp.AnnotatorVersion + 1, true, 0, nlp.AnnotatorVersion + 1},
	}
	eachEngine(t, func(t *testing.T, e testEngine) {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("stored %d reannotate %v", tt.stored, tt.reannotate), func(t *testing.T) {
				path := e.location(t)
				makeStore(t, path, sampleDocs(t), tt.stored)
				s, err := Open(ctx, path)
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()
				st, err := s.Ingest(ctx, []string{sampleDir}, nil, IngestOptions{Reannotate: tt.reannotate, Workers: 2})
				if err != nil {
					t.Fatal(err)
				}
				if st.Annotated != tt.annotated || st.Replaced != tt.annotated || st.Unchanged != n-tt.annotated {
					t.Errorf("ingest: %+v, want %d annotated and replaced", st, tt.annotated)
				}
				if diff := cmp.Diff(map[int]int{tt.after: n}, annotators(t, s)); diff != "" {
					t.Errorf("annotator column (-want +got):\n%s", diff)
				}
			})
		}
	})
}

// TestOpenReadOnly: a store opened read-only is read at its own schema,
// older ones included, counts its stale articles, refuses every write
// with a ReadOnlyError and is left as it was.
func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	old := oldDocs(t)
	tests := []struct {
		name   string
		make   func(t *testing.T, p string)
		schema int
	}{
		{"schema 1", func(t *testing.T, p string) { makeSchema1(t, p, old) }, 1},
		{"annotator 0", func(t *testing.T, p string) { makeStore(t, p, old, 0) }, SchemaVersion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".db")
			tt.make(t, path)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			s, err := OpenReadOnly(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if s.schema != tt.schema {
				t.Errorf("schema %d, want %d", s.schema, tt.schema)
			}
			docs, vs, skipped, err := s.SelectVersions(ctx, Filter{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(old, docs, timeExact); diff != "" {
				t.Errorf("read-only select (-stored +selected):\n%s", diff)
			}
			for i, v := range vs {
				if v != 0 {
					t.Errorf("%s: annotator %d, want 0", docs[i].ID, v)
				}
			}
			if len(skipped) != 1 {
				t.Errorf("skipped %v", skipped)
			}
			if st, err := s.Stats(ctx); err != nil || st.Older != len(old) {
				t.Errorf("stats %+v (%v), want %d older", st, err, len(old))
			}
			var ro *ReadOnlyError
			if _, err := s.Reannotate(ctx, ReannotateOptions{}); !errors.As(err, &ro) || ro.Path != path {
				t.Errorf("Reannotate: %v, want a ReadOnlyError", err)
			}
			if _, err := s.Put(ctx, sampleDocs(t)[:1], nil); !errors.As(err, &ro) {
				t.Errorf("Put: %v, want a ReadOnlyError", err)
			}
			s.Close()
			after, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(before) != string(after) {
				t.Error("opening read-only changed the file")
			}
		})
	}

	var se *SchemaError
	newer := filepath.Join(dir, "newer.db")
	makeStore(t, newer, nil, 0)
	db, err := sql.Open("sqlite", newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion+1)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := OpenReadOnly(ctx, newer); !errors.As(err, &se) || se.Version != SchemaVersion+1 {
		t.Errorf("newer schema: %v, want a SchemaError", err)
	}
	missing := filepath.Join(dir, "missing.db")
	if _, err := OpenReadOnly(ctx, missing); err == nil {
		t.Error("opened a missing store")
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("OpenReadOnly created the missing store")
	}
}

// TestReadOnlyFile: a store file its user cannot write, in a directory
// they can write or not, is refused by Open with a ReadOnlyError when it
// needs migrating, refuses Reannotate when Open took it, and is read by
// OpenReadOnly. Root writes any file, so this runs as another user only.
func TestReadOnlyFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write a read-only file")
	}
	ctx := context.Background()
	old := oldDocs(t)
	for _, tt := range []struct {
		name    string
		make    func(t *testing.T, p string)
		dirMode os.FileMode
	}{
		{"schema 1", func(t *testing.T, p string) { makeSchema1(t, p, old) }, 0o755},
		{"schema 1 in a read-only directory", func(t *testing.T, p string) { makeSchema1(t, p, old) }, 0o555},
		{"annotator 0", func(t *testing.T, p string) { makeStore(t, p, old, 0) }, 0o755},
		{"annotator 0 in a read-only directory", func(t *testing.T, p string) { makeStore(t, p, old, 0) }, 0o555},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "corpus.db")
			tt.make(t, path)
			if err := os.Chmod(path, 0o444); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(dir, tt.dirMode); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(dir, 0o755) })
			var ro *ReadOnlyError
			s, err := Open(ctx, path)
			if err == nil {
				_, err = s.Reannotate(ctx, ReannotateOptions{})
				s.Close()
			}
			if !errors.As(err, &ro) {
				t.Fatalf("Open and Reannotate: %v, want a ReadOnlyError", err)
			}
			s, err = OpenReadOnly(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if docs, _, err := s.Select(ctx, Filter{}); err != nil || len(docs) != len(old) {
				t.Errorf("selected %d documents (%v), want %d", len(docs), err, len(old))
			}
		})
	}
}

// TestMetaColumns: metaCount counts metaColumns and the values args gives.
func TestMetaColumns(t *testing.T) {
	m := metaOf(&corpus.Article{Published: time.Now()}, textHash(""))
	if n := strings.Count(metaColumns, ",") + 1; n != metaCount || len(m.args()) != metaCount {
		t.Errorf("metaCount %d; metaColumns has %d, args gives %d", metaCount, n, len(m.args()))
	}
}
