package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/google/go-cmp/cmp"
	_ "github.com/jackc/pgx/v5/stdlib" // the pgx driver for database/sql
)

// postgresEnv names the URL of a PostgreSQL server the tests may use:
// each test makes a schema of its own there and drops it afterwards.
// scripts/pgtest starts a throwaway server and prints it.
const postgresEnv = "FRAMEDIFF_TEST_POSTGRES"

// testEngine makes new, empty stores of one engine.
type testEngine struct {
	name string
	// location returns where a new store is to be: a file path, or a
	// URL naming a new schema.
	location func(t testing.TB) string
}

// engines are the engines a behaviour test runs on. PostgreSQL's sub-tests
// skip when postgresEnv is not set.
var engines = []testEngine{
	{"sqlite", func(t testing.TB) string { return filepath.Join(t.TempDir(), "corpus.db") }},
	{"postgres", postgresSchema},
}

// eachEngineBench runs fn as a sub-benchmark for every engine.
func eachEngineBench(b *testing.B, fn func(b *testing.B, e testEngine)) {
	for _, e := range engines {
		b.Run(e.name, func(b *testing.B) { fn(b, e) })
	}
}

// eachEngine runs fn as a sub-test for every engine.
func eachEngine(t *testing.T, fn func(t *testing.T, e testEngine)) {
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) { fn(t, e) })
	}
}

// open opens a new store of e, closed when the test ends.
func (e testEngine) open(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), e.location(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// postgresAdmin returns the server's URL, or skips the test without one.
func postgresAdmin(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(postgresEnv)
	if dsn == "" {
		t.Skipf("%s is not set: no PostgreSQL server to test on (eval \"$(scripts/pgtest start)\" starts one)", postgresEnv)
	}
	return dsn
}

// postgresSchema makes a new schema on the test server, dropped when the
// test ends, and returns the URL of a store in it.
func postgresSchema(t testing.TB) string {
	t.Helper()
	admin := postgresAdmin(t)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "framediff_test_" + hex.EncodeToString(b)
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("%s: %v", redactURL(admin), err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", admin)
		if err != nil {
			t.Error(err)
			return
		}
		defer db.Close()
		if _, err := db.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Errorf("dropping the test's schema: %v", err)
		}
	})
	return withSearchPath(t, admin, schema)
}

// withSearchPath sets the search_path of a postgres:// URL.
func withSearchPath(t testing.TB, dsn, schema string) string {
	t.Helper()
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// rawExec runs a statement written with ? parameters on a store's
// database, behind the store's back.
func rawExec(t *testing.T, s *Store, query string, args ...any) {
	t.Helper()
	if _, err := (conn{s.db, s.eng}).ExecContext(context.Background(), query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

// schemaVersion reads a store's schema version behind its back.
func schemaVersion(t *testing.T, s *Store) int {
	t.Helper()
	q := "PRAGMA user_version"
	if _, ok := s.eng.(*postgresEngine); ok {
		q = "SELECT version FROM framediff_schema"
	}
	var v int
	if err := s.db.QueryRow(q).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// hasTable reports whether a store has a table of that name.
func hasTable(t *testing.T, s *Store, name string) bool {
	t.Helper()
	q := "SELECT count(*) FROM sqlite_schema WHERE name = ?"
	if _, ok := s.eng.(*postgresEngine); ok {
		q = "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?"
	}
	var n int
	if err := (conn{s.db, s.eng}).QueryRowContext(context.Background(), q, name).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n > 0
}

// TestRebind: ? parameters become $n, but in quotes.
func TestRebind(t *testing.T) {
	var d dollarParams
	for _, tt := range []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		{"a = ? AND b IN (?, ?)", "a = $1 AND b IN ($2, $3)"},
		{"x = '?' AND y = ? AND \"q?\" = ?", "x = '?' AND y = $1 AND \"q?\" = $2"},
	} {
		if got := d.rebind(tt.in); got != tt.want {
			t.Errorf("rebind(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := d.rebind(tt.in); got != tt.want {
			t.Errorf("rebind(%q) again = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRedactURL: a store's name never shows its password.
func TestRedactURL(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"postgres://alice:s3cret@db.example/news", "postgres://alice@db.example/news"},
		{"postgresql://db.example/news?password=s3cret&sslmode=require", "postgresql://db.example/news?sslmode=require"},
		{"postgres:///news?host=/run/postgresql", "postgres:///news?host=/run/postgresql"},
	} {
		got := redactURL(tt.in)
		if got != tt.want || strings.Contains(got, "s3cret") {
			t.Errorf("redactURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPostgresOpenErrors: a server that cannot be reached, and a URL that
// cannot be read, give one line naming the store without its password.
func TestPostgresOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, dsn := range []string{
		fmt.Sprintf("postgres://alice:s3cret@/news?host=%s&connect_timeout=2", dir), // no server listens there
		"postgres://alice:s3cret@db.example:notaport/news",
	} {
		_, err := Open(ctx, dsn)
		if err == nil {
			t.Fatalf("Open(%q) succeeded", dsn)
		}
		msg := err.Error()
		if strings.Contains(msg, "s3cret") || strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "opening store postgres://") {
			t.Errorf("Open(%q): %q: want one line naming the store without its password", dsn, msg)
		}
	}
}

// TestPostgresSchemaRefused: a store from a newer framediff, tables of a
// store's names that another program made, and a search_path with no
// schema are refused with a clear message, and left as they were; an
// empty schema is no store to read.
func TestPostgresSchemaRefused(t *testing.T) {
	ctx := context.Background()
	var se *SchemaError

	newer := postgresSchema(t)
	s, err := Open(ctx, newer)
	if err != nil {
		t.Fatal(err)
	}
	rawExec(t, s, "UPDATE framediff_schema SET version = 99")
	s.Close()
	for _, open := range []func(context.Context, string) (*Store, error){Open, OpenReadOnly} {
		if _, err := open(ctx, newer); !errors.As(err, &se) || se.Version != 99 || !strings.Contains(err.Error(), "newer framediff") {
			t.Errorf("newer store: %v", err)
		}
	}

	foreign := postgresSchema(t)
	db, err := sql.Open("pgx", foreign)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE TABLE articles (headline text)"); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, foreign); !errors.As(err, &se) || !se.Foreign || !strings.Contains(err.Error(), "another program made") {
		t.Errorf("foreign tables: %v", err)
	}
	var n int
	if err := db.QueryRow("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").Scan(&n); err != nil || n != 1 {
		t.Errorf("opening a foreign schema left %d tables (%v), want its 1", n, err)
	}

	if _, err := OpenReadOnly(ctx, postgresSchema(t)); err == nil || !strings.Contains(err.Error(), "it is empty") {
		t.Errorf("OpenReadOnly of an empty schema: %v", err)
	}
	nowhere := withSearchPath(t, postgresAdmin(t), "framediff_no_such_schema")
	if _, err := Open(ctx, nowhere); err == nil || !strings.Contains(err.Error(), "no schema") {
		t.Errorf("a search_path with no schema: %v", err)
	}
}

// TestPostgresReadOnly: a role that may only read gets a ReadOnlyError
// from Open when the store needs migrating and from every write, and reads
// it with OpenReadOnly at its own schema; the store is left as it was.
func TestPostgresReadOnly(t *testing.T) {
	ctx := context.Background()
	loc := postgresSchema(t)
	old := oldDocs(t)
	makeSchema1(t, loc, old)
	u, _ := url.Parse(loc)
	schema := u.Query().Get("search_path")
	reader := "framediff_reader_" + strings.TrimPrefix(schema, "framediff_test_")
	db, err := sql.Open("pgx", loc)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, stmt := range []string{
		"CREATE ROLE " + reader + " LOGIN",
		"GRANT USAGE ON SCHEMA " + schema + " TO " + reader,
		"GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + reader,
	} {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", postgresAdmin(t))
		if err == nil {
			db.Exec("DROP OWNED BY " + reader)
			db.Exec("DROP ROLE " + reader)
			db.Close()
		}
	})
	q := u.Query()
	q.Set("user", reader)
	u.RawQuery = q.Encode()
	asReader := u.String()

	var ro *ReadOnlyError
	if _, err := Open(ctx, asReader); !errors.As(err, &ro) {
		t.Fatalf("Open by a reader of a store to migrate: %v, want a ReadOnlyError", err)
	}
	s, err := OpenReadOnly(ctx, asReader)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.schema != 1 {
		t.Errorf("schema %d, want 1", s.schema)
	}
	docs, vs, skipped, err := s.SelectVersions(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(old, docs, timeExact); diff != "" {
		t.Errorf("read-only select (-stored +selected):\n%s", diff)
	}
	if len(vs) != len(old) || vs[0] != 0 || len(skipped) != 1 {
		t.Errorf("annotators %v, skipped %v", vs, skipped)
	}
	if _, err := s.Put(ctx, sampleDocs(t)[:1], nil); !errors.As(err, &ro) {
		t.Errorf("Put: %v, want a ReadOnlyError", err)
	}

	// The same role on a current store: Open works, writes do not.
	owner, err := Open(ctx, loc)
	if err != nil {
		t.Fatal(err)
	}
	owner.Close()
	if _, err := db.Exec("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + reader); err != nil {
		t.Fatal(err)
	}
	w, err := Open(ctx, asReader)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.Reannotate(ctx, ReannotateOptions{}); !errors.As(err, &ro) {
		t.Errorf("Reannotate by a reader: %v, want a ReadOnlyError", err)
	}
	if _, err := w.Put(ctx, sampleDocs(t)[:1], nil); !errors.As(err, &ro) {
		t.Errorf("Put by a reader: %v, want a ReadOnlyError", err)
	}
	if n := annotators(t, w); n[0] != len(old) {
		t.Errorf("annotators %v after refused writes, want %d at 0", n, len(old))
	}
}

// TestUnstorableText: a document whose source is not UTF-8 (a file name
// on Linux may be any bytes) or whose title holds a NUL byte is stored by
// SQLite; PostgreSQL refuses such text, and there it becomes a skipped
// entry that says why, while the rest of the batch is stored.
func TestUnstorableText(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		ctx := context.Background()
		s := e.open(t)
		docs := sampleDocs(t)[:3]
		bad := *docs[0]
		bad.Source.Path = "caf\xe9.txt"
		nul := *docs[1]
		nul.Title = "Bridge\x00reopens"
		c, err := s.Put(ctx, []*nlp.Doc{&bad, &nul, docs[2]}, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, skipped, err := s.Select(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if !s.strictText {
			if c.Added != 3 || len(got) != 3 || len(skipped) != 0 {
				t.Errorf("%+v, %d stored, skipped %v; want all 3 stored", c, len(got), skipped)
			}
			return
		}
		if c.Added != 1 || c.Skipped != 2 || len(got) != 1 || got[0].ID != docs[2].ID {
			t.Fatalf("%+v, %d stored, skipped %v; want 1 added and 2 skipped", c, len(got), skipped)
		}
		want := []corpus.Skipped{
			{Source: nul.Source.String(), Reason: "cannot be stored in PostgreSQL: its title is not valid UTF-8 or holds a NUL byte"},
			{Source: "caf\uFFFD.txt", Reason: "cannot be stored in PostgreSQL: its source is not valid UTF-8 or holds a NUL byte"},
		}
		if bad.Source.Record > 0 {
			want[1].Source = fmt.Sprintf("caf\uFFFD.txt#%d", bad.Source.Record)
		}
		sort.Slice(want, func(i, j int) bool { return want[i].Source < want[j].Source })
		if diff := cmp.Diff(want, skipped); diff != "" {
			t.Errorf("skipped (-want +got):\n%s", diff)
		}
	})
}
