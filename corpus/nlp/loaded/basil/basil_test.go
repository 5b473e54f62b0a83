package basil

import (
	"context"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"testing/fstest"
)

// The articles below are written for the tests in BASIL's layout; the
// curly quotes and the dash before the spans make code point and byte
// offsets differ.
var (
	fixtureArticle = map[string]any{
		"title": "Council delays vote", "date": "2011-03-04", "url": "https://example.com/council",
		"source": "hpo", "triplet-uuid": "ev1", "uuid": "empty",
		"body-paragraphs": [][]string{
			{"The council — after a “long night” — delayed its vote.", "Critics called the move a cowardly dodge. "},
			{"The vote is now set for May."},
		},
	}
	fixtureAnnotations = map[string]any{
		"phrase-level-annotations": []map[string]any{
			// "cowardly dodge" in p1; "long night" in p0 (code points 23-33; bytes 29-39).
			{"id": "p1", "bias": "lex", "start": 26, "end": 40, "txt": "cowardly dodge", "polarity": "neg", "target": "Council", "quote": "no"},
			{"id": "p0", "bias": "inf", "start": 23, "end": 33, "txt": "long night", "polarity": "neg", "target": "Council", "quote": "yes"},
			{"id": "title", "bias": "lex", "start": 0, "end": 7, "txt": "Council", "polarity": "neg", "target": "Council", "quote": "no"},
		},
	}
)

func fixture(t *testing.T, ann map[string]any) fstest.MapFS {
	t.Helper()
	a, err := json.Marshal(fixtureArticle)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"articles/2011/x_3.json": {Data: a}}
	if ann != nil {
		b, err := json.Marshal(ann)
		if err != nil {
			t.Fatal(err)
		}
		fsys["annotations/2011/x_3_ann.json"] = &fstest.MapFile{Data: b}
	}
	return fsys
}

func TestRead(t *testing.T) {
	arts, err := Read(fixture(t, fixtureAnnotations))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("%d articles", len(arts))
	}
	a := arts[0]
	wantText := "The council — after a “long night” — delayed its vote. Critics called the move a cowardly dodge. \n\nThe vote is now set for May."
	if a.Text != wantText {
		t.Errorf("text %q, want %q", a.Text, wantText)
	}
	if a.Outlet != "HuffPost" || a.Year != 2011 || a.Event != "ev1" || a.Title != "Council delays vote" || a.Published.Format("2006-01-02") != "2011-03-04" {
		t.Errorf("metadata %q %d %q %q %v", a.Outlet, a.Year, a.Event, a.Title, a.Published)
	}
	if len(a.Sentences) != 3 || a.Text[a.Sentences[2].Start:a.Sentences[2].End] != "The vote is now set for May." {
		t.Errorf("sentences %v", a.Sentences)
	}
	if len(a.Spans) != 2 {
		t.Fatalf("spans %+v: want the two body spans, not the title's", a.Spans)
	}
	for _, c := range []struct {
		i       int
		text    string
		lexical bool
		quoted  bool
	}{{0, "long night", false, true}, {1, "cowardly dodge", true, false}} {
		s := a.Spans[c.i]
		if got := a.Text[s.Start:s.End]; got != c.text || s.Lexical != c.lexical || s.Quoted != c.quoted {
			t.Errorf("span %d: %q lexical %v quoted %v, want %q %v %v", c.i, got, s.Lexical, s.Quoted, c.text, c.lexical, c.quoted)
		}
	}
	if lex := a.Lexical(); len(lex) != 1 || a.Text[lex[0].Start:lex[0].End] != "cowardly dodge" {
		t.Errorf("Lexical() = %v", lex)
	}
	if ls := a.LexicalSentences(); len(ls) != 1 || ls[0] != a.Sentences[1] {
		t.Errorf("LexicalSentences() = %v, want [%v]", ls, a.Sentences[1])
	}
}

func TestReadErrors(t *testing.T) {
	wrong := map[string]any{"phrase-level-annotations": []map[string]any{
		{"id": "p1", "bias": "lex", "start": 25, "end": 39, "txt": "cowardly dodge"},
	}}
	outside := map[string]any{"phrase-level-annotations": []map[string]any{
		{"id": "p9", "bias": "lex", "start": 0, "end": 3, "txt": "The"},
	}}
	for _, c := range []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"no annotations", fixture(t, nil), "x_3_ann.json"},
		{"offsets", fixture(t, wrong), "does not match"},
		{"sentence", fixture(t, outside), "sentence p9 of 3"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(c.fsys)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want one containing %q", err, c.want)
			}
		})
	}
	if _, err := Read(fixture(t, fixtureAnnotations), 2013); err == nil {
		t.Error("no error for a year without articles")
	}
}

func TestLift(t *testing.T) {
	arts, err := Read(fixture(t, fixtureAnnotations))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Annotate(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	// Content words: council, long, night, delayed, vote | Critics, called,
	// move, cowardly, dodge | vote, set ("now" and "May" are stop words) =
	// 12, 5 of them in the lexically biased sentence (the second): base
	// share 5/12.
	base := 5.0 / 12
	for _, c := range []struct {
		name  string
		terms []string
		want  float64
		none  bool // the terms never occur: no figure
	}{
		{"in the loaded sentence", []string{"cowardly", "Dodge"}, 1 / base, false},
		{"inflected", []string{"criticism", "critic"}, 1 / base, false},
		{"phrase", []string{"cowardly dodge"}, 1 / base, false},
		{"outside", []string{"vote"}, 0 / base, false},
		{"half", []string{"move", "vote"}, (1.0 / 3) / base, false},
		{"absent", []string{"budget"}, 0, true},
		{"no phrase across punctuation", []string{"dodge the"}, 0, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			lift, n := Lift([]Terms{{Article: &arts[0], Doc: docs[0], Terms: c.terms}}, nil)
			if c.none {
				if n != 0 {
					t.Errorf("lift %.3f over %d, want no figure", lift, n)
				}
				return
			}
			if n != 1 || math.Abs(lift-c.want) > 1e-9 {
				t.Errorf("lift %.4f over %d, want %.4f over 1", lift, n, c.want)
			}
		})
	}
	noBias := arts[0]
	noBias.Spans = nil
	if _, n := Lift([]Terms{{Article: &noBias, Doc: docs[0], Terms: []string{"vote"}}}, nil); n != 0 {
		t.Errorf("an article without lexical bias counted")
	}
	// The "cowardly dodge" span is outside quotations: LiftUnquoted
	// measures it as Lift does; marked quoted, the article has no
	// unquoted lexical bias and gives no figure.
	items := []Terms{{Article: &arts[0], Doc: docs[0], Terms: []string{"cowardly"}}}
	if lift, n := LiftUnquoted(items, nil); n != 1 || math.Abs(lift-1/base) > 1e-9 {
		t.Errorf("LiftUnquoted %.4f over %d, want %.4f over 1", lift, n, 1/base)
	}
	quoted := arts[0]
	quoted.Spans = append([]Span(nil), arts[0].Spans...)
	for i := range quoted.Spans {
		quoted.Spans[i].Quoted = true
	}
	items[0].Article = &quoted
	if _, n := LiftUnquoted(items, nil); n != 0 {
		t.Errorf("LiftUnquoted counted an article whose lexical bias is all quoted")
	}
	if _, n := Lift(items, nil); n != 1 {
		t.Errorf("Lift left out an article whose lexical bias is quoted")
	}
}
