package store

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"math/rand/v2"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/google/go-cmp/cmp"
)

const sampleDir = "../../testdata/corpus"

var (
	sampleOnce sync.Once
	sampleSet  *corpus.Set
	sample     []*nlp.Doc
	sampleErr  error
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestStoreRoundTrip: a document read back from the store equals the one
// stored, every Article field included (filled by reflection, so a field
// added to corpus.Article that has no column fails here).
func TestStoreRoundTrip(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		s := e.open(t)
		r := rand.New(rand.NewPCG(12, 2))
		var want []*nlp.Doc
		for i, d := range sampleDocs(t)[:6] {
			c := *d
			text := c.Text
			fill(r, reflect.ValueOf(&c.Article).Elem())
			c.Text = text
			c.Source.Record = i // distinct identities
			c.URL = ""
			if i%2 == 0 {
				c.URL = "https://example.org/" + c.ID
			}
			if i == 3 {
				c.Published = time.Time{} // undated
				c.Notes = nil
			}
			if i == 4 {
				c.Published = c.Published.UTC()
			}
			want = append(want, &c)
		}
		if _, err := s.Put(context.Background(), want, []corpus.Skipped{{Source: "x.bin", Reason: "binary file"}}); err != nil {
			t.Fatal(err)
		}
		got, skipped, err := s.Select(context.Background(), Filter{})
		if err != nil {
			t.Fatal(err)
		}
		sortDocs(want)
		if diff := cmp.Diff(want, got, timeExact); diff != "" {
			t.Fatalf("store does not round-trip (-put +selected):\n%s", diff)
		}
		if len(skipped) != 1 || skipped[0].Reason != "binary file" {
			t.Errorf("skipped = %v", skipped)
		}
	})
}

func sortDocs(docs []*nlp.Doc) {
	for i := 1; i < len(docs); i++ {
		for j := i; j > 0 && corpus.Less(&docs[j].Article, &docs[j-1].Article); j-- {
			docs[j], docs[j-1] = docs[j-1], docs[j]
		}
	}
}

// TestIngestEqualsLoad: ingest then select gives exactly the documents
// loading and annotating the same paths gives, and ingesting again adds
// nothing and annotates nothing.
func TestIngestEqualsLoad(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		paths := []string{sampleDir}
		ctx := context.Background()
		set, err := corpus.Load(ctx, paths, nil, corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		want, failed, err := (&nlp.Annotator{}).Annotate(ctx, set.Articles)
		if err != nil {
			t.Fatal(err)
		}
		wantSkipped := append(set.Skipped, failed...)

		s := e.open(t)
		for _, workers := range []int{1, 2} {
			st, err := s.Ingest(ctx, paths, nil, IngestOptions{Workers: workers, Batch: 7})
			if err != nil {
				t.Fatal(err)
			}
			if workers == 1 && (st.Added != len(want) || st.Annotated != len(want)) {
				t.Errorf("first ingest: %+v, want %d added", st, len(want))
			}
			if workers == 2 && (st.Added != 0 || st.Annotated != 0 || st.Unchanged != len(want) || st.Skipped != 0) {
				t.Errorf("second ingest changed the store: %+v", st)
			}
			got, skipped, err := s.Select(ctx, Filter{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, timeExact); diff != "" {
				t.Fatalf("stored documents differ from annotated ones (-annotated +stored):\n%s", diff)
			}
			if diff := cmp.Diff(wantSkipped, skipped, cmp.Comparer(func(a, b []corpus.Skipped) bool { return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b) })); diff != "" {
				t.Errorf("skipped (-loaded +stored):\n%s", diff)
			}
		}
	})
}

// TestIngestChanges: a changed text replaces its article, new metadata
// updates it, a copy under another name is a duplicate, and a file that
// was skipped and now gives an article leaves the skipped table.
func TestIngestChanges(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		ctx := context.Background()
		dir := t.TempDir()
		write := func(name, text string) { writeInput(t, dir, name, text) }
		body := "Police in Windsor cleared the last protesters from the Ambassador Bridge on Sunday, and traffic began to move again late in the evening.\n\nThe bridge carries about a quarter of the trade between Canada and the United States.\n"
		write("a.txt", "Outlet: Harbour Times\nDate: 2022-02-13\nTitle: Bridge reopens\n\n"+body)
		write("b.txt", "")
		s := e.open(t)
		ingest := func() IngestStats {
			t.Helper()
			st, err := s.Ingest(ctx, []string{dir}, nil, IngestOptions{})
			if err != nil {
				t.Fatal(err)
			}
			return st
		}
		st := ingest()
		if st.Added != 1 || st.Skipped != 1 {
			t.Fatalf("first ingest: %+v", st)
		}

		write("a.txt", "Outlet: Harbour Times\nDate: 2022-02-13\nTitle: Bridge reopens after six days\n\n"+body)
		if st := ingest(); st.Updated != 1 || st.Annotated != 0 {
			t.Errorf("new title: %+v, want 1 updated and nothing annotated", st)
		}
		write("a.txt", "Outlet: Harbour Times\nDate: 2022-02-13\nTitle: Bridge reopens after six days\n\n"+body+"\nOfficials said the crossing would stay under police watch through the week.\n")
		if st := ingest(); st.Replaced != 1 || st.Annotated != 1 {
			t.Errorf("new text: %+v, want 1 replaced", st)
		}
		write("b.txt", "Outlet: Keystone Wire\nDate: 2022-02-14\nTitle: Traffic moves again\n\nTrucks crossed the Ambassador Bridge again on Monday morning after police cleared the blockade that had shut it for six days.\n")
		if st := ingest(); st.Added != 1 {
			t.Errorf("b.txt now an article: %+v", st)
		}
		docs, skipped, err := s.Select(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != 2 || len(skipped) != 0 {
			t.Errorf("store holds %d articles and skipped %v, want 2 and none", len(docs), skipped)
		}
		for _, d := range docs {
			if d.Outlet == "Harbour Times" && (d.Title != "Bridge reopens after six days" || !strings.Contains(d.Text, "police watch")) {
				t.Errorf("a.txt is stored as %q: %q", d.Title, d.Text)
			}
		}

		// --reannotate makes the annotations again and changes nothing else.
		st, err = s.Ingest(ctx, []string{dir}, nil, IngestOptions{Reannotate: true})
		if err != nil {
			t.Fatal(err)
		}
		if st.Replaced != 2 || st.Annotated != 2 || st.Added != 0 {
			t.Errorf("reannotate: %+v, want 2 replaced", st)
		}
		again, _, err := s.Select(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(docs, again, timeExact); diff != "" {
			t.Errorf("reannotated store differs:\n%s", diff)
		}

		// The same text in another file, read in a later run, is a duplicate.
		other := t.TempDir()
		a, _ := os.ReadFile(filepath.Join(dir, "a.txt"))
		if err := os.WriteFile(filepath.Join(other, "copy.txt"), a, 0o644); err != nil {
			t.Fatal(err)
		}
		st, err = s.Ingest(ctx, []string{other}, nil, IngestOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if st.Duplicates != 1 || st.Annotated != 0 {
			t.Errorf("copy: %+v, want 1 duplicate, nothing annotated", st)
		}
		_, skipped, _ = s.Select(ctx, Filter{})
		if len(skipped) != 1 || !strings.Contains(skipped[0].Reason, "duplicate of "+filepath.Join(dir, "a.txt")) {
			t.Errorf("skipped = %v", skipped)
		}
	})
}

func TestSelectFilter(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		ctx := context.Background()
		s := e.open(t)
		if _, err := s.Ingest(ctx, []string{sampleDir}, nil, IngestOptions{}); err != nil {
			t.Fatal(err)
		}
		all, _, err := s.Select(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
		tests := []struct {
			name string
			f    Filter
		}{
			{"since", Filter{Since: day("2022-02-13")}},
			{"until", Filter{Until: day("2022-02-13")}},
			{"window", Filter{Since: day("2022-02-12"), Until: day("2022-02-14")}},
			{"outlet", Filter{Outlets: []string{"meridian-post", "VOSTOK REVIEW"}}},
			{"outlet and since", Filter{Outlets: []string{"Harbour Times"}, Since: day("2022-02-13")}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, skipped, err := s.Select(ctx, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				var want []*nlp.Doc
				for _, d := range all {
					if tt.f.Match(&d.Article) {
						want = append(want, d)
					}
				}
				if len(want) == 0 || len(want) == len(all) {
					t.Fatalf("filter keeps %d of %d articles: a useless test case", len(want), len(all))
				}
				if diff := cmp.Diff(want, got, timeExact); diff != "" {
					t.Errorf("(-matched +selected):\n%s", diff)
				}
				if skipped != nil {
					t.Errorf("a filtered selection lists skipped inputs: %v", skipped)
				}
			})
		}
	})
}

func TestFilterMatch(t *testing.T) {
	at := func(s string) time.Time { t, _ := time.Parse(time.RFC3339, s); return t }
	a := &corpus.Article{Outlet: "The Meridian Post", Published: at("2022-02-12T23:30:00-05:00")}
	undated := &corpus.Article{Outlet: "The Meridian Post"}
	tests := []struct {
		f    Filter
		a    *corpus.Article
		want bool
	}{
		{Filter{}, undated, true},
		{Filter{Since: at("2022-02-13T00:00:00Z")}, a, true}, // 04:30 UTC on the 13th
		{Filter{Until: at("2022-02-13T04:30:00Z")}, a, false},
		{Filter{Until: at("2022-02-13T04:30:01Z")}, a, true},
		{Filter{Since: at("2022-02-01T00:00:00Z")}, undated, false},
		{Filter{Outlets: []string{"the-meridian-post"}}, a, true},
		{Filter{Outlets: []string{"Meridian"}}, a, false},
	}
	for i, tt := range tests {
		if got := tt.f.Match(tt.a); got != tt.want {
			t.Errorf("%d: %+v.Match = %v, want %v", i, tt.f, got, tt.want)
		}
	}
}

// TestSchemaRefused: a store from a newer framediff and another program's
// database are refused with a clear message, and left as they were.
func TestSchemaRefused(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer.db")
	s, err := Open(ctx, newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(ctx, newer)
	var se *SchemaError
	if !errors.As(err, &se) || se.Version != 99 || !strings.Contains(err.Error(), "newer framediff") {
		t.Errorf("newer store: %v", err)
	}

	foreign := filepath.Join(dir, "foreign.db")
	db, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE recipes (name TEXT)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(ctx, foreign); !errors.As(err, &se) || !se.Foreign {
		t.Errorf("foreign database: %v", err)
	}

	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte(strings.Repeat("not a database\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, text); !errors.As(err, &se) || !se.Foreign {
		t.Errorf("text file: %v", err)
	}
	if b, _ := os.ReadFile(text); !strings.HasPrefix(string(b), "not a database") {
		t.Error("opening a text file as a store changed it")
	}
}

// SchemaVersion is a constant, so that no caller can change it: this line
// does not compile otherwise.
const _ = SchemaVersion

// TestMigrateOnce: a store at schema 0 (an empty file) is migrated by one
// of several openers at once, and each ends at the current version.
func TestMigrateOnce(t *testing.T) {
	eachEngine(t, testMigrateOnce)
}

func testMigrateOnce(t *testing.T, e testEngine) {
	path := e.location(t)
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(context.Background(), path)
			if err == nil {
				s.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v := schemaVersion(t, s); v != SchemaVersion {
		t.Errorf("schema version %d, want %d", v, SchemaVersion)
	}
}

func TestDocsByID(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		ctx := context.Background()
		s := e.open(t)
		want := sampleDocs(t)
		if _, err := s.Put(ctx, want, nil); err != nil {
			t.Fatal(err)
		}
		ids := []string{want[5].ID, "nobody-20220212-00000000", want[0].ID, want[5].ID}
		got, err := s.Docs(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]*nlp.Doc{want[5], want[0], want[5]}, got, timeExact); diff != "" {
			t.Errorf("Docs(%v) (-want +got):\n%s", ids, diff)
		}
	})
}

// TestStdinArticles: two articles piped in one after the other, without
// URLs, are two articles, not versions of one.
func TestStdinArticles(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		ctx := context.Background()
		s := e.open(t)
		for _, body := range []string{
			"Police in Windsor cleared the last protesters from the Ambassador Bridge on Sunday.",
			"Trucks crossed the Ambassador Bridge again on Monday morning after the blockade ended.",
		} {
			in := strings.NewReader("Outlet: Harbour Times\nDate: 2022-02-13\nTitle: Bridge\n\n" + body + "\n")
			st, err := s.Ingest(ctx, []string{"-"}, in, IngestOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if st.Added != 1 {
				t.Errorf("piped article: %+v, want 1 added", st)
			}
		}
		if docs, _, _ := s.Select(ctx, Filter{}); len(docs) != 2 {
			t.Errorf("store holds %d articles, want 2", len(docs))
		}
	})
}

// TestOpenRace: processes that open a new store at the same moment all
// get it; none mistakes the half-made store of another for a foreign
// database.
func TestOpenRace(t *testing.T) {
	eachEngine(t, testOpenRace)
}

func testOpenRace(t *testing.T, e testEngine) {
	ctx := context.Background()
	for round := range 20 {
		path := e.location(t)
		var wg sync.WaitGroup
		errs := make([]error, 6)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := Open(ctx, path)
				if err == nil {
					err = s.Close()
				}
				errs[i] = err
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d, opener %d: %v (%v)", round, i, err, errors.Unwrap(err))
			}
		}
	}
}

// TestIngestTogether: three ingests of one corpus into one store at once,
// each with its own connections as separate processes have, store what
// one ingest stores: every article once, none lost, and between them
// each added once.
func TestIngestTogether(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		ctx := context.Background()
		want := sampleDocs(t)
		loc := e.location(t)
		stores := make([]*Store, 3)
		for i := range stores {
			s, err := Open(ctx, loc)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			stores[i] = s
		}
		stats := make([]IngestStats, len(stores))
		errs := make([]error, len(stores))
		var wg sync.WaitGroup
		for i, s := range stores {
			wg.Add(1)
			go func() {
				defer wg.Done()
				stats[i], errs[i] = s.Ingest(ctx, []string{sampleDir}, nil, IngestOptions{Workers: 1, Batch: 2})
			}()
		}
		wg.Wait()
		added, skipped := 0, 0
		for i, err := range errs {
			if err != nil {
				t.Fatalf("ingest %d: %v", i, err)
			}
			if st := stats[i]; st.Added+st.Unchanged != len(want) || st.Replaced+st.Updated+st.Duplicates != 0 {
				t.Errorf("ingest %d: %+v; want each of %d articles added or unchanged", i, st, len(want))
			}
			added += stats[i].Added
			skipped += stats[i].Skipped
		}
		if added != len(want) {
			t.Errorf("the ingests added %d articles between them, want %d", added, len(want))
		}
		got, gotSkipped, err := stores[0].Select(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got, timeExact); diff != "" {
			t.Errorf("the store differs from one ingest's (-one +together):\n%s", diff)
		}
		if skipped != len(gotSkipped) {
			t.Errorf("the ingests wrote %d skipped entries between them; the store holds %d", skipped, len(gotSkipped))
		}
	})
}

// TestPutTogether: writers putting overlapping sets of documents at once,
// in different orders, leave each document stored once.
func TestPutTogether(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		ctx := context.Background()
		want := sampleDocs(t)
		loc := e.location(t)
		var wg sync.WaitGroup
		errs := make([]error, 4)
		added := make([]int, len(errs))
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := Open(ctx, loc)
				if err != nil {
					errs[i] = err
					return
				}
				defer s.Close()
				r := rand.New(rand.NewPCG(uint64(i), 9))
				for range 3 {
					docs := append([]*nlp.Doc(nil), want...)
					r.Shuffle(len(docs), func(a, b int) { docs[a], docs[b] = docs[b], docs[a] })
					c, err := s.Put(ctx, docs[:len(docs)*2/3], nil)
					if err != nil {
						errs[i] = err
						return
					}
					added[i] += c.Added
				}
			}()
		}
		wg.Wait()
		total := 0
		for i, err := range errs {
			if err != nil {
				t.Fatalf("writer %d: %v", i, err)
			}
			total += added[i]
		}
		s, err := Open(ctx, loc)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		got, _, err := s.Select(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		var stored []*nlp.Doc
		ids := map[string]bool{}
		for _, d := range got {
			if ids[d.ID] {
				t.Errorf("%s is stored twice", d.ID)
			}
			ids[d.ID] = true
		}
		for _, d := range want {
			if ids[d.ID] {
				stored = append(stored, d)
			}
		}
		if diff := cmp.Diff(stored, got, timeExact); diff != "" {
			t.Errorf("stored documents differ from the ones put (-put +stored):\n%s", diff)
		}
		if total != len(got) {
			t.Errorf("the writers added %d documents between them; the store holds %d", total, len(got))
		}
	})
}

// TestDocs: documents read again by ID are those Select gives, in the
// order of the IDs asked for, more than one query's worth of them, an ID
// the store does not hold left out.
func TestDocs(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		ctx := context.Background()
		s := e.open(t)
		if _, err := s.Ingest(ctx, []string{sampleDir}, nil, IngestOptions{}); err != nil {
			t.Fatal(err)
		}
		all, _, err := s.Select(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(all) < 2 {
			t.Fatalf("%d documents in the sample", len(all))
		}
		// Reversed, repeated past docsBatch, with an unknown ID between.
		var ids []string
		var want []*nlp.Doc
		for len(ids) <= docsBatch {
			for i := len(all) - 1; i >= 0; i-- {
				ids = append(ids, all[i].ID)
				want = append(want, all[i])
			}
			ids = append(ids, "no-such-article")
		}
		got, err := s.Docs(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got, timeExact); diff != "" {
			t.Errorf("Docs differs from Select (-select +docs):\n%s", diff)
		}
	})
}

// TestEachOrderAndErrors: Each hands fn the documents in the order of the
// store while other goroutines decode them (scanDocs), stops at the
// first corrupt row with an error naming the article after fn has seen
// every document before it, and stops when fn fails, returning fn's
// error. Run with -race, it also checks the decoding's hand-over.
func TestEachOrderAndErrors(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		ctx := context.Background()
		s := e.open(t)
		if _, err := s.Ingest(ctx, []string{sampleDir}, nil, IngestOptions{}); err != nil {
			t.Fatal(err)
		}
		rows, err := (conn{s.db, s.eng}).QueryContext(ctx, "SELECT id FROM articles ORDER BY seq")
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				t.Fatal(err)
			}
			want = append(want, id)
		}
		rows.Close()
		if len(want) <= decodeBatch {
			t.Fatalf("%d articles: too few to hand more than one batch to the decoders", len(want))
		}
		enough := errors.New("enough")
		walk := func(stopAt int) ([]string, error) {
			var got []string
			err := s.Each(ctx, Filter{}, func(d *nlp.Doc) error {
				if len(got) == stopAt {
					return enough
				}
				got = append(got, d.ID)
				return nil
			})
			return got, err
		}
		got, err := walk(-1)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("Each's order is not the store's (-seq +each):\n%s", diff)
		}
		if got, err := walk(5); !errors.Is(err, enough) || len(got) != 5 {
			t.Errorf("fn failing at the 6th document: %d seen, error %v; want 5 and fn's error", len(got), err)
		}
		bad := decodeBatch + 2 // in the second batch
		rawExec(t, s, "UPDATE articles SET annotations = ? WHERE id = ?", []byte{0xff}, want[bad])
		got, err = walk(-1)
		if err == nil || !strings.Contains(err.Error(), want[bad]) {
			t.Fatalf("a corrupt row: error %v, want one naming %s", err, want[bad])
		}
		if diff := cmp.Diff(want[:bad], got); diff != "" {
			t.Errorf("before the corrupt row, fn saw (-want +got):\n%s", diff)
		}
	})
}

// writeInput writes an input file of a test's directory.
func writeInput(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
