package nlp

import (
	"context"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestMendBreaks: the breaks the segmenter makes after abbreviations and
// initials are joined; the sentence ends that look alike are kept.
func TestMendBreaks(t *testing.T) {
	tests := []struct {
		name       string
		prev, next string
		across     string // what the entity model read across the break: "", "name" or "person"
		join       bool
	}{
		{"title", "The panel's chair, Sen.", "Maria Lindqvist, said the vote would wait.", "", true},
		{"plural title", "Republican Sens.", "Ada Brandt and Tom Ferris voted no.", "", true},
		{"Mr. before a surname", "Given that, Mr.", "Ferris said, the plan is late.", "", true},
		{"Rev.", "A sharp answer came from Rev.", "Tom Ferris of the harbour parish.", "", true},
		{"initial before a surname", "The talks were led by Ada K.", "Brandt of the foreign ministry.", "", true},
		{"dateline", "ALDEN, Mo.", "— The council voted on Tuesday to close the bridge.", "", true},
		{"state at a sentence's end", "The final is set for Tempe, Ariz.", "It will move to Glendale next year.", "", false},
		{"initial ending a sentence", "The council chose plan B.", "The vote was close.", "", false},
		{"initial after a lower-case word", "They call it vitamin D.", "Brandt disagrees.", "", false},
		{"a surname that looks like a title", "“That is over,” said Senor.", "In a twist, the board agreed.", "", false},
		{"lower-case next word", "He spoke to Gen.", "and then left.", "", false},
		{"plain end", "The bridge is closed.", "Traffic moved to the ferry.", "", false},
		{"an abbreviation of initials", "He moved to Washington, D.C.", "Brandt stayed.", "", false},
		{"a case's v.", "The brief cited Harlow v.", "Brandt on the point.", "", true},
		{"a month before its day", "The vote came on Feb.", "3, after a week of talks.", "", true},
		{"a number's No.", "She was the party's No.", "2 until the spring.", "", true},
		{"a body's abbreviation", "The suit named the Tempe Bd.", "of Education and the city.", "", true},
		{"a company's Inc. ending a sentence", "Shares fell at Acme Inc.", "The company said nothing.", "", false},
		{"a month's abbreviation ending a sentence", "The ship sailed in Oct.", "Brandt stayed ashore.", "", false},
		{"initials opening a body's name read across", "Harlow Quill, acting head of U.S.", "Harbor and Coast Services, told reporters.", "name", true},
		{"initials before a role", "The letter was signed by two U.S.", "Senators from the coast.", "", true},
		{"initials ending a sentence before a pronoun", "Protests spread across the U.S.", "It was the largest wave in years.", "", false},
		{"initials ending a sentence before a common noun", "About 900 people have died in the U.S.", "Infections are higher than known.", "", false},
		{"initials before a function word, a name read across", "She lives in Washington, D.C.", "The move came in May.", "name", false},
		{"initials before a name a person's read across", "The talks moved to the U.S.", "Brandt flew in on Monday.", "person", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.prev + " " + tt.next
			var names []nameSpan
			if tt.across != "" {
				names = []nameSpan{{len(tt.prev) - 4, len(tt.prev) + 7, tt.across == "person"}}
			}
			got := mendBreaks(text, []sentenceBreak{{0, len(tt.prev)}, {len(tt.prev) + 1, len(text)}}, names)
			if joined := len(got) == 1; joined != tt.join {
				t.Errorf("%q | %q: joined %v, want %v", tt.prev, tt.next, joined, tt.join)
			}
			if got[len(got)-1].end != len(text) || got[0].start != 0 {
				t.Errorf("mended sentences %v do not cover the text", got)
			}
		})
	}
}

// TestAnnotateMendsTitleBreaks: an article's sentences are whole across
// titles and initials, whatever the segmenter does with them.
func TestAnnotateMendsTitleBreaks(t *testing.T) {
	text := "Gen. Ada Brandt told reporters the troops were ready. Sen. Tom Ferris, who chairs the panel, said the vote would wait. The bridge was built by Maria K. Lindqvist in 1998."
	d, err := (&Annotator{}).AnnotateOne(context.Background(), corpus.Article{ID: "a", Title: "Vote waits", Text: text, Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Gen. Ada Brandt told reporters the troops were ready.",
		"Sen. Tom Ferris, who chairs the panel, said the vote would wait.",
		"The bridge was built by Maria K. Lindqvist in 1998.",
	}
	if len(d.Sentences) != len(want) {
		t.Fatalf("%d sentences, want %d: %v", len(d.Sentences), len(want), sentenceTexts(d))
	}
	for i, w := range want {
		if got := d.SentenceText(i); got != w {
			t.Errorf("sentence %d = %q, want %q", i, got, w)
		}
	}
}

func sentenceTexts(d *Doc) []string {
	var out []string
	for i := range d.Sentences {
		out = append(out, d.SentenceText(i))
	}
	return out
}

// FuzzMendBreaks: any text cut anywhere into sentences is mended into
// sentences that cover the same text, in order, without a crash.
func FuzzMendBreaks(f *testing.F) {
	f.Add("The chair, Sen. Bob Menendez, said so. FERGUSON, Mo. — It rained.", 15)
	f.Add("Eric H. Holder spoke. Plan B. The end.", 8)
	f.Add("Mr.\u00a0 — é. Ä.", 3)
	f.Fuzz(func(t *testing.T, text string, cut int) {
		var breaks []sentenceBreak
		step := max(1, cut%17+1)
		for at := 0; at < len(text); at += step {
			breaks = append(breaks, sentenceBreak{at, min(at+step, len(text))})
		}
		got := mendBreaks(text, breaks, []nameSpan{{0, cut % (len(text) + 1), cut%2 == 0}})
		if len(breaks) == 0 {
			return
		}
		if got[0].start != 0 || got[len(got)-1].end != len(text) {
			t.Fatalf("mended %v do not cover %d bytes", got, len(text))
		}
		for i := 1; i < len(got); i++ {
			if got[i].start != got[i-1].end {
				t.Fatalf("gap or overlap between %v and %v", got[i-1], got[i])
			}
		}
	})
}
