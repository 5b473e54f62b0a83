package corpus

import (
	"strings"
	"testing"
)

// scrapedPage builds the text of a scraped page of the fictional Harbour
// Times: a site menu and a newsletter pitch that no fixed pattern knows,
// around the story's own paragraphs.
func scrapedPage(title, date string, body ...string) string {
	lines := []string{
		"Harbour Times",
		"Ottawa Toronto Vancouver Calgary Montreal Halifax Winnipeg Regina",
		date,
		title,
	}
	lines = append(lines, body...)
	lines = append(lines,
		"The Harbour Briefing, our morning letter, lands at six on every weekday.",
		"Top stories",
		"© 2022 Harbour Times. All rights reserved.",
	)
	return strings.Join(lines, "\n\n")
}

func TestLearnTemplates(t *testing.T) {
	pages := []string{
		scrapedPage("Police clear the Ambassador Bridge", "13 Feb, 2022 10:05",
			"Police in Windsor, Ontario, moved on Sunday to clear the last protesters from the Ambassador Bridge after a six-day blockade.",
			"The Harbour Briefing, our morning letter, lands at six on every weekday.",
			"Officers made several arrests and towed vehicles that had blocked the road to the busiest border crossing between Canada and the United States."),
		scrapedPage("Trudeau invokes the Emergencies Act", "14 Feb, 2022 18:20",
			"Prime Minister Justin Trudeau invoked the Emergencies Act on Monday for the first time since it became law in 1988.",
			"The measures let banks freeze accounts linked to the protests without a court order, the finance minister said."),
	}
	var items []*item
	for i, p := range pages {
		raw := normalizeText([]byte(p))
		a, err := parseText("harbour/"+string(rune('a'+i))+".txt", raw, nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.Format != "scraped" || a.Outlet != "Harbour Times" {
			t.Fatalf("page %d: format %q, outlet %q", i, a.Format, a.Outlet)
		}
		items = append(items, &item{a: a, raw: raw})
	}
	// The first pass keeps the newsletter pitch inside the first story.
	if !strings.Contains(items[0].a.Text, "Harbour Briefing") {
		t.Fatalf("first pass already removed the pitch; the test needs a line only the template finds:\n%s", items[0].a.Text)
	}
	learnTemplates(items)
	for i, it := range items {
		if strings.Contains(it.a.Text, "Harbour Briefing") {
			t.Errorf("page %d keeps the template line:\n%s", i, it.a.Text)
		}
		if it.a.Title == "" || !strings.Contains(it.a.Text, "day") && !strings.Contains(it.a.Text, "Monday") {
			t.Errorf("page %d lost its story:\n%s", i, it.a.Text)
		}
	}
	if !strings.Contains(items[0].a.Text, "Officers made several arrests") {
		t.Errorf("the paragraph after the template line was lost:\n%s", items[0].a.Text)
	}
}

func TestTemplateSparesTitlesAndClean(t *testing.T) {
	// Three clean articles of one outlet; one quotes another's title as a
	// teaser. Titles are never template, and a shared sign-off is.
	mk := func(path, title, body string) *item {
		return &item{a: Article{Outlet: "Keystone Wire", Format: "json", Title: title, Text: body, Source: Source{Path: path}}}
	}
	items := []*item{
		mk("a", "Rams win the Super Bowl", "The Rams beat the Bengals 23-20 in Inglewood on Sunday.\n\nReporting by Keystone staff; editing by the sports desk"),
		mk("b", "Valieva cleared to skate", "The court let Kamila Valieva compete in Beijing.\n\nRams win the Super Bowl\n\nReporting by Keystone staff; editing by the sports desk"),
		mk("c", "Police clear the bridge", "Police cleared the Ambassador Bridge on Sunday.\n\nReporting by Keystone staff; editing by the sports desk"),
	}
	learnTemplates(items)
	for _, it := range items {
		if strings.Contains(it.a.Text, "Reporting by") {
			t.Errorf("%s keeps the sign-off: %q", it.a.Source.Path, it.a.Text)
		}
	}
	if !strings.Contains(items[1].a.Text, "Rams win the Super Bowl") {
		// It recurs in only two articles (as a title and a teaser), under
		// the threshold for clean articles.
		t.Errorf("teaser removed under the threshold: %q", items[1].a.Text)
	}
}

// TestTemplateSparesTranscriptLabels: a host's label line recurs in every
// episode's transcript, and within each; it is the transcript's
// structure, not furniture, and stays. A sign-off shared the same way,
// once an article, goes.
func TestTemplateSparesTranscriptLabels(t *testing.T) {
	mk := func(path, guest string) *item {
		body := strings.Join([]string{
			"ana ruiz", "From the Alden Ledger, I’m Ana Ruiz.",
			guest, "The vote comes on Monday.",
			"ana ruiz", "And then?",
			guest, "Then the bridge closes.",
			"The Ledger's podcast is produced by the audio desk.",
		}, "\n\n")
		return &item{a: Article{Outlet: "Alden Ledger", Format: "json", Title: "Episode " + path, Text: body, Source: Source{Path: path}}}
	}
	items := []*item{mk("a", "tom k. ferris jr."), mk("b", "mara quill"), mk("c", "tom k. ferris jr."), mk("d", "tom k. ferris jr.")}
	learnTemplates(items)
	for _, it := range items {
		if strings.Count(it.a.Text, "ana ruiz") != 2 {
			t.Errorf("%s lost the host's labels: %q", it.a.Source.Path, it.a.Text)
		}
		if it.a.Source.Path != "b" && strings.Count(it.a.Text, "tom k. ferris jr.") != 2 {
			t.Errorf("%s lost the guest's labels, with initials and a suffix: %q", it.a.Source.Path, it.a.Text)
		}
		if strings.Contains(it.a.Text, "podcast is produced") {
			t.Errorf("%s keeps the sign-off: %q", it.a.Source.Path, it.a.Text)
		}
	}
}
