package nlp

import (
	"context"
	"os"
	"path/filepath"
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

// TestPostFromEmbedMarkup: a post embedded as a page embeds one (a
// blockquote holding the post's paragraph, line breaks and a picture's
// link, then the signature outside it) is read, from the page, as its
// poster's quotation.
func TestPostFromEmbedMarkup(t *testing.T) {
	page := `<html><head><title>Council delays toll vote</title><meta property="og:site_name" content="Harbour Times"></head><body><article>
<h1>Council delays toll vote</h1>
<p>The council delayed its vote on the toll plan on Monday, after a long meeting in which councillors from every ward asked the clerk what the bridge would cost.</p>
<p>The mayor answered her critics within the hour:</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The vote was rigged from the start.<br><br>Every member of this council knows it. <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Dana Vance (@danavance) <a href="https://twitter.com/danavance/status/1">February 14, 2022</a></blockquote>
<p>A new vote is set for March, when the clerk expects the council to have the figures it asked for, and the mayor said she would not wait any longer than that.</p>
</article></body></html>`
	path := filepath.Join(t.TempDir(), "toll.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	set, err := corpus.Load(ctx, []string{path}, nil, corpus.Options{})
	if err != nil || len(set.Articles) != 1 {
		t.Fatalf("load: %v", err)
	}
	d := annotateText(t, set.Articles[0].Text)
	var got []string
	for _, q := range d.Quotes {
		got = append(got, q.Speaker+": "+d.Text[q.Start:q.End])
	}
	want := "Dana Vance: The vote was rigged from the start. Every member of this council knows it. pic.twitter.com/abc"
	if len(got) != 1 || got[0] != want {
		t.Errorf("quotes %q, want [%q]", got, want)
	}
}

// TestPostSignedWithEmoji: a display name with a flag or an emoji signs
// the post as the name without them, and the mention's name has none.
func TestPostSignedWithEmoji(t *testing.T) {
	text := "Critics reacted online.\n\n" +
		"The toll plan is a selfish move that will delay every bridge repair by months. https://t.co/tY52Kabcde — Dana Holt 🇺🇸 (@danaholtwrites) April 15, 2020\n\n" +
		"The council met on Monday."
	d, err := (&Annotator{}).AnnotateOne(context.Background(), corpus.Article{ID: "t", Outlet: "Keystone Wire", Language: "en", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Dana Holt" {
		t.Errorf("quotes %+v, want the post by Dana Holt", d.Quotes)
	}
	for _, m := range d.Entities {
		if strings.Contains(m.Name, "🇺🇸") {
			t.Errorf("mention named %q", m.Name)
		}
	}
	for in, want := range map[string]string{"Dana Holt 🇺🇸": "Dana Holt", "Dana 👍🏽 Holt": "Dana Holt", "Simon & Schuster": "Simon & Schuster", "🇺🇸": "🇺🇸"} {
		if got := bareName(in); got != want {
			t.Errorf("bareName(%q) = %q, want %q", in, got, want)
		}
	}
}
