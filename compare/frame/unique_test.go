package frame

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// TestUniqueEntityInOthersText: an entity the entity model found in one
// outlet's article and missed in another's, which writes it too, is not
// listed as only in the first: "only here" is checked against the other
// outlets' text, as an omission is. A name no other outlet writes stays.
func TestUniqueEntityInOthersText(t *testing.T) {
	arts := []corpus.Article{
		{ID: "a", Outlet: "Alden Courier", Title: "Ferry budget passes",
			Text: "The Harbour Authority approved the ferry budget on Monday after Tom Ferris dropped his objection.\n\n" +
				"Jana Petrak of Northgate called the vote a relief for commuters."},
		{ID: "b", Outlet: "Brill Gazette", Title: "Council passes ferry budget",
			Text: "The Harbour Authority approved the ferry budget on Monday.\n\n" +
				"Tom Ferris said he had dropped his objection after the fares were frozen."},
	}
	docs := annotated(t, arts...)
	// The model missing a name in one article: the Brill Gazette's
	// mentions lose the Harbour Authority, which its text still writes.
	b := *docs[1]
	b.Entities = slices.DeleteFunc(slices.Clone(b.Entities), func(m nlp.Mention) bool { return m.Name == "Harbour Authority" })
	if len(b.Entities) == len(docs[1].Entities) {
		t.Fatalf("the Brill Gazette's article has no mention of the Harbour Authority to drop: %+v", docs[1].Entities)
	}
	docs[1] = &b
	ev := frameEvent(docs, defaultOptions, "Alden Courier", "Brill Gazette")
	var listed, words []string
	for _, u := range ev.Unique {
		if u.Outlet == "Alden Courier" {
			for _, s := range u.Sentences {
				listed = append(listed, s.Entities...)
				words = append(words, s.Terms...)
			}
		}
	}
	if !slices.Contains(words, "commuters") {
		t.Errorf("\"commuters\", which only the Alden Courier writes, is not listed: %v", words)
	}
	if slices.Contains(listed, "Harbour Authority") {
		t.Errorf("the Harbour Authority, which the Brill Gazette writes, is listed as only in the Alden Courier: %v", listed)
	}
	if !slices.Contains(listed, "Northgate") {
		t.Errorf("Northgate, which only the Alden Courier names, is not listed: %v", listed)
	}
}

// TestUniqueWordInOthersName: a word another outlet writes only inside a
// longer name ("Harbour" of "Harbour Authority"), which is no term of its
// own there, is still a word that outlet carries: it is not listed as only
// here.
func TestUniqueWordInOthersName(t *testing.T) {
	docs := annotated(t,
		corpus.Article{ID: "a", Outlet: "Alden Courier", Title: "Ferry budget passes",
			Text: "The council approved the ferry budget on Monday.\n\nCommuters on the harbour route welcomed the quieter crossings at dawn."},
		corpus.Article{ID: "b", Outlet: "Brill Gazette", Title: "Council passes ferry budget",
			Text: "The council approved the ferry budget on Monday, and the Harbour Authority froze fares."})
	ev := frameEvent(docs, defaultOptions, "Alden Courier", "Brill Gazette")
	var words []string
	for _, u := range ev.Unique {
		if u.Outlet == "Alden Courier" {
			for _, s := range u.Sentences {
				words = append(words, s.Terms...)
			}
		}
	}
	if slices.Contains(words, "harbour") {
		t.Errorf("\"harbour\", which the Brill Gazette writes in the Harbour Authority, is listed as only in the Alden Courier: %v", words)
	}
	if !slices.Contains(words, "route") {
		t.Errorf("\"route\", which only the Alden Courier writes, is not listed: %v", words)
	}
}

// BenchmarkUnique measures the "only here" step alone on the event of 50
// articles of BenchmarkFrameEvent, its documents prepared as frameWith
// prepares them: for every outlet, every sentence is checked against the
// other nine outlets' entities, text, numbers, quotations and words.
func BenchmarkUnique(b *testing.B) {
	arts := fiftyArticles(b)
	docs := annotated(b, arts...)
	ev := eventOfAll(docs)
	c := *New(docs, defaultOptions)
	c.st = nlp.Stemmer{}
	c.prep = map[*nlp.Doc]*prepared{}
	c.runs = map[*nlp.Doc][][]word{}
	c.grams = map[*nlp.Doc][]gram{}
	for _, d := range docs {
		c.prep[d] = prepare(d)
		r, sents := runsWith(d, newWordMaker(c.sw, c.st), c.prep[d])
		c.runs[d], c.grams[d] = r, grams(d, r, sents)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c.unique(&ev, docs)
	}
}

func TestBySentence(t *testing.T) {
	type item struct {
		name string
		sent int
	}
	items := []item{{"a", 2}, {"b", 0}, {"c", 2}, {"drop", 1}, {"d", 0}, {"e", 5}, {"f", -1}, {"g", 3}, {"h", 2}}
	got := bySentence(4, items, func(it item) (int, bool) { return it.sent, it.name != "drop" })
	want := [][]string{{"b", "d"}, {}, {"a", "c", "h"}, {"g"}}
	if len(got) != len(want) {
		t.Fatalf("bySentence: %d sentences, want %d", len(got), len(want))
	}
	for s := range want {
		var names []string
		for _, it := range got[s] {
			names = append(names, it.name)
		}
		if !slices.Equal(names, want[s]) && !(len(names) == 0 && len(want[s]) == 0) {
			t.Errorf("sentence %d: %v, want %v", s, names, want[s])
		}
	}
	// A sentence's list is its own: appending to one does not write
	// into the next.
	_ = append(got[0], item{"x", 0})
	if len(got[1]) != 0 || got[2][0].name != "a" {
		t.Errorf("appending to sentence 0 changed the others: %v", got)
	}
	if got := bySentence(0, items, func(it item) (int, bool) { return it.sent, true }); len(got) != 0 {
		t.Errorf("bySentence of no sentences: %v", got)
	}
}

func TestWindowSet(t *testing.T) {
	text := normQuote(`Tom Ferris said "we will not raise the fares this year" after the vote, and the Harbour Authority agreed.`)
	tests := []struct {
		text, s string
		want    bool // whether s may be in text
	}{
		{text, `"we will not raise the fares this year"`, true},
		{text, "tom ferris", true},
		{text, "agreed.", true}, // shorter than a window: anywhere
		{text, text, true},
		{text, "the harbour authority agreed.", true},
		{text, `"we will not raise the fares next year"`, false},
		{text, "the harbour authority agreed!", false},
		{text, "tom ferris said \"we will not raise the fares this year\" after the vote, and the harbour authority agreed. x", false},
		{"", "tom ferris", false},
		{"short", "tom ferris", false},
		{"short", "sho", true},
		{"tom ferri", "tom ferris", false},
		{"tom ferris", "tom ferris", true},
	}
	for _, tc := range tests {
		ws := newWindowSet(tc.text)
		if got := ws.mayHold(tc.s); got != tc.want {
			t.Errorf("windows of %q: mayHold(%q) = %v, want %v", tc.text, tc.s, got, tc.want)
		}
		oc := &outletContent{text: tc.text}
		if got, want := oc.holds(tc.s), strings.Contains(tc.text, tc.s); got != want {
			t.Errorf("holds(%q) in %q = %v, want %v", tc.s, tc.text, got, want)
		}
	}
	// Every piece of a text may be in it, at every length and offset.
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 7, 8, 9, 100, 5000} {
		b := make([]byte, n)
		for i := range b {
			b[i] = "ab c\xc3\xa9"[r.IntN(6)]
		}
		text := string(b)
		ws := newWindowSet(text)
		for i := 0; i < n; i++ {
			for j := i + 1; j <= n && j <= i+40; j++ {
				if !ws.mayHold(text[i:j]) {
					t.Fatalf("windows of a text of %d bytes: mayHold(text[%d:%d]) = false", n, i, j)
				}
			}
		}
	}
}
