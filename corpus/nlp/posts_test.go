package nlp

import (
	"context"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

func TestDisplayName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Greg Stohr", true},
		{"NPR Politics", true},
		{"Lawrence O’Donnell", true},
		{"Dr. Ana Ruiz-Vega", true},
		{"neontaster ??", false},
		{"FOX & friends", false},
		{"Working Families Party 🐺", false},
		{"The Most Honourable Clerk Of The Court", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := displayName(tt.name); got != tt.want {
			t.Errorf("displayName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestPostChars(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Short and sweet.", 16},
		{"Read it https://t.co/abcdefghij12345", 8 + linkChars},
		{"A picture pic.twitter.com/Ab3dE9xQ", 9},
		{"Ünïcödé counts runes", 20},
	}
	for _, tt := range tests {
		if got := postChars(tt.text); got != tt.want {
			t.Errorf("postChars(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestSamplePost: the sample corpus's embedded post is its poster's
// quotation, read end to end from the file as framediff reads it.
func TestSamplePost(t *testing.T) {
	ctx := context.Background()
	set, err := corpus.Load(ctx, []string{"../../testdata/corpus/harbour-times/2022-02-13-bridge.txt"}, nil, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs, _, err := (&Annotator{}).Annotate(ctx, set.Articles)
	if err != nil || len(docs) != 1 {
		t.Fatalf("annotate: %v (%d documents)", err, len(docs))
	}
	d := docs[0]
	for _, q := range d.Quotes {
		if q.Cue == postCue {
			if q.Speaker != "Lena Marchetti" || !strings.HasPrefix(d.Text[q.Start:q.End], "Six days without a shift") || strings.Contains(d.Text[q.Start:q.End], "@") {
				t.Errorf("post %q by %q, want Lena Marchetti's words without the signature", d.Text[q.Start:q.End], q.Speaker)
			}
			return
		}
	}
	t.Errorf("no post among %d quotes", len(d.Quotes))
}
