package frame

import (
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestQuotesOnlyAcrossNameForms: "only it quotes X" is not claimed when
// another outlet quotes the same person under another form of the name
// ("Dave Tolland" and "David Tolland", and a pet form of another initial:
// "Bill Hale" and "William Hale"); two people of one surname and
// other initials ("Ana Ferris" and "Tom Ferris") stay apart.
func TestQuotesOnlyAcrossNameForms(t *testing.T) {
	docs := annotated(t,
		corpus.Article{ID: "a", Outlet: "Alden Courier", Title: "Tolland wins the primary",
			Text: "Dave Tolland won the primary on Tuesday.\n\n\"The voters wanted a change,\" Dave Tolland said.\n\n\"We will be back,\" said Ana Ferris, who ran his rival's campaign.\n\n\"The count was clean,\" said Bill Hale, the county clerk."},
		corpus.Article{ID: "b", Outlet: "Brill Gazette", Title: "An upset in the primary",
			Text: "David Tolland beat the incumbent on Tuesday.\n\n\"This is a miracle,\" David Tolland told supporters.\n\n\"Nobody saw it coming,\" said Tom Ferris, a county official.\n\n\"Every ballot was counted twice,\" said William Hale, the county clerk."})
	ev := frameEvent(docs, defaultOptions, "Alden Courier", "Brill Gazette")
	only := map[string][]string{}
	speakers := map[string][]string{}
	for _, q := range ev.Quotes {
		only[q.Outlet] = q.Only
		for _, sp := range q.Speakers {
			speakers[q.Outlet] = append(speakers[q.Outlet], sp.Name)
		}
	}
	if !slices.Contains(speakers["Alden Courier"], "Dave Tolland") || !slices.Contains(speakers["Brill Gazette"], "David Tolland") {
		t.Fatalf("speakers %v: the test needs Dave Tolland and David Tolland as written", speakers)
	}
	for o, names := range only {
		if slices.Contains(names, "Dave Tolland") || slices.Contains(names, "David Tolland") || slices.Contains(names, "Bill Hale") || slices.Contains(names, "William Hale") {
			t.Errorf("%s: only it quotes %v, though the other outlet quotes him as well", o, names)
		}
	}
	if !slices.Contains(only["Alden Courier"], "Ana Ferris") || !slices.Contains(only["Brill Gazette"], "Tom Ferris") {
		t.Errorf("only %v: Ana Ferris and Tom Ferris are two people, each quoted by one outlet", only)
	}
}
