package store

import (
	"bytes"
	"context"
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
)

// recordsOf walks s with EachRecord and returns each article's record of
// kind by ID, and its row.
func recordsOf(t *testing.T, s *Store, kind []byte) (map[string][]byte, map[string]Row) {
	t.Helper()
	recs, rows := map[string][]byte{}, map[string]Row{}
	if _, err := s.EachRecord(context.Background(), Filter{}, kind, func(r *Row) error {
		recs[r.Article.ID], rows[r.Article.ID] = r.Record, *r
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return recs, rows
}

// TestRecords keeps records and reads them back on every engine: a record
// is given with its article's metadata and word count, only under its
// kind, and never once its article's text was replaced or its row holds
// another annotator's annotations; a record made from a text the row no
// longer holds is not kept; a store opened read-only gives what it holds
// and keeps nothing.
func TestRecords(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		ctx := context.Background()
		dir := t.TempDir()
		write := func(name, text string) { writeInput(t, dir, name, text) }
		body := "The ferry to Lindholm sailed again on Tuesday after a week in harbour.\n\nThe operator said the new engine had passed its trials.\n"
		write("a.txt", "Outlet: Fjord Post\nDate: 2023-04-11\nTitle: Ferry sails again\n\n"+body)
		write("b.txt", "Outlet: Coast Daily\nDate: 2023-04-11\nTitle: Lindholm ferry back\n\nPassengers boarded the Lindholm ferry on Tuesday, the first crossing in seven days.\n")
		loc := e.location(t)
		s, err := Open(ctx, loc)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if _, err := s.Ingest(ctx, []string{dir}, nil, IngestOptions{}); err != nil {
			t.Fatal(err)
		}
		kind, other := bytes.Repeat([]byte{7}, 32), bytes.Repeat([]byte{8}, 32)
		recs, rows := recordsOf(t, s, kind)
		if len(rows) != 2 {
			t.Fatalf("EachRecord gave %d articles, want 2", len(rows))
		}
		var keep []NewRecord
		byText := map[string]string{}
		for id, r := range rows {
			if recs[id] != nil {
				t.Errorf("%s has a record before any was kept", id)
			}
			if r.Article.Text != "" || r.Words == 0 || r.Annotator != nlp.AnnotatorVersion {
				t.Errorf("%s: text %q, %d words, annotator %d", id, r.Article.Text, r.Words, r.Annotator)
			}
			d, err := s.Docs(ctx, []string{id})
			if err != nil || len(d) != 1 {
				t.Fatal(err)
			}
			if d[0].WordCount != r.Words || d[0].Title != r.Article.Title {
				t.Errorf("%s: the row gives %d words and %q, the document %d and %q", id, r.Words, r.Article.Title, d[0].WordCount, d[0].Title)
			}
			byText[id] = d[0].Text
			keep = append(keep, NewRecord{Seq: r.Seq, Annotator: r.Annotator, Text: d[0].Text, Value: []byte("record of " + id)})
		}
		if err := s.KeepRecords(ctx, kind, keep); err != nil {
			t.Fatal(err)
		}
		recs, _ = recordsOf(t, s, kind)
		for id := range rows {
			if string(recs[id]) != "record of "+id {
				t.Errorf("%s: record %q", id, recs[id])
			}
		}
		if recs, _ := recordsOf(t, s, other); len(nonNil(recs)) != 0 {
			t.Errorf("records of another kind: %q", recs)
		}

		// A new text for a.txt: its record is stale and never given; one
		// made from the old text is not kept again.
		var aID string
		for id, r := range rows {
			if r.Article.Outlet == "Fjord Post" {
				aID = id
			}
		}
		write("a.txt", "Outlet: Fjord Post\nDate: 2023-04-11\nTitle: Ferry sails again\n\n"+body+"\nThe timetable returns to normal next week.\n")
		if st, err := s.Ingest(ctx, []string{dir}, nil, IngestOptions{}); err != nil || st.Replaced != 1 {
			t.Fatalf("replacing a.txt: %+v, %v", st, err)
		}
		recs, rows = recordsOf(t, s, kind)
		if recs[aID] != nil {
			t.Errorf("the record of the replaced text is still given: %q", recs[aID])
		}
		if len(nonNil(recs)) != 1 {
			t.Errorf("%d records after the replacement, want b.txt's", len(nonNil(recs)))
		}
		stale := NewRecord{Seq: rows[aID].Seq, Annotator: rows[aID].Annotator, Text: byText[aID], Value: []byte("stale")}
		if err := s.KeepRecords(ctx, kind, []NewRecord{stale}); err != nil {
			t.Fatal(err)
		}
		if recs, _ := recordsOf(t, s, kind); recs[aID] != nil {
			t.Errorf("a record of the old text was kept: %q", recs[aID])
		}

		// Another annotator's annotations: no record is given.
		rawExec(t, s, "UPDATE articles SET annotator = annotator + 1")
		if recs, _ := recordsOf(t, s, kind); len(nonNil(recs)) != 0 {
			t.Errorf("records given for another annotator's annotations: %q", recs)
		}
		rawExec(t, s, "UPDATE articles SET annotator = annotator - 1")
		if recs, _ := recordsOf(t, s, kind); len(nonNil(recs)) != 1 {
			t.Errorf("%d records once the annotator is back, want 1", len(nonNil(recs)))
		}
		if e.name != "sqlite" {
			return
		}
		s.Close()
		ro, err := OpenReadOnly(ctx, loc)
		if err != nil {
			t.Fatal(err)
		}
		defer ro.Close()
		if recs, _ := recordsOf(t, ro, kind); len(nonNil(recs)) != 1 {
			t.Errorf("read-only: %d records, want 1", len(nonNil(recs)))
		}
		if err := ro.KeepRecords(ctx, kind, keep); err != nil {
			t.Errorf("read-only keeps nothing and says nothing: %v", err)
		}
		ro.schema = 3 // as a store from before the records, read as it is
		if recs, rows := recordsOf(t, ro, kind); len(nonNil(recs)) != 0 || len(rows) != 2 {
			t.Errorf("a schema 3 store: %d records of %d articles, want none of 2", len(nonNil(recs)), len(rows))
		}
	})
}

// nonNil returns the entries of m that are not nil.
func nonNil(m map[string][]byte) map[string][]byte {
	out := map[string][]byte{}
	for k, v := range m {
		if v != nil {
			out[k] = v
		}
	}
	return out
}
