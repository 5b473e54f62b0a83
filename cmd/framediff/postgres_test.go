package main

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the pgx driver for database/sql
)

// storeKind makes new, empty stores of one engine.
type storeKind struct {
	name     string
	location func(t *testing.T) string // a file path, or a URL naming a new schema
}

// storeKinds are the engines the store tests run on; PostgreSQL's skip
// without a server (see postgresStore).
var storeKinds = []storeKind{
	{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "corpus.db") }},
	{"postgres", postgresStore},
}

// postgresStore makes a schema of its own on the server that
// FRAMEDIFF_TEST_POSTGRES names (scripts/pgtest starts one), dropped when
// the test ends, and returns the URL of a store in it. Without the
// variable the test skips.
func postgresStore(t *testing.T) string {
	t.Helper()
	admin := os.Getenv("FRAMEDIFF_TEST_POSTGRES")
	if admin == "" {
		t.Skip("FRAMEDIFF_TEST_POSTGRES is not set: no PostgreSQL server to test on (eval \"$(scripts/pgtest start)\" starts one)")
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "framediff_test_" + hex.EncodeToString(b)
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatal(err)
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
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// TestPostgresBasil: compare from a PostgreSQL store gives, byte for
// byte, the report compare gives from a SQLite store of the same inputs:
// basil-dev's 451 articles of three outlets. It logs the time of each
// ingest and compare.
func TestPostgresBasil(t *testing.T) {
	dir := sharedPath(t, "data/basil-dev")
	if dir == "" {
		t.Skip("../shared/data/basil-dev is absent: skipping")
	}
	if testing.Short() {
		t.Skip("annotates 451 articles twice")
	}
	pg := postgresStore(t)
	lite := filepath.Join(t.TempDir(), "corpus.db")
	paths := []string{filepath.Join(dir, "basil.jsonl"), filepath.Join(dir, "distractors.jsonl")}
	reports := make(map[string][]string)
	for _, db := range []string{lite, pg} {
		start := time.Now()
		code, out, stderr := runCmd(t, "", append([]string{"ingest", "--db", db}, paths...)...)
		if code != exitOK || !strings.Contains(out, " added") {
			t.Fatalf("ingest: exit %d\n%s%s", code, out, stderr)
		}
		t.Logf("ingest into %s: %.1fs", kindOf(db), time.Since(start).Seconds())
		for _, args := range [][]string{
			{"compare", "--format", "json"},
			{"compare", "--format", "html"},
			{"compare", "--format", "json", "--since", "2012-01-01", "--outlet", "Fox News", "--outlet", "new-york-times-news"},
			{"events", "--format", "json"},
		} {
			start := time.Now()
			code, out, stderr := runCmd(t, "", append(append([]string{}, args...), "--db", db)...)
			if code != exitOK || len(out) < 1000 {
				t.Fatalf("%s --db %s: exit %d, %d bytes\n%s", strings.Join(args, " "), kindOf(db), code, len(out), stderr)
			}
			t.Logf("%s from %s: %.1fs, %d bytes", strings.Join(args, " "), kindOf(db), time.Since(start).Seconds(), len(out))
			name := strings.Join(args, " ")
			reports[name] = append(reports[name], out)
		}
	}
	for name, outs := range reports {
		if outs[0] != outs[1] {
			t.Errorf("%s: the report from PostgreSQL differs from SQLite's:\n%s", name, firstDiff(outs[0], outs[1]))
		}
	}
}

func kindOf(db string) string {
	if strings.HasPrefix(db, "postgres") {
		return "postgres"
	}
	return "sqlite"
}

// TestPostgresPasswordHidden: a password in the URL is never printed, in
// ingest's summary, compare's messages or a failure's.
func TestPostgresPasswordHidden(t *testing.T) {
	db := postgresStore(t)
	u, err := url.Parse(db)
	if err != nil {
		t.Fatal(err)
	}
	// The test server trusts local connections: the password is not
	// checked, only carried.
	u.User = url.UserPassword(u.Query().Get("user"), "s3cret")
	q := u.Query()
	q.Del("user")
	u.RawQuery = q.Encode()
	withPassword := u.String()
	empty := postgresStore(t)
	emptyURL, _ := url.Parse(empty)
	emptyURL.User = u.User
	for _, args := range [][]string{
		{"ingest", "--db", withPassword, "../../testdata/corpus"},
		{"compare", "--db", withPassword, "--outlet", "Nonexistent Gazette"},
		{"events", "--db", emptyURL.String()},
	} {
		code, out, stderr := runCmd(t, "", args...)
		if strings.Contains(out+stderr, "s3cret") {
			t.Errorf("%s: exit %d, the password is printed:\n%s%s", args[0], code, out, stderr)
		}
		if code == exitOK && !strings.Contains(out, "postgres://") && args[0] == "ingest" {
			t.Errorf("ingest does not name the store:\n%s", out)
		}
		if code != exitOK && !strings.Contains(stderr, "postgres://") {
			t.Errorf("%s: exit %d, the message does not name the store: %s", args[0], code, stderr)
		}
	}
}
