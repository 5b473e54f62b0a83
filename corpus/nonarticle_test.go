package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestIsMetaFile(t *testing.T) {
	tests := []struct {
		path string
		want bool
	}{
		{"data/README.md", true},
		{"data/readme", true},
		{"SOURCE.md", true},
		{"LICENSE", true},
		{"LICENSE-MIT", true},
		{"README_de.md", true},
		{"notes.txt", true},
		{"CHANGELOG.md.gz", true},
		{"data/CITATION.cff", true},
		{"notes-on-the-summit.txt", false}, // a user's article named for its subject
		{"harbour-times/history.html", false},
		{"README.json", false},
		{"harbour-times/2022-02-13-bridge.txt", false},
		{"sources-say-talks-stall.md", false},
	}
	for _, tt := range tests {
		if got := isMetaFile(tt.path); got != tt.want {
			t.Errorf("isMetaFile(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

// TestNonArticles loads a folder of articles with the files that come
// beside them and checks that each such file is one skipped entry with a
// short reason, and that the articles are all read.
func TestNonArticles(t *testing.T) {
	dir := t.TempDir()
	article := "Outlet: Harbour Times\nDate: 2022-02-13\nTitle: Bridge reopens after the blockade\n\nThe Ambassador Bridge reopened on Sunday night after police cleared the last trucks.\n"
	var labels strings.Builder
	labels.WriteString("url\tevent\n")
	for i := range 451 {
		labels.WriteString("https://harbourtimes.example/" + strings.Repeat("x", i%7) + "\tevent-" + string(rune('a'+i%26)) + "\n")
	}
	var keyed, jsonl strings.Builder
	keyed.WriteString("{")
	for i := range 40 {
		if i > 0 {
			keyed.WriteString(",")
		}
		key := strings.Repeat("0123456789abcdef", 4)[:60] + string(rune('a'+i%26)) + string(rune('a'+i/26))
		keyed.WriteString(`"` + key + `": {"articleBody": "The true text of the page.", "url": "https://x.example/` + key + `"}`)
		jsonl.WriteString(`{"sentence_normalized": "A sentence.", "targets": [{"from": 0, "to": 1, "polarity": 4.0}], "primary_gid": "g` + key + `"}` + "\n")
	}
	keyed.WriteString("}")
	files := map[string]string{
		"harbour-times/bridge.txt": article,
		"SOURCE.md":                "# Where these come from\n\n- `gold.tsv`: url -> event, for scoring.\n",
		"LICENSE":                  "Permission is hereby granted, free of charge, to any person obtaining a copy of this data.\n",
		"gold.tsv":                 labels.String(),
		"labels.csv":               "id,label,score\n1,pos,0.4\n2,neg,-0.2\n",
		"ground-truth.json":        keyed.String(),
		"annotations.json":         `{"article-level": {"stance": "left"}, "phrase-level": [{"start": 1, "end": 4, "bias": "lex", "txt": "fierce"}, {"start": 9, "end": 12, "bias": "inf", "txt": "said"}]}`,
		"targets.jsonl":            jsonl.String(),
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	set, err := Load(context.Background(), []string{dir}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Articles) != 1 || set.Articles[0].Outlet != "Harbour Times" {
		t.Fatalf("articles %+v, want the one article", set.Articles)
	}
	want := map[string]string{
		"SOURCE.md":         causeNotes,
		"LICENSE":           causeNotes,
		"gold.tsv":          causeLabelTable,
		"labels.csv":        causeLabelTable,
		"annotations.json":  causeLabelTable,
		"targets.jsonl":     causeLabelTable,
		"ground-truth.json": causeKeyed,
	}
	got := map[string]Skipped{}
	for _, s := range set.Skipped {
		rel, _ := filepath.Rel(dir, s.Source)
		if _, dup := got[filepath.ToSlash(rel)]; dup {
			t.Errorf("%s skipped twice: one entry per file", rel)
		}
		got[filepath.ToSlash(rel)] = s
	}
	for name, cause := range want {
		s, ok := got[name]
		if !ok {
			t.Errorf("%s not skipped", name)
			continue
		}
		if s.Cause != cause {
			t.Errorf("%s: cause %q, want %q", name, s.Cause, cause)
		}
		if !strings.HasPrefix(s.Reason, cause) || len(s.Reason) > MaxReason || strings.Contains(s.Reason, "\n") {
			t.Errorf("%s: reason %q: want one line under %d bytes, starting with its cause", name, s.Reason, MaxReason)
		}
	}
	if len(got) != len(want) {
		t.Errorf("skipped %v, want %d entries", got, len(want))
	}
	if r := got["gold.tsv"].Reason; !strings.Contains(r, "451 records") || !strings.Contains(r, "url, event") {
		t.Errorf("gold.tsv: reason %q should count the rows and name the columns", r)
	}
}

// TestLabelTableNeedsNoTextColumn checks the other side: a table with a
// text column is read row by row even when some rows are empty.
func TestLabelTableNeedsNoTextColumn(t *testing.T) {
	arts, skipped := parseCSV([]byte("title,text\nA,Some text here.\nB,\nC,\n"), ',', Article{Source: Source{Path: "t.csv"}})
	if len(arts) != 1 || len(skipped) != 2 {
		t.Fatalf("articles %d, skipped %v", len(arts), skipped)
	}
	for _, s := range skipped {
		if s.Cause != "not an article: empty text" {
			t.Errorf("%s: cause %q, want the same cause for each empty row", s.Source, s.Cause)
		}
	}
}

func TestParagraphLists(t *testing.T) {
	in := `{"title": "Grimm charged", "url": "https://x.example/a", "body-paragraphs": [["First sentence.", "Second one."], [], ["Next paragraph."]]}`
	arts, skipped := parseJSON([]byte(in), Article{Source: Source{Path: "a.json"}})
	if len(skipped) != 0 || len(arts) != 1 {
		t.Fatalf("articles %v, skipped %v", arts, skipped)
	}
	if want := "First sentence. Second one.\n\nNext paragraph."; arts[0].Text != want {
		t.Errorf("text %q, want %q", arts[0].Text, want)
	}
}

func TestClipReason(t *testing.T) {
	long := "not an article: no text field (fields: " + strings.Repeat("0123456789abcdef.articleBody, ", 40) + ")"
	tests := []struct {
		name, in, want string
	}{
		{"short", "empty file", "empty file"},
		{"trimmed", "  empty file \n", "empty file"},
		{"two lines", "unreadable feed: XML syntax error\non line 3", "unreadable feed: XML syntax error…"},
		{"long", long, ""},
		{"multibyte", strings.Repeat("é", 150), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ClipReason(tt.in)
			if tt.want != "" && got != tt.want {
				t.Errorf("ClipReason = %q, want %q", got, tt.want)
			}
			if len(got) > MaxReason || !utf8.ValidString(got) || strings.ContainsAny(got, "\r\n") {
				t.Errorf("ClipReason = %q (%d bytes): want one valid line of at most %d bytes", got, len(got), MaxReason)
			}
			if len(tt.in) > MaxReason && !strings.HasSuffix(got, "…") {
				t.Errorf("ClipReason = %q: a cut reason ends with an ellipsis", got)
			}
		})
	}
}

// TestCutNote checks that a text input whose article ends long before the
// input does says so, and that an ordinary page's related stories do not.
func TestCutNote(t *testing.T) {
	page := "Menu Home World Business Sport Culture Opinion Video Podcasts\n\nBridge reopens after the blockade\n\n" +
		"The Ambassador Bridge reopened on Sunday night after police cleared the last trucks from the approach.\n\n" +
		"Traffic resumed in both directions shortly before midnight, the bridge company said in a statement.\n\n" +
		"Related stories\n\nCouncil votes on harbour budget\n\nFerry timetable changes for spring\n\n"
	tests := []struct {
		name   string
		in     string
		noted  bool
		substr string
	}{
		{"one page", page, false, ""},
		{"a page saved many times over", strings.Repeat(page, 40), true, `ends at the line "Related stories"`},
		{"prose after the end", page + strings.Repeat("A second article follows here with a long paragraph of reporting on another day.\n\n", 30), true, "more words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := parseText("page.txt", normalizeText([]byte(tt.in)), nil)
			if err != nil {
				t.Fatal(err)
			}
			var note string
			for _, n := range a.Notes {
				if strings.HasPrefix(n, "cut:") {
					note = n
				}
			}
			if (note != "") != tt.noted || !strings.Contains(note, tt.substr) {
				t.Errorf("notes %q, want a cut note: %v (%q)", a.Notes, tt.noted, tt.substr)
			}
		})
	}
}
