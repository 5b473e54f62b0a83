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

// TestUnglueSentences: sentences a scraper glued together get their space
// back; initials, abbreviations, decimals, domain names and ellipses are
// left as they are.
func TestUnglueSentences(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The council met last week.Also on the agenda was the toll.", "The council met last week. Also on the agenda was the toll."},
		{"“We will respond,” she said.“It is not over.”", "“We will respond,” she said. “It is not over.”"},
		{`The mayor "will not resign," the aide told reporters."She has done nothing wrong."`, `The mayor "will not resign," the aide told reporters. "She has done nothing wrong."`},
		{"Is it over?No one knows.", "Is it over? No one knows."},
		{`Officials found "no sign" of troops.They had looked.`, `Officials found "no sign" of troops. They had looked.`},
		{`No troops were found."(The threats) are words," he said.`, `No troops were found. "(The threats) are words," he said.`},
		{"The vote was close.(Turnout was low.)", "The vote was close. (Turnout was low.)"},
		{"Die Sitzung ist vorbei.Morgen geht es weiter.", "Die Sitzung ist vorbei. Morgen geht es weiter."},
		{"The U.S.The E.U. and Japan agreed.", "The U.S.The E.U. and Japan agreed."},
		{"Some cities, e.g.Toronto, charge tolls.", "Some cities, e.g.Toronto, charge tolls."},
		{"Mr.Smith spoke first.", "Mr.Smith spoke first."},
		{"Growth was 2.5 percent.", "Growth was 2.5 percent."},
		{"See www.example.com for details.", "See www.example.com for details."},
		{"He paused...Then he spoke.", "He paused...Then he spoke."},
		{"Write to Jane.Doe@example.com with tips.", "Write to Jane.Doe@example.com with tips."},
		{"The group runs TollWatch.Org, a site.", "The group runs TollWatch.Org, a site."},
		{"Its site is tolls.gov/news.Today it said nothing.", "Its site is tolls.gov/news.Today it said nothing."},
		{"No glue here. None at all.", "No glue here. None at all."},
	}
	for _, tc := range tests {
		if got := unglueSentences(tc.in); got != tc.want {
			t.Errorf("unglueSentences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzUnglueSentences: the repair only inserts spaces, each after a stop
// or a quotation mark, and a second pass finds nothing more to do.
func FuzzUnglueSentences(f *testing.F) {
	for _, s := range []string{"met last week.Also on", `told reporters."She has`, "said.”It", "Jane.Doe@example.com", "ab.Cd.Ef"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := unglueSentences(s)
		if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(s, " ", "") {
			t.Fatalf("unglueSentences(%q) = %q: changed more than spaces", s, got)
		}
		if again := unglueSentences(got); again != got {
			t.Fatalf("unglueSentences is not idempotent on %q: %q then %q", s, got, again)
		}
	})
}

// TestUnglueABP measures how often real scraped news holds glued
// sentences: the articles and joins of the Article-Bias-Prediction corpus
// that unglueSentences changes.
func TestUnglueABP(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the ABP corpus takes seconds")
	}
	path := sharedPath(t, "data/abp/articles.jsonl.gz")
	var records, articles, joins int
	eachABP(t, path, func(_, text string) {
		records++
		if n := len(unglueSentences(text)) - len(text); n > 0 {
			articles++
			joins += n
		}
	})
	t.Logf("abp: glued sentences: %d of %d articles, %d joins", articles, records, joins)
	if articles == 0 {
		t.Errorf("no glued sentences in %s: the file is not the one measured", path)
	}
}

// TestFurnitureParagraph: the paragraphs of a record's text that are page
// furniture, and sentences of a story that look like some.
func TestFurnitureParagraph(t *testing.T) {
	tests := []struct {
		para      string
		furniture bool
	}{
		{"Advertisement", true},
		{"ADVERTISEMENT", true},
		{"READ MORE:", true},
		{"Download the Harbour Times app", true},
		{"Copyright © 2022 The Harbour Times, LLC. Click here for reprint permission.", true},
		{"Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP", true},
		{"The mayor speaks to reporters outside city hall on Monday. (Photo: Jane Roe, Getty Images)", true},
		{"The mayor walked out of the meeting on Monday. | Jane Roe/AP Photo", true},
		{"Councillors balked at the costs. | Getty Images Toll plan stalls", true},
		{"The vote split the council 5 | 4, a reporter wrote.", false},
		{"Councillor Ana Ruiz speaks during a rally in Alden, May 3, 2017. REUTERS/Jane Roe/File Photo", true},
		{"The mayor waves to supporters in Alden on Dec. 29, 2019. Jane Roe—AFP/Getty Images)", true},
		{"FILE PHOTO: Commuters board a ferry in Alden harbour, June 18, 2016.", true},
		{"FILE PHOTO - The toll bridge at dawn.", true},
		{"Officials told REUTERS/Ipsos pollsters and AFP that the bridge would reopen in May.", false},
		{"Photos: The toll bridge at fifty The toll bridge at fifty – Commuters cross the bridge on its opening day in 1972. Hide Caption 1 of 12 Photos: The toll bridge at fifty", true},
		{"“We will keep the tolls,” the mayor said at the ribbon cutting. Hide Caption 4 of 6", true},
		{"The council voted to hide caption boards on the bridge, 4 of 6 members agreeing.", false},
		{"JUST WATCHED Truckers block border bridge Replay More Videos ... MUST WATCH Truckers block border bridge 02:41", true},
		{"This website uses cookies to improve your experience.", true},
		{"Related stories", true},
		{"The council said the cookie stand was using the square without a permit.", false},
		{"Toll Plan Stalls as Councillors Balk at Costs", false},
		{"Sign up for the Harbour Daily newsletter and never miss the best of the Harbour Times.", true},
		{"Get our Politics Newsletter. Sign up to receive the day's most important stories. Choose your country Alden Bravia Corvenia", true},
		{"Subscribe to the whole series via our free weekly newsletter and follow us on Twitter @HarbourTimes.", true},
		{"Follow us on Twitter", true},
		{"Share All sharing options for: Toll plan stalls as councillors balk at the costs of the harbour bridge", true},
		{"Share this sharing options for: Toll plan stalls", true},
		{"Sharing options", true},
		{"Share via Email", true},
		{"Shares of Alden Tools fell 3 percent on Monday, and sharing options for the ferry were discussed.", false},
		{"Share your ferry stories with the council, the mayor said on Monday.", false},
		{"Toll plan:Councillors balk at the costs of the bridge", true},
		{"'Not one cent':Mayor vows to fight the harbour toll", true},
		{"The vote was set for 4:08 p.m., the clerk said:Monday, not Tuesday.", false},
		{"See https://harbourtimes.example/toll for the council's report.", false},
		{"CLOSE Dana Vance rallies 2,600 supporters in Alden, where ballots will be mailed to every voter. Video provided by Harbour Newslook", true},
		{"CLOSE the bridge, the councillors said, until the tolls are paid.", false},
		{"Like us on Facebook.", true},
		{"Support local journalism. Subscribe to The Harbour Times today.", true},
		{"Every day at the Harbour Times, we aim to answer your most pressing questions. Our mission has never been more vital. Your financial contribution will not constitute a donation, but it will enable our staff to keep offering free articles and podcasts. Please consider making a contribution to the Harbour Times today.", true},
		{"The Alden Ledger works hard to hold the council to account. For as little as $3, you can help us. Make a one-time donation to support our independent journalism.", true},
		{"If you want to help the ferry crews, consider making a donation to the harbour relief fund, the mayor said.", false},
		{"“Your contribution will help us keep the pressure on the council,” the campaign's email told supporters, who were asked about its reporting.", false},
		{"Your browser does not support the iframe HTML tag. Try viewing this in a modern browser like Chrome or Firefox.", true},
		{"Your browser does not support the video tag.", true},
		{"Follow Dana Holt on Twitter at twitter.com/danaholt.", true},
		{"You can follow Dana Holt on Facebook, on Twitter at @dholt, or email him at dholt@ledger.example.", true},
		{"Write to Dana Holt at dana.holt@ledger.example and Tom Ferris at tom.ferris@ledger.example", true},
		{"Contact Dana Holt: 555-0100 or dholt@ledger.example. Follow her on Twitter @dholt.", true},
		{"Slideshow (9 Images)", true},
		{"Staff writers Dana Holt and Tom Ferris contributed to this report.", true},
		{"— Ana Ruiz in Alden contributed to this article.", true},
		{"Photographer: Dana Holt/Harbor Wire Photographer: Dana Holt/Harbor Wire", true},
		{"Five agencies contributed to the report, which found the toll unfair.", false},
		{"The council said the ferry crews contributed to this report's findings on safety.", false},
		{"Politics Toll Plan Stalls As Councillors Balk Toll Plan Stalls As Councillors Balk Listen · 3:58 3:58", true},
		{"Listen to the council's debate, which ran to 3:58 in the morning.", false},
		{"The Alden Institute supports the Ledger's journalism. Please consider giving a generous end-of-year contribution. Your gift will fuel our mission.", true},
		{"The island could consider giving up its claim if the council removed the toll, the mayor said.", false},
		{"Follow the money, the mayor said on Twitter, and you will find the toll.", false},
		{"Contact tracing teams at the council reached 40 people, officials said.", false},
		{"Email records show the mayor wrote to dholt@ledger.example about the toll in May.", false},
		{"Sign up rates for the ferry pass rose by a fifth this year, the council said.", false},
		{"COUNTDOWN TO THE VOTE The race starts now. Stay in the know. Follow our election coverage. Email Sign Up By signing up you agree to receive email newsletters or alerts from THE HARBOUR TIMES. You can unsubscribe at any time.", true},
		{"Ferry Pass newsletter Your guide to the harbour — weekday mornings, in your inbox. Email Sign Up By signing up, you agree to our Privacy Policy.", true},
		{"Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP", true},
		{"Enlarge this image Dana Hale/Harbor Wire Dana Hale/Harbor Wire", true},
		{"Enlarge this image and others like it, the council said, by using the library's scanner.", false},
		{"By signing up the ferry crews, the council said, it would keep the service running through the winter.", false},
		{"Subscribers to the ferry pass will pay more from March, the council said.", false},
		{"Update at 4:08 p.m. The premier responds:", false},
		{"Read more about the toll plan in the council's report, which was published on Monday.", false},
		{"The photo agency's lawyers said the image was used without consent.", false},
		{"Toll plan stalls as councillors balk at costs Read more", true},
		{"Can the harbour bridge pay for itself? Read more", true},
		{"Why the harbour toll failed | Jane Roe Read More", true},
		{"Subscribers can read more", false},
		{"RELATED: Harbour Toll Plan Stalls As Councillors Balk", true},
		{"Related:", true},
		{"MORE: Why the ferry timetable changed again", true},
		{"READ: The council is accusing ferry crews of “sabotaging” the timetable", true},
		{"Read: Why the harbour toll failed", true},
		{"See: Why ferry stocks are not keeping up with fuel prices", true},
		{"Read the council's report, published on Monday: it found the toll would raise half of what was promised.", false},
		{"See the council's report for the figures.", false},
		{"Harbor Wire writers Dana Holt and Tom Ferris contributed.", true},
		{"Five agencies contributed.", false},
		{"Click here for more from the Alden Ledger.", true},
		{"Click Here Get the App with Special Alerts on Breaking News!", true},
		{"Twitter: @dholt", true},
		{"Follow us on Twitter @HarbourOpinion.", true},
		{"Watch Opinions videos:", true},
		{"Clicking here, the mayor said, would open the gate.", false},
		{"Harbor Wire writer Dana Holt contributed from Alden.", true},
		{"(Pixabay)", true},
		{"(APPLAUSE)", true},
		{"(The council has not said when it will vote.)", false},
		{"(He did not respond.)", false},
		{"[Read more: Council delays toll vote to March]", true},
		{"(Read more about how ferry riders reacted to the toll.)", true},
		{"(Also on Harbour Times: Ferry fares to rise in spring)", true},
		{"Related: the council's own report, published on Monday, found that the toll would raise less than half of what the mayor had promised, and the ferry company said it would sue the city over the plan.", false},
		{"More than 40 councillors voted for the plan.", false},
		{"Also on the ferry: bicycles, prams and a brass band, the clerk said.", false},
		{"Earlier on Tuesday Mr Roe wrote: \"The toll is dead.\"", false},
		{"(Read more) The council met on Monday.", false},
		{"FILE - In this March 3, 2021, file photo, the mayor walks out of city hall in Harbourton. The council delayed its vote on Monday. (AP Photo/Jane Roe, File)", true},
		{"Ferry riders wait at the pier, Monday, March 1, 2021. (Jane Roe/Reuters)", true},
		{"(Nadia al-Roe/Getty Images)", true},
		{"Students on the Alden campus in 2009 (Reuters photo: Jane Roe)", true},
		{"Then-Mayor Tom Hale in 2011 (Reuters file photo: Jane Roe)", true},
		{"(Reuters: Jane Roe)", true},
		{"Photo illustration by the Harbour Times. Photos by Jane Roe/Alden Images.", true},
		{"Photograph by Jane Roe/AFP/Getty Images.", true},
		{"Illustration by Tom Hale", true},
		{"Image courtesy of the Ferris campaign", true},
		{"Photos by the council show the bridge was cracked before the storm.", false},
		{"The council voted (see: Harbour Times Report)", false},
		{"The mayor at city hall on Monday. (Harbour County Sheriff's Office via AP)", true},
		{"The mayor, left, at the pier. (Jane Roe/Harbour Times via AP)", true},
		{"Most voters back the toll, a poll found. (Reuters/Ipsos)", false},
		{"The plan is online. (see hbr.example/2Abc)", false},
		{"Two parties backed the bill (Harbour Party/Green Party).", false},
		{"The clerk said the council would publish its report on the toll plan, the ferry and the buses on Monday, and that anyone who wanted to could read more of it online. Read more", false},
		{"This article originally appeared in the Alden Courier.", true},
		{"Editor's note: The following column first appeared on HarbourWatch.example. It is republished with permission.", true},
		{"This story was published in partnership with the Ferry Desk, a nonprofit newsroom.", true},
		{"Originally published on March 3, 2021. Updated on March 5, 2021.", true},
		{"Excerpted from \"The Toll Road\" by Ana Ruiz. Copyright © 2021 by Ana Ruiz. Reprinted with permission of Harbour Press.", true},
		{"Adapted from Tom Hale's monologue on \"The Hale Hour\" on June 9, 2021.", true},
		{"Content created by the Harbour News Foundation is available without charge to any eligible news publisher. For licensing opportunities of our original content, please contact licensing@harbour.example.", true},
		{"This is a rush transcript. Copy may not be in its final form.", true},
		{"Harbour Radio transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated.", true},
		{"The report was first published by the inspector general in 2019 and found that the bridge was unsafe.", false},
		{"Adapted from a 1950s design, the new ferry carries 300 passengers and was built in Alden.", false},
		{"In a message to me (reprinted with permission), the mayor wrote that the toll was dead.", false},
		{"According to a rush transcript released by the council, the mayor said the toll was dead.", false},
		{"The council said the licensing of ferry operators would be reviewed in March.", false},
	}
	for _, tc := range tests {
		if got := furnitureParagraph(tc.para); got != tc.furniture {
			t.Errorf("furnitureParagraph(%q) = %v, want %v", tc.para, got, tc.furniture)
		}
	}
}

// TestRecordDropsFurniture: a record's text loses the furniture
// paragraphs a scraper kept, and keeps the story's.
func TestRecordDropsFurniture(t *testing.T) {
	rec := `{"title": "Council delays toll vote", "source": "Harbour Times", "date": "2022-02-14",
	"text": "The council delayed its vote on the toll plan on Monday.\n\nAdvertisement\n\nCouncillors said the costs were still unclear.\n\nEnlarge this image toggle caption Jane Roe/AP Jane Roe/AP\n\nA new vote is set for March."}`
	arts, skipped := parseJSON([]byte(rec), Article{Source: Source{Path: "council.json"}})
	if len(arts) != 1 {
		t.Fatalf("parseJSON: %d articles, skipped %v", len(arts), skipped)
	}
	want := "The council delayed its vote on the toll plan on Monday.\n\nCouncillors said the costs were still unclear.\n\nA new vote is set for March."
	if arts[0].Text != want {
		t.Errorf("text %q, want %q", arts[0].Text, want)
	}
}

// TestPageAndRecordFurniture: the same text gives the same article text
// whether it comes as a record's field or as a text file, whose lines
// the page classifier reads. want is what is left of the middle
// paragraph, nothing when it is furniture.
func TestPageAndRecordFurniture(t *testing.T) {
	const lead = "The council delayed its vote on the toll plan on Monday."
	const tail = "A new vote is set for March."
	tests := []struct {
		name, para, want string
	}{
		{"teaser", "Why the harbour toll failed, and what the council must now do about the bridge, the ferry and the buses | Jane Roe Read more", ""},
		{"labelled teaser", "RELATED: Why the harbour toll failed, and what the council must now do about the bridge, the ferry and the buses", ""},
		{"teaser in brackets", "[Read more: Why the harbour toll failed, and what the council must now do about the bridge, the ferry and the buses]", ""},
		{"wire caption", "FILE - In this March 3, 2021, file photo, the mayor walks out of city hall in Harbourton after the council delayed its vote. (AP Photo/Jane Roe, File)", ""},
		{"teaser after a paragraph", "Councillors said the costs were still unclear. (RELATED: Ferry Fares To Rise As Toll Plan Stalls [VIDEO])", "Councillors said the costs were still unclear."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := lead + "\n\n" + tc.para + "\n\n" + tail
			want := lead + "\n\n" + tail
			if tc.want != "" {
				want = lead + "\n\n" + tc.want + "\n\n" + tail
			}
			if got := cleanRecordText(text); got != want {
				t.Errorf("record text %q, want %q", got, want)
			}
			a, err := ParseText("harbour-times/toll.txt", []byte("Title: Council delays toll vote\n\n"+text))
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != want {
				t.Errorf("page text %q, want %q", a.Text, want)
			}
		})
	}
}

// TestPageHTMLTeaserTail: a web page's paragraph loses a teaser in
// brackets after its last sentence, as a record's and a text file's do.
func TestPageHTMLTeaserTail(t *testing.T) {
	page := `<html><head><title>Council delays toll vote</title></head><body><article>
<h1>Council delays toll vote</h1>
<p>The council delayed its vote on the toll plan on Monday, after a long meeting in which councillors from every ward asked the clerk what the bridge would cost.</p>
<p>Councillors said the costs were still unclear, and that the ferry company had not answered their letters. (RELATED: <a href="/ferry">Ferry Fares To Rise As Toll Plan Stalls</a>)</p>
<p>A new vote is set for March, when the clerk expects the council to have the figures it asked for, and the mayor said she would not wait any longer than that.</p>
</article></body></html>`
	arts, skipped := parseHTML([]byte(page), Article{Format: "html", Source: Source{Path: "toll.html"}}, nil)
	if len(arts) != 1 {
		t.Fatalf("parseHTML: %d articles, skipped %v", len(arts), skipped)
	}
	if strings.Contains(arts[0].Text, "RELATED") || !strings.Contains(arts[0].Text, "had not answered their letters.") {
		t.Errorf("text %q: want the paragraph without its teaser", arts[0].Text)
	}
}

// TestDropTeaserTail: a teaser in brackets after a paragraph's last
// sentence goes; brackets that are part of the text stay.
func TestDropTeaserTail(t *testing.T) {
	tests := []struct{ para, want string }{
		{"The vote was delayed. (RELATED: Toll Plan Stalls As Councillors Balk)", "The vote was delayed."},
		{"The vote was delayed, the clerk said. [Related: Ferry fares to rise]", "The vote was delayed, the clerk said."},
		{"\"It is over,\" she said. (Read more: Why the toll failed).", "\"It is over,\" she said."},
		{"The vote was delayed (the third time this year).", "The vote was delayed (the third time this year)."},
		{"Jane Roe (MORE: the clerk's deputy)", "Jane Roe (MORE: the clerk's deputy)"},
		{"(RELATED: Toll Plan Stalls)", "(RELATED: Toll Plan Stalls)"},
		{"The council met (related: a ferry vote) on Monday.", "The council met (related: a ferry vote) on Monday."},
	}
	for _, tc := range tests {
		if got := dropTeaserTail(tc.para); got != tc.want {
			t.Errorf("dropTeaserTail(%q) = %q, want %q", tc.para, got, tc.want)
		}
	}
}

// TestFurnitureABP measures the furniture paragraphs of real scraped
// news: those of the Article-Bias-Prediction corpus that a record's text
// loses, and the paragraphs that lose a teaser at their end.
func TestFurnitureABP(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the ABP corpus takes seconds")
	}
	path := sharedPath(t, "data/abp/articles.jsonl.gz")
	var records, articles, paras, furniture, tails, tailArticles int
	eachABP(t, path, func(_, text string) {
		records++
		found, tailFound := false, false
		for _, p := range textParagraphs(text) {
			paras++
			p = strings.TrimSpace(p)
			switch {
			case furnitureParagraph(p):
				furniture++
				found = true
			case dropTeaserTail(p) != p:
				tails++
				tailFound = true
			}
		}
		if found {
			articles++
		}
		if tailFound {
			tailArticles++
		}
	})
	t.Logf("abp: furniture: %d of %d paragraphs, in %d of %d articles", furniture, paras, articles, records)
	t.Logf("abp: teasers after a paragraph: %d paragraphs, in %d articles", tails, tailArticles)
	if furniture == 0 {
		t.Errorf("no furniture in %s: the file is not the one measured", path)
	}
}

func TestLeadingByline(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"names over the newsroom's",
			"Ana Ruiz and Tom Hale\n\nHARBOUR TIMES\n\nALDEN — The council delayed its vote on Monday.",
			"ALDEN — The council delayed its vote on Monday."},
		{"a list with commas and a network",
			"Ana Ruiz, Tom Hale, and Lena M. Marchetti\n\nHarbour Times Network\n\nThe council delayed its vote.",
			"The council delayed its vote."},
		{"after a headline kept in the text",
			"Council delays toll vote\n\nAna Ruiz\n\nAlden Bureau\n\nThe council delayed its vote.",
			"Council delays toll vote\n\nThe council delayed its vote."},
		{"a heading over a section is no byline",
			"What The Vote Is Over\n\nHARBOUR TIMES\n\nThe council delayed its vote.",
			"What The Vote Is Over\n\nHARBOUR TIMES\n\nThe council delayed its vote."},
		{"names over a name are no byline",
			"Ana Ruiz\n\nTom Hale\n\nThe two councillors voted no.",
			"Ana Ruiz\n\nTom Hale\n\nThe two councillors voted no."},
		{"names over a sentence are no byline",
			"Ana Ruiz and Tom Hale\n\nThey voted no on Monday.",
			"Ana Ruiz and Tom Hale\n\nThey voted no on Monday."},
		{"too far down the text",
			"The council met.\n\nIt voted.\n\nIt rose.\n\nAna Ruiz\n\nHARBOUR TIMES",
			"The council met.\n\nIt voted.\n\nIt rose.\n\nAna Ruiz\n\nHARBOUR TIMES"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := cleanRecordText(tc.text); got != tc.want {
				t.Errorf("cleanRecordText(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestBylinesABP(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the ABP corpus takes seconds")
	}
	path := sharedPath(t, "data/abp/articles.jsonl.gz")
	newsrooms := map[string]int{}
	n := 0
	eachABP(t, path, func(_, text string) {
		paras := textParagraphs(text)
		if i := leadingByline(paras); i >= 0 {
			n++
			newsrooms[strings.TrimSpace(paras[i+1])]++
		}
	})
	t.Logf("abp: %d bylines set as names over a newsroom's name, %d over USA TODAY", n, newsrooms["USA TODAY"])
	if n == 0 {
		t.Errorf("no byline in %s: the file is not the one measured", path)
	}
}
