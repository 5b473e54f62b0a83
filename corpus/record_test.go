package corpus

import (
	"strings"
	"testing"
)

// TestRecordShapes maps the record shapes of real tools onto articles.
func TestRecordShapes(t *testing.T) {
	tests := []struct {
		name, in                               string
		outlet, date, title, url, author, lang string
		text                                   string // a substring
	}{
		{
			name:   "news-please",
			in:     `{"title": "Kyiv embassy staff told to leave", "maintext": "The State Department ordered most staff at the embassy in Kyiv to leave on Saturday.", "date_publish": "2022-02-12 17:05:00", "source_domain": "keystonewire.example", "url": "https://keystonewire.example/a", "authors": ["Marta Reyes", "Tom Ash"], "language": "en"}`,
			outlet: "keystonewire.example", date: "2022-02-12T17:05:00Z", title: "Kyiv embassy staff told to leave",
			url: "https://keystonewire.example/a", author: "Marta Reyes, Tom Ash", lang: "en", text: "ordered most staff",
		},
		{
			name:   "NewsAPI",
			in:     `{"source": {"id": "kw", "name": "Keystone Wire"}, "author": "Marta Reyes", "title": "Biden and Putin speak for an hour", "description": "The two presidents spoke by phone on Saturday.", "url": "https://keystonewire.example/b", "publishedAt": "2022-02-12T19:06:00Z", "content": "The two presidents spoke by phone on Saturday for about an hour… [+1200 chars]"}`,
			outlet: "Keystone Wire", date: "2022-02-12T19:06:00Z", title: "Biden and Putin speak for an hour",
			url: "https://keystonewire.example/b", author: "Marta Reyes", text: "for about an hour",
		},
		{
			name:   "Media Cloud",
			in:     `{"stories_id": 1, "media_name": "Pacific Ledger", "publish_date": "2022-02-12 13:05:00", "title": "Honolulu talks turn to North Korea", "text": "The three ministers condemned the recent missile launches.", "url": "https://pacificledger.example/c"}`,
			outlet: "Pacific Ledger", date: "2022-02-12T13:05:00Z", title: "Honolulu talks turn to North Korea", url: "https://pacificledger.example/c", text: "missile launches",
		},
		{
			name:   "Article-Bias-Prediction",
			in:     `{"ID": "x1", "topic": "world", "source": "Meridian Post", "url": "https://meridianpost.example/d", "date": "2022-02-13", "authors": "Lena Park", "title": "Blinken warns of invasion", "content_original": "Blinken said an invasion could begin at any time.", "bias_text": "left", "bias": 0}`,
			outlet: "Meridian Post", date: "2022-02-13T00:00:00Z", title: "Blinken warns of invasion", url: "https://meridianpost.example/d", author: "Lena Park", text: "at any time",
		},
		{
			name:   "simple, outlet from the URL, date as Unix seconds",
			in:     `{"title": "Lavrov call", "text": "Lavrov told Blinken the US was waging a propaganda campaign.", "url": "https://www.vostokreview.example/e", "date": "1644690000"}`,
			outlet: "vostokreview.example", date: "2022-02-12T18:20:00Z", title: "Lavrov call", url: "https://www.vostokreview.example/e", text: "propaganda campaign",
		},
		{
			name:   "date from the URL",
			in:     `{"headline": "Embassy moves to Lviv", "body": "<p>The embassy will move to Lviv.</p><p>Staff will leave Kyiv.</p>", "link": "https://dailyclarion.example/2022/02/14/lviv", "publisher": "Daily Clarion"}`,
			outlet: "Daily Clarion", date: "2022-02-14T00:00:00Z", title: "Embassy moves to Lviv", url: "https://dailyclarion.example/2022/02/14/lviv", text: "Lviv.\n\nStaff will",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, skipped := parseJSON([]byte(tt.in), Article{Format: "json", Source: Source{Path: "in.json"}})
			if len(skipped) > 0 || len(arts) != 1 {
				t.Fatalf("articles %d, skipped %v", len(arts), skipped)
			}
			a := arts[0]
			if a.Outlet != tt.outlet || a.Title != tt.title || a.URL != tt.url || a.Author != tt.author || a.Language != tt.lang {
				t.Errorf("got outlet %q title %q url %q author %q language %q", a.Outlet, a.Title, a.URL, a.Author, a.Language)
			}
			if got := a.Published.Format("2006-01-02T15:04:05Z07:00"); got != tt.date {
				t.Errorf("date %s, want %s", got, tt.date)
			}
			if !strings.Contains(a.Text, tt.text) {
				t.Errorf("text %q lacks %q", a.Text, tt.text)
			}
		})
	}
}

func TestRecordRejects(t *testing.T) {
	tests := []struct{ name, in, reason string }{
		{"unknown shape", `{"user": "u1", "clicks": 3}`, "not an article: no text field (fields: clicks, user;"},
		{"empty text", `{"title": "A headline", "text": "   "}`, "not an article: empty text (fields: text, title)"},
		{"not an object", `"just a string"`, "not an article: JSON string, not an object"},
		{"syntax", "{\n\"title\": \"x\",\n\"text\": }", "line 3: invalid JSON"},
		{"empty array", `[]`, "empty: JSON array without records"},
		{"two values", `{"text": "a b c"} {"text": "d e f"}`, "line 1: invalid JSON: more than one value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, skipped := parseJSON([]byte(tt.in), Article{Source: Source{Path: "in.json"}})
			if len(arts) != 0 || len(skipped) != 1 {
				t.Fatalf("articles %d, skipped %v", len(arts), skipped)
			}
			if !strings.HasPrefix(skipped[0].Reason, tt.reason) {
				t.Errorf("reason %q, want %q", skipped[0].Reason, tt.reason)
			}
		})
	}
}

func TestJSONWrapped(t *testing.T) {
	in := `{"response": {"status": "ok", "results": [
		{"webTitle": "Steinmeier re-elected", "webPublicationDate": "2022-02-13T15:00:00Z", "webUrl": "https://courier.example/a", "fields": {"bodyText": "Frank-Walter Steinmeier won a second term."}},
		{"webTitle": "No body here"},
		7
	]}}`
	arts, skipped := parseJSON([]byte(in), Article{Source: Source{Path: "api.json"}})
	if len(arts) != 1 || arts[0].Title != "Steinmeier re-elected" || arts[0].Source.Record != 1 {
		t.Fatalf("articles %+v", arts)
	}
	if len(skipped) != 2 || skipped[0].Source != "api.json#2" || skipped[1].Source != "api.json#3" {
		t.Fatalf("skipped %v", skipped)
	}
	if !strings.HasPrefix(skipped[1].Reason, "item 3: not an article: JSON number") {
		t.Errorf("reason %q", skipped[1].Reason)
	}
}

// TestJSONLCorruptLine checks that a bad line costs that line only.
func TestJSONLCorruptLine(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 1000; i++ {
		if i == 500 {
			b.WriteString(`{"title": "cut off", "text": "The line ends in the mid` + "\n")
			continue
		}
		b.WriteString(`{"title": "Report", "source": "Keystone Wire", "date": "2022-02-12", "text": "Blinken spoke in Honolulu on Saturday."}` + "\n")
	}
	arts, skipped := parseJSONL([]byte(b.String()), Article{Source: Source{Path: "big.jsonl"}})
	if len(arts) != 999 {
		t.Errorf("%d articles, want 999", len(arts))
	}
	if len(skipped) != 1 || skipped[0].Source != "big.jsonl#500" || !strings.HasPrefix(skipped[0].Reason, "line 500: invalid JSON") {
		t.Errorf("skipped %v", skipped)
	}
	if arts[499].Source.Record != 501 {
		t.Errorf("record after the bad line is numbered %d, want 501", arts[499].Source.Record)
	}
}

func TestCSV(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		comma  rune
		titles []string
		skips  []string
	}{
		{
			name:   "quoted multi-line CSV",
			in:     "Title,Published At,Text,Outlet\n\"Blinken in Honolulu\",2022-02-12,\"He spoke, briefly.\n\nThen left.\",Keystone Wire\nSecond,2022-02-13,Plain text here.,Meridian Post\n",
			comma:  ',',
			titles: []string{"Blinken in Honolulu", "Second"},
		},
		{
			name:   "CSV with a lazy quote and a short row",
			in:     "title,text,source\nA \"quoted\" word,Some text here.,X\nShort row\n",
			comma:  ',',
			titles: []string{`A "quoted" word`},
			skips:  []string{"line 3: not an article: empty text"},
		},
		{
			name:   "unquoted TSV with a leading quote mark",
			in:     "title\ttext\tsource\n\"Propaganda campaign\" says Lavrov\tLavrov spoke to Blinken.\tVostok Review\n",
			comma:  '\t',
			titles: []string{`"Propaganda campaign" says Lavrov`},
		},
		{
			name:   "spreadsheet TSV with quoting",
			in:     "title\ttext\n\"Tab\tin title\"\t\"Line one.\nLine two.\"\n",
			comma:  '\t',
			titles: []string{"Tab in title"},
		},
		{
			name:  "header without known fields",
			in:    "a,b,c\n1,2,3\n",
			comma: ',',
			skips: []string{"not an article (a label table): no column holds article text (1 record; columns: a, b, c)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, skipped := parseCSV([]byte(tt.in), tt.comma, Article{Source: Source{Path: "in"}})
			var titles, skips []string
			for _, a := range arts {
				titles = append(titles, a.Title)
			}
			for _, s := range skipped {
				skips = append(skips, s.Reason)
			}
			if strings.Join(titles, "|") != strings.Join(tt.titles, "|") {
				t.Errorf("titles %q, want %q", titles, tt.titles)
			}
			if len(skips) != len(tt.skips) {
				t.Fatalf("skipped %q, want %q", skips, tt.skips)
			}
			for i := range skips {
				if !strings.HasPrefix(skips[i], tt.skips[i]) {
					t.Errorf("skip %q, want %q", skips[i], tt.skips[i])
				}
			}
		})
	}
}

func TestFeedOutlet(t *testing.T) {
	tests := []struct{ title, link, want string }{
		{"Keystone Wire - World News", "https://keystonewire.example/world", "Keystone Wire"},
		{"World | The Meridian Post", "https://meridianpost.example/", "The Meridian Post"},
		{"Granite Times: Europe", "https://granitetimes.example/europe", "Granite Times"},
		{"Pacific Ledger", "https://pacificledger.example/", "Pacific Ledger"},
		{"", "https://www.dailyclarion.example/rss", "dailyclarion.example"},
	}
	for _, tt := range tests {
		if got := feedOutlet(tt.title, tt.link); got != tt.want {
			t.Errorf("feedOutlet(%q, %q) = %q, want %q", tt.title, tt.link, got, tt.want)
		}
	}
}

func TestMarkup(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>One &amp; two.</p><p>Three&#8217;s four.</p>", "One & two.\n\nThree’s four."},
		{"First line<br>second line<br/><br/>third", "First line\n\nsecond line\n\nthird"},
		{"<div>Text<script>var x = '<p>no</p>';</script> after</div>", "Text after"},
		{"AT&T and 3 < 4 stay as they are", "AT&T and 3 < 4 stay as they are"},
		{"Plain\n\n\n\nparagraphs", "Plain\n\nparagraphs"},
		{"<ul><li>a point here</li><li>another</li></ul>", "a point here\n\nanother"},
	}
	for _, tt := range tests {
		if got := cleanField(tt.in); got != tt.want {
			t.Errorf("cleanField(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name, data string
		want       Format
	}{
		{"page.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", FormatHTML},
		{"saved", "\ufeff  <html lang=en>", FormatHTML},
		{"x.html", "Some text first <p>then markup</p>", FormatHTML},
		{"feed.xml", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, FormatFeed},
		{"a.txt", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>`, FormatFeed},
		{"a.json", `{"title": "x"}`, FormatJSON},
		{"a.json", "{\"title\": \"x\"}\n{\"title\": \"y\"}\n", FormatJSONL},
		{"a.jsonl", "{\"title\": \"x\"}\n{\"title\": \n", FormatJSONL},
		{"-", `{"version": "https://jsonfeed.org/version/1.1", "items": []}`, FormatFeed},
		{"", "title,date,text\nA,2022-02-12,B\n", FormatCSV},
		{"", "title\tdate\ttext\nA\t2022-02-12\tB\n", FormatTSV},
		{"notes.txt", "Outlet: Keystone Wire\n\nBody, with a comma, or two.", FormatText},
		{"data.csv", "anything", FormatCSV},
		{"x.md", "# Heading\n\nText.", FormatText},
	}
	for _, tt := range tests {
		if got := DetectFormat(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("DetectFormat(%q, %.30q) = %s, want %s", tt.name, tt.data, got, tt.want)
		}
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name, in, want, note string
	}{
		{"utf-8", "Kyiv’s embassy", "Kyiv’s embassy", ""},
		{"utf-8 with a byte-order mark", "\xef\xbb\xbftitle,text", "title,text", ""},
		{"windows-1252", "Kyiv\x92s embassy \x96 closed", "Kyiv’s embassy – closed", "not UTF-8: decoded as Windows-1252"},
		{"one bad byte in UTF-8", "Zelensky’s “call” \xff for — unity", "Zelensky’s “call” \uFFFD for — unity", "invalid UTF-8 repaired: 1 bytes replaced"},
		{"utf-16le", "\xff\xfeK\x00y\x00i\x00v\x00", "Kyiv", "decoded from UTF-16"},
	}
	for _, tt := range tests {
		got, note := decodeText([]byte(tt.in))
		if got != tt.want || note != tt.note {
			t.Errorf("%s: decodeText = %q, %q; want %q, %q", tt.name, got, note, tt.want, tt.note)
		}
	}
}
