package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDropPeopleCards(t *testing.T) {
	tests := []struct{ in, want string }{
		{
			"Treasury Secretary Dana Vance Dana Marie VanceThe week ahead: toll talks resume | Ferry fares rise MORE did not share the mayor's view.",
			"Treasury Secretary Dana Vance did not share the mayor's view.",
		},
		{ // a nickname in brackets, a possessive after the card, two cards
			`Tom Hale Thomas (Tom) Edward HaleHale says the budget is late Council to vote on tolls MORE’s plan split the council, and Ana Ruiz Ana Maria Ruiz2022 race heats up | Ruiz leads in the polls MORE (D-Alden) opposed it.`,
			`Tom Hale’s plan split the council, and Ana Ruiz (D-Alden) opposed it.`,
		},
		{ // no card: the name does not come again glued to a capital
			"Dana Vance met Dana Marie Vance's cousin. MORE than half the council came.",
			"Dana Vance met Dana Marie Vance's cousin. MORE than half the council came.",
		},
		{ // no "MORE" after it in the paragraph
			"Dana Vance Dana Marie VanceThe week ahead\n\nMORE to come.",
			"Dana Vance Dana Marie VanceThe week ahead\n\nMORE to come.",
		},
		{ // "MOREOVER" is a word, not the card's end
			"Dana Vance Dana Marie VanceThe week ahead | Tolls MOREOVER the council left.",
			"Dana Vance Dana Marie VanceThe week ahead | Tolls MOREOVER the council left.",
		},
		{"No card here, and MORE of the same.", "No card here, and MORE of the same."},
		{ // the card glued to the name as written
			"Justices Ana Ruiz and Dana VanceDana Marie VanceCourt hears toll case | Ferry fares rise MORE joined the majority.",
			"Justices Ana Ruiz and Dana Vance joined the majority.",
		},
		{ // a surname with a capital inside is whole
			"Leader Tom McHale Thomas Edward McHaleMcHale says the budget is late MORE (R-Alden) spoke.",
			"Leader Tom McHale (R-Alden) spoke.",
		},
		{ // a word glued to a capital but no card
			"The iPhone and the BlackBerry MORE or less vanished.",
			"The iPhone and the BlackBerry MORE or less vanished.",
		},
		{ // a generational suffix stays with the name
			"He briefed Dana Vance Jr. Dana (Dan) Marie VanceVance Jr. book tops the list | Tolls MORE and the mayor.",
			"He briefed Dana Vance Jr. and the mayor.",
		},
	}
	for _, tc := range tests {
		if got := dropPeopleCards(tc.in); got != tc.want {
			t.Errorf("dropPeopleCards(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// TestPeopleCardsABP counts the people cards in the Article-Bias-Prediction
// corpus, and checks that what is left of each article around them has no
// card's mark: no " MORE" right after a glued name.
func TestPeopleCardsABP(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the ABP corpus takes seconds")
	}
	path := sharedPath(t, "data/abp/articles.jsonl.gz")
	var articles, cards, bytes int
	eachABP(t, path, func(_, text string) {
		out := dropPeopleCards(text)
		if n := strings.Count(text, " MORE") - strings.Count(out, " MORE"); n > 0 {
			articles++
			cards += n
			bytes += len(text) - len(out)
		}
	})
	t.Logf("abp: people cards: %d in %d articles, %d bytes", cards, articles, bytes)
	if cards == 0 {
		t.Errorf("no people cards in %s: the file is not the one measured", path)
	}
}

// FuzzDropPeopleCards: any text, cards or none, comes back no longer, as
// valid UTF-8 where it was, and a second pass changes nothing the first
// left but another card it uncovered.
func FuzzDropPeopleCards(f *testing.F) {
	f.Add("Treasury Secretary Dana Vance Dana Marie VanceThe week ahead | Tolls MORE did not.")
	f.Add("Tom Hale Thomas (Tom) Edward HaleHale says MORE’s plan")
	f.Add("MORE MORE Vance Vance VanceV MORE")
	f.Fuzz(func(t *testing.T, s string) {
		out := dropPeopleCards(s)
		if len(out) > len(s) {
			t.Fatalf("dropPeopleCards grew %q to %q", s, out)
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("dropPeopleCards(%q) = %q, not valid UTF-8", s, out)
		}
	})
}
