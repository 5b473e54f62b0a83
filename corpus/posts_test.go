package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPostSignature(t *testing.T) {
	tests := []struct {
		para string
		want int // -1, or where the signature starts
	}{
		{"Rigged! — Dana Vance (@danavance) February 4, 2022", len("Rigged!")},
		{"Rigged! — Dana Vance (@danavance) February 4, 2022 Report", len("Rigged!")},
		{"A caption A post shared by Ana Ruiz (@anaruiz) on Feb 2, 2022 at 7:14am PST", len("A caption")},
		{"— Dana Vance (@danavance) Feb 4, 2022", 0},
		{"Dana Vance (@danavance) said on February 4, 2022 that the vote was rigged.", -1},
		{"Rigged! — Dana Vance (@danavance) 4 février 2022", -1},
		{"Rigged! — Dana Vance (@danavance) February 4, 2022, and more words after it", -1},
		{"Dana Vance (@danavance) February 4, 2022", 0},
		{"A photo posted by Ana Ruiz (@anaruiz) on Feb 2, 2022 at 7:14am PST", 0},
		{"Councillors said the vote in Alden was rigged from the start and Dana Vance (@danavance) February 4, 2022", -1},
		{"He was caught in a lie, something a narcissist could never do pic.twitter.com/Ghy4Qa0BbH — @DanaVance2020 (@danavance2020) October 27, 2019", len("He was caught in a lie, something a narcissist could never do pic.twitter.com/Ghy4Qa0BbH")},
	}
	for _, tt := range tests {
		got := -1
		if sg, ok := PostSignature(tt.para); ok {
			got = sg.Start
		}
		if got != tt.want {
			t.Errorf("PostSignature(%q) = %d, want %d", tt.para, got, tt.want)
		}
	}
}

// TestPostsABP counts the embedded posts of the Article-Bias-Prediction
// articles: paragraphs that end in a post's signature, whose post the
// outlet's own voice does not hold (corpus/nlp/posts.go).
func TestPostsABP(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the ABP corpus takes seconds")
	}
	path := sharedPath(t, "data/abp/articles.jsonl.gz")
	var records, articles, posts, lone, headed int
	eachABP(t, path, func(_, text string) {
		records++
		found := false
		for _, p := range Paragraphs(text) {
			para := text[p.Start:p.End]
			if sg, ok := PostSignature(para); ok {
				posts++
				found = true
				if strings.TrimSpace(para[:sg.Start]) == "" {
					lone++
				}
			} else if _, ok := PostHeader(para); ok {
				headed++
				found = true
			}
		}
		if found {
			articles++
		}
	})
	t.Logf("abp: embedded posts: %d paragraphs signed (%d lone signatures) and %d set after the poster's name, in %d of %d articles", posts, lone, headed, articles, records)
	if posts == 0 {
		t.Errorf("no embedded posts in %s: the file is not the one measured", path)
	}
}

// TestPostsKept: an embedded post is text in a page's text, a record's
// and a web page's main text, however short and whatever it ends in, and
// its lone signature stays with it; annotation quotes it.
func TestPostsKept(t *testing.T) {
	const lead = "The council delayed its vote on the toll plan on Monday, and the mayor answered her critics online within the hour."
	const post = "Rigged from the start. — Dana Vance (@danavance) February 14, 2022"
	const tail = "A new vote is set for March, when the clerk expects to have the figures the council asked for."
	text := lead + "\n\n" + post + "\n\n" + "Not one toll until the ferry runs on time!\n\n— Ellen Marsh (@ellenmarsh) Feb 14, 2022\n\n" + tail
	if got := cleanRecordText(text); got != text {
		t.Errorf("record text %q, want %q", got, text)
	}
	a, err := ParseText("harbour-times/toll.txt", []byte("Title: Council delays toll vote\n\n"+text))
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != text {
		t.Errorf("page text %q, want %q", a.Text, text)
	}
	page := `<html><head><title>Council delays toll vote</title></head><body><article>
<h1>Council delays toll vote</h1>
<p>` + lead + `</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Rigged from the start.</p>&mdash; Dana Vance (@danavance) <a href="https://twitter.com/danavance/status/1">February 14, 2022</a></blockquote>
<p>` + tail + `</p>
</article></body></html>`
	arts, skipped := parseHTML([]byte(page), Article{Format: "html", Source: Source{Path: "toll.html"}}, nil)
	if len(arts) != 1 {
		t.Fatalf("parseHTML: %d articles, skipped %v", len(arts), skipped)
	}
	// The embed's paragraph is the post; its signature, outside it, stands
	// alone after it.
	found := false
	paras := Paragraphs(arts[0].Text)
	for k, p := range paras {
		para := arts[0].Text[p.Start:p.End]
		if sg, ok := PostSignature(para); ok {
			found = true
			if before := para[:sg.Start]; before != "" || k == 0 || arts[0].Text[paras[k-1].Start:paras[k-1].End] != "Rigged from the start." {
				t.Errorf("web page: signature %q is not alone after the post's paragraph", para)
			}
		}
	}
	if !found {
		t.Errorf("web page text %q: no embedded post kept", arts[0].Text)
	}
}

func TestPostHeader(t *testing.T) {
	tests := []struct {
		para       string
		post, name string // "" when none
	}{
		{"Dana Vance (@danavance) The vote was rigged from the start!", "The vote was rigged from the start!", "Dana Vance"},
		{"Harbour Ferries (@harbourferries) #Delays on the 8:15 crossing", "#Delays on the 8:15 crossing", "Harbour Ferries"},
		{"Dana Vance (@danavance) is a reporter for the Ledger.", "", ""},
		{"Rigged! — Dana Vance (@danavance) February 4, 2022", "", ""},
		{"The council met on Monday.", "", ""},
	}
	for _, tt := range tests {
		h, ok := PostHeader(tt.para)
		var post, who string
		if ok {
			post, who = tt.para[h.Post:], tt.para[h.Name.Start:h.Name.End]
		}
		if post != tt.post || who != tt.name {
			t.Errorf("PostHeader(%q) = %q by %q, want %q by %q", tt.para, post, who, tt.post, tt.name)
		}
	}
}

// FuzzPostSignature: whatever the paragraph, a signature or a header found
// lies inside it, on character boundaries, its name inside it too.
func FuzzPostSignature(f *testing.F) {
	for _, s := range []string{
		"Rigged! — Dana Vance (@danavance) February 4, 2022",
		"Dana Vance (@danavance) The vote was rigged!",
		"A caption A photo posted by Ana Ruiz (@anaruiz) on Feb 2, 2022 at 7:14am PST",
		"Dana Vance (@danavance) February 4, 2022",
		"(@) (@x) — (@y) Jan 1, 1",
		"é — é (@é) Mar 3, 2020 Report",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, para string) {
		if !utf8.ValidString(para) {
			return
		}
		if sg, ok := PostSignature(para); ok {
			if sg.Start < 0 || sg.Start > len(para) || sg.Name.Start < sg.Start || sg.Name.End > len(para) || sg.Name.Start >= sg.Name.End {
				t.Fatalf("signature %+v out of %q", sg, para)
			}
			if !utf8.ValidString(para[:sg.Start]) || !utf8.ValidString(para[sg.Name.Start:sg.Name.End]) {
				t.Fatalf("signature %+v splits a character of %q", sg, para)
			}
		}
		if h, ok := PostHeader(para); ok {
			if h.Post <= 0 || h.Post > len(para) || h.Name.Start < 0 || h.Name.End > h.Post || h.Name.Start >= h.Name.End {
				t.Fatalf("header %+v out of %q", h, para)
			}
			if !utf8.ValidString(para[h.Post:]) || !utf8.ValidString(para[h.Name.Start:h.Name.End]) {
				t.Fatalf("header %+v splits a character of %q", h, para)
			}
		}
	})
}
