package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/store"
	"github.com/google/go-cmp/cmp"
)

const sampleCorpus = "../../testdata/corpus"

// stores makes a store ingested by this framediff, and one of the same
// corpus whose annotations another annotator made (one whose alias table
// knows only that Sergey Lavrov is his ministry), recorded as this
// version's. An annotator without aliases alone would not do: comparison
// applies the alias table again and gives each name of two words or more
// one type, which makes its report the fresh one.
func stores(t *testing.T) (fresh, old string) {
	t.Helper()
	dir := t.TempDir()
	fresh, old = filepath.Join(dir, "fresh.db"), filepath.Join(dir, "old.db")
	if code, _, stderr := runCmd(t, "", "ingest", "--db", fresh, sampleCorpus); code != exitOK {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	s, err := store.Open(context.Background(), old)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	stale := &nlp.Aliases{}
	stale.Add(nlp.Org, "Foreign Ministry of Russia", "Sergey Lavrov", "Sergei Lavrov", "Lavrov")
	an := &nlp.Annotator{Aliases: stale}
	if _, err := s.Ingest(context.Background(), []string{sampleCorpus}, nil, store.IngestOptions{Annotator: an}); err != nil {
		t.Fatal(err)
	}
	return fresh, old
}

// execSQL runs SQL statements on a store file.
func execSQL(t *testing.T, db string, stmts ...string) {
	t.Helper()
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	for _, q := range stmts {
		if _, err := conn.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// copyStore copies the store from into a new file, with its annotator
// column set to v.
func copyStore(t *testing.T, from string, v int) string {
	t.Helper()
	to := filepath.Join(t.TempDir(), "corpus.db")
	execSQL(t, from, fmt.Sprintf("VACUUM INTO '%s'", to))
	execSQL(t, to, fmt.Sprintf("UPDATE articles SET annotator = %d", v))
	return to
}

// schema1Store copies the store from into a new store at schema 1, made
// with the migration SQL as released, as a framediff from before annotator
// versions left it.
func schema1Store(t *testing.T, from string) string {
	t.Helper()
	to := filepath.Join(t.TempDir(), "corpus.db")
	ddl, err := os.ReadFile("../../corpus/store/testdata/schema1.sql")
	if err != nil {
		t.Fatal(err)
	}
	const columns = "seq, key, hash, id, url, outlet, outlet_key, title, author, published_unix, published_nsec, published_zone, published_off, language, format, source, record, words, notes, text, annotations, ingested"
	execSQL(t, to, string(ddl),
		"PRAGMA user_version = 1",
		"PRAGMA application_id = 1718772838", // 0x66726466, "frdf": the store's application ID
		"PRAGMA journal_mode = WAL",
		fmt.Sprintf("ATTACH '%s' AS old", from),
		"INSERT INTO articles ("+columns+") SELECT "+columns+" FROM old.articles",
		"INSERT INTO skipped SELECT * FROM old.skipped",
	)
	return to
}

// storeState is the schema version and the count of articles by annotator
// version of a store file.
func storeState(t *testing.T, db string) (int, map[int]int) {
	t.Helper()
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var version int
	if err := conn.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		t.Fatal(err)
	}
	n := map[int]int{}
	rows, err := conn.Query("SELECT annotator, count(*) FROM articles GROUP BY annotator")
	if err != nil {
		return version, nil // schema 1: no annotator column
	}
	defer rows.Close()
	for rows.Next() {
		var v, c int
		if err := rows.Scan(&v, &c); err != nil {
			t.Fatal(err)
		}
		n[v] = c
	}
	return version, n
}

// TestCompareStaleStore: compare and events from a store whose articles
// another annotator made give, byte for byte, the report a fresh store
// gives: an older annotator's articles are annotated again and saved, a
// newer one's are annotated again in memory and left in the store, and
// each case is said in one line on stderr.
func TestCompareStaleStore(t *testing.T) {
	fresh, old := stores(t)
	n := count(fresh)
	outlets := []string{"harbour-times", "Meridian Post"}
	k := 0 // the articles of outlets
	for _, d := range readStore(t, fresh).Docs.([]*nlp.Doc) {
		if (store.Filter{Outlets: outlets}).Match(&d.Article) {
			k++
		}
	}
	if k == 0 || k == n {
		t.Fatalf("%d of %d articles are of %v: a useless test case", k, n, outlets)
	}
	older := func(n int) string {
		return fmt.Sprintf("framediff: %d articles in DB were annotated by an older framediff: annotating them again and saving them to the store\n", n)
	}
	newer := fmt.Sprintf("framediff: %d articles in DB were annotated by a newer framediff (annotator %d; this one is %d): annotating them again in memory, leaving theirs in the store\n", n, nlp.AnnotatorVersion+1, nlp.AnnotatorVersion)

	// The stale annotations change the report, or this test would prove
	// nothing.
	_, want, _ := runCmd(t, "", "compare", "--format", "json", "--db", fresh)
	_, stale, _ := runCmd(t, "", "compare", "--format", "json", "--db", old)
	if want == stale {
		t.Fatal("the old annotations give the fresh report: a useless test")
	}

	v := nlp.AnnotatorVersion
	tests := []struct {
		name string
		make func(t *testing.T) string
		args []string
		// stderr is what the first run writes, again what the second
		// writes; DB stands for the store's path.
		stderr, again string
		// after counts the articles by annotator version afterwards.
		after map[int]int
	}{
		{"schema 1", func(t *testing.T) string { return schema1Store(t, old) },
			[]string{"compare", "--format", "json"}, older(n), "", map[int]int{v: n}},
		{"schema 1, events", func(t *testing.T) string { return schema1Store(t, old) },
			[]string{"events", "--format", "text"}, older(n), "", map[int]int{v: n}},
		{"schema 1, two outlets", func(t *testing.T) string { return schema1Store(t, old) },
			[]string{"compare", "--format", "json", "--outlet", outlets[0], "--outlet", outlets[1]}, older(k), "", map[int]int{v: k, 0: n - k}},
		{"annotator 0", func(t *testing.T) string { return copyStore(t, old, 0) },
			[]string{"compare", "--format", "text"}, older(n), "", map[int]int{v: n}},
		{"newer annotator", func(t *testing.T) string { return copyStore(t, old, v+1) },
			[]string{"compare", "--format", "json"}, newer, newer, map[int]int{v + 1: n}},
		{"current", func(t *testing.T) string { return copyStore(t, fresh, v) },
			[]string{"compare", "--format", "json"}, "", "", map[int]int{v: n}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := tt.make(t)
			_, want, _ := runCmd(t, "", append(tt.args, "--db", fresh)...)
			for run, wantErr := range []string{tt.stderr, tt.again} {
				code, got, stderr := runCmd(t, "", append(tt.args, "--db", db)...)
				if code != exitOK {
					t.Fatalf("run %d: exit %d: %s", run+1, code, stderr)
				}
				if got != want {
					t.Errorf("run %d: the report differs from the fresh store's:\n%s", run+1, firstDiff(want, got))
				}
				if wantErr = strings.ReplaceAll(wantErr, "DB", db); stderr != wantErr {
					t.Errorf("run %d: stderr %q, want %q", run+1, stderr, wantErr)
				}
			}
			version, after := storeState(t, db)
			if version != store.SchemaVersion {
				t.Errorf("schema %d, want %d", version, store.SchemaVersion)
			}
			if diff := cmp.Diff(tt.after, after); diff != "" {
				t.Errorf("articles by annotator version (-want +got):\n%s", diff)
			}
		})
	}
}

// TestIngestReannotateStale: ingest --reannotate, without PATHs, annotates
// again the stored articles an older annotator made; a plain ingest says
// they are there and how to annotate them.
func TestIngestReannotateStale(t *testing.T) {
	fresh, old := stores(t)
	n := count(fresh)
	db := schema1Store(t, old)
	code, out, stderr := runCmd(t, "", "ingest", "--db", db, filepath.Join(sampleCorpus, "meridian-post"))
	if code != exitOK {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, " of them were annotated by an older framediff: framediff ingest --db "+db+" --reannotate annotates them again") {
		t.Errorf("ingest does not say that the store holds stale articles:\n%s", out)
	}
	code, out, stderr = runCmd(t, "", "ingest", "--db", db, "--reannotate")
	if code != exitOK {
		t.Fatalf("ingest --reannotate: exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, db+": annotated again ") || strings.Contains(out, "older framediff: framediff ingest") {
		t.Errorf("ingest --reannotate:\n%s", out)
	}
	if _, after := storeState(t, db); !cmp.Equal(after, map[int]int{nlp.AnnotatorVersion: n}) {
		t.Errorf("articles by annotator version after ingest --reannotate: %v", after)
	}
	_, want, _ := runCmd(t, "", "compare", "--format", "json", "--db", fresh)
	code, got, stderr := runCmd(t, "", "compare", "--format", "json", "--db", db)
	if code != exitOK || got != want || stderr != "" {
		t.Errorf("compare after ingest --reannotate: exit %d, stderr %q, report equal to the fresh one: %v", code, stderr, got == want)
	}
}

// TestCompareReadOnlyStore: a store that cannot be written is compared
// with its stale articles annotated again in memory, said in one line, and
// left as it was. Root writes a read-only file, so the command is run as
// another user only; currentDocs is run on a store opened read-only as any
// user.
func TestCompareReadOnlyStore(t *testing.T) {
	fresh, old := stores(t)
	want := readStore(t, fresh).Docs
	db := schema1Store(t, old)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.OpenReadOnly(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	var errb bytes.Buffer
	docs, _, err := currentDocs(context.Background(), &env{stderr: &errb}, s, store.Filter{}, 2)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, any(docs), timeCmp); diff != "" {
		t.Errorf("documents annotated again in memory differ from the fresh store's (-fresh +read-only):\n%s", diff)
	}
	wantErr := fmt.Sprintf("framediff: %s is read-only: annotating again in memory its %d articles annotated by an older framediff\n", db, len(docs))
	if errb.String() != wantErr {
		t.Errorf("stderr %q, want %q", errb.String(), wantErr)
	}

	if os.Geteuid() != 0 {
		if err := os.Chmod(db, 0o444); err != nil {
			t.Fatal(err)
		}
		_, wantReport, _ := runCmd(t, "", "compare", "--format", "json", "--db", fresh)
		code, got, stderr := runCmd(t, "", "compare", "--format", "json", "--db", db)
		if code != exitOK || got != wantReport || stderr != wantErr {
			t.Errorf("compare --db on a read-only file: exit %d, stderr %q, report equal to the fresh one: %v", code, stderr, got == wantReport)
		}
	} else {
		t.Log("running as root, which writes read-only files: compare --db on a read-only file is not run")
	}
	if after, err := os.ReadFile(db); err != nil || !bytes.Equal(before, after) {
		t.Errorf("the read-only store changed (%v)", err)
	}
}
