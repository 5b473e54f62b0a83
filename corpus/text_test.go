package corpus

import (
	"errors"
	"strings"
	"testing"
)

func TestParseTextHeader(t *testing.T) {
	tests := []struct {
		name, path, in                string
		outlet, date, title, language string
		notes                         []string
	}{
		{
			name:   "header block",
			path:   "x/a.txt",
			in:     "Outlet: Keystone Wire\nDate: Sat, 12 Feb 2022 22:15:00 GMT\nTitle: Blinken in Honolulu\nURL: https://keystonewire.example/a\n\nBlinken spoke to reporters in Honolulu on Saturday.",
			outlet: "Keystone Wire", date: "2022-02-12T22:15:00Z", title: "Blinken in Honolulu", language: "en",
		},
		{
			name:   "front matter",
			path:   "x/b.md",
			in:     "---\ntitle: \"Lavrov calls Blinken\"\npublished: 2022-02-12\nsource: Vostok Review\n---\n# Lavrov calls Blinken\n\nSergey Lavrov told **Antony Blinken** that the [US](https://x.example) waged a propaganda campaign.",
			outlet: "Vostok Review", date: "2022-02-12T00:00:00Z", title: "Lavrov calls Blinken", language: "en",
		},
		{
			name:   "date only in the URL",
			path:   "x/c.txt",
			in:     "Title: Embassy staff leave Kyiv\nURL: https://capitoldispatch.example/2022/02/12/embassy\n\nMost staff were ordered out of the embassy in Kyiv on Saturday.",
			outlet: "X", date: "2022-02-12T00:00:00Z", title: "Embassy staff leave Kyiv", language: "en",
			notes: []string{"date taken from the URL"},
		},
		{
			name:   "unreadable date and no title",
			path:   "meridian-post/d.txt",
			in:     "Outlet: Meridian Post\nDate: last Saturday\n\nThe standoff over Ukraine stayed where it was after the call between the two presidents.",
			outlet: "Meridian Post", title: "The standoff over Ukraine stayed where it was after the call between…", language: "en",
			notes: []string{`header line 2: unreadable date "last Saturday"`, "no title found", "no date found"},
		},
		{
			name:   "declared language",
			path:   "x/e.txt",
			in:     "Outlet: Rheinischer Bote\nLanguage: de-DE\nDate: 19.02.2022\n\nDie Vizepräsidentin traf den Präsidenten am Samstag in München.",
			outlet: "Rheinischer Bote", date: "2022-02-19T00:00:00Z", title: "Die Vizepräsidentin traf den Präsidenten am Samstag in München.", language: "de",
			notes: []string{"no title found", "language de"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(tt.path, []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			date := ""
			if a.HasDate() {
				date = a.Published.Format("2006-01-02T15:04:05Z07:00")
			}
			if a.Outlet != tt.outlet || date != tt.date || a.Title != tt.title || a.Language != tt.language {
				t.Errorf("got outlet %q date %q title %q language %q", a.Outlet, date, a.Title, a.Language)
			}
			if len(a.Notes) != len(tt.notes) {
				t.Fatalf("notes %q, want %q", a.Notes, tt.notes)
			}
			for i := range tt.notes {
				if !strings.HasPrefix(a.Notes[i], tt.notes[i]) {
					t.Errorf("note %q, want %q", a.Notes[i], tt.notes[i])
				}
			}
			if strings.ContainsAny(a.Text, "*#[]") {
				t.Errorf("markdown left in the text: %q", a.Text)
			}
		})
	}
}

func TestParseTextNoText(t *testing.T) {
	_, err := ParseText("x/empty.txt", []byte("Outlet: Keystone Wire\nTitle: Nothing\n\n  \n"))
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrNoText) || pe.Source != "x/empty.txt" {
		t.Errorf("error %v, want a ParseError wrapping ErrNoText", err)
	}
}
