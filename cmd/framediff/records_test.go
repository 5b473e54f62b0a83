package main

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus/store"
)

// recordsHeld counts the articles of db with a current record of the
// default kind, and all its articles.
func recordsHeld(t *testing.T, db string) (held, all int) {
	t.Helper()
	s, err := store.OpenReadOnly(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.EachRecord(context.Background(), store.Filter{}, compare.RecordKind(nil), func(r *store.Row) error {
		all++
		if r.Record != nil {
			held++
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return held, all
}

// TestCompareMakesRecords: ingest keeps each article's record; a store
// whose records are gone (made before they existed, or by other rules)
// is compared all the same, with the report of the files, in several
// languages and in English alone (aligned from the records), and its
// first comparison makes and keeps the records.
func TestCompareMakesRecords(t *testing.T) {
	paths := []string{"../../testdata/corpus"}
	db := t.TempDir() + "/news.db"
	if code, out, stderr := runCmd(t, "", append([]string{"ingest", "--db", db}, paths...)...); code != exitOK {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, stderr)
	}
	held, all := recordsHeld(t, db)
	if all < 10 || held != all {
		t.Fatalf("after ingest %d of %d articles have their record", held, all)
	}
	conn, err := sql.Open("sqlite", "file:"+db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec("DELETE FROM records"); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	english := []string{"--outlet", "Harbour Times", "--outlet", "keystone wire", "--outlet", "Meridian Post"}
	for _, args := range [][]string{
		append([]string{"events", "--format", "json"}, english...),
		{"events", "--format", "json"},
		{"compare", "--format", "json"},
		append([]string{"compare", "--format", "json"}, english...),
	} {
		name := strings.Join(args, " ")
		fromFiles, fromStore := reportsFromFilesAndStore(t, args, paths, db)
		if fromStore != fromFiles {
			t.Errorf("%s: the report from a store without records differs from the one from files:\n%s", name, firstDiff(fromFiles, fromStore))
		}
		// A selection's comparison makes its articles' records.
		if held, all := recordsHeld(t, db); held == 0 || held != all && len(args) == 3 {
			t.Errorf("after %s, %d of %d articles have their record", name, held, all)
		}
	}
}
