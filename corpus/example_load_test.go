package corpus_test

import (
	"context"
	"fmt"
	"testing/fstest"

	"github.com/framediff/framediff/corpus"
)

func ExampleLoadFS() {
	fsys := fstest.MapFS{
		"in/honolulu.txt": {Data: []byte("Outlet: Keystone Wire\nDate: 2022-02-12T22:15:00Z\nTitle: Blinken urges Moscow to de-escalate\n\n" +
			"Secretary of State Antony Blinken said in Honolulu on Saturday that Russia should de-escalate.\n")},
		"in/export.jsonl": {Data: []byte(
			`{"title": "Lavrov accuses US of propaganda", "date": "2022-02-12", "source": "Vostok Review", "text": "Sergey Lavrov told Blinken by phone that the US was waging a propaganda campaign."}` + "\n" +
				`{"title": "cut off", "text": "The line ends in the mid` + "\n")},
		"in/copy.txt": {Data: []byte("Outlet: Keystone Wire\nDate: 2022-02-12T22:15:00Z\nTitle: Blinken urges Moscow to de-escalate\n\n" +
			"Secretary of State Antony Blinken said in Honolulu on Saturday that Russia should de-escalate.\n")},
		"in/logo.png": {Data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
	}
	set, err := corpus.LoadFS(context.Background(), fsys, "in", corpus.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range set.Articles {
		fmt.Printf("%s | %s | %s | %s | %s\n", a.Source, a.Format, a.Outlet, a.Published.Format("2006-01-02"), a.Title)
	}
	for _, s := range set.Skipped {
		fmt.Printf("skipped %s: %s\n", s.Source, s.Reason)
	}
	// Output:
	// in/export.jsonl#1 | jsonl | Vostok Review | 2022-02-12 | Lavrov accuses US of propaganda
	// in/copy.txt | text | Keystone Wire | 2022-02-12 | Blinken urges Moscow to de-escalate
	// skipped in/export.jsonl#2: line 2: invalid JSON: unexpected EOF
	// skipped in/honolulu.txt: duplicate of in/copy.txt (same text)
	// skipped in/logo.png: binary file (image/png), not text
}

func ExampleDetectFormat() {
	for _, in := range []struct{ name, data string }{
		{"page.txt", "<!DOCTYPE html><html><body><p>Text</p></body></html>"},
		{"export.json", "{\"title\": \"a\"}\n{\"title\": \"b\"}\n"},
		{"-", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`},
		{"", "title\tdate\ttext\n"},
		{"notes.txt", "Outlet: Keystone Wire\n\nText."},
	} {
		fmt.Println(corpus.DetectFormat(in.name, []byte(in.data)))
	}
	// Output:
	// html
	// jsonl
	// feed
	// tsv
	// text
}

func ExampleParseText() {
	a, err := corpus.ParseText("vostok-review/honolulu.txt", []byte(`Home › World
13 Feb, 2022 08:15
Blinken repeats invasion warnings in Hawaii
Antony Blinken said in Honolulu that Moscow “should de-escalate, rather than escalate.”
Sergey Lavrov said the US was waging “a propaganda campaign” against Russia.
Read more
Top stories
© 2022 Vostok Review. All rights reserved.
Accept cookies
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Format, "|", a.Outlet, "|", a.Published.Format("2006-01-02 15:04"), "|", a.Title)
	fmt.Println(a.Text)
	// Output:
	// scraped | Vostok Review | 2022-02-13 08:15 | Blinken repeats invasion warnings in Hawaii
	// Antony Blinken said in Honolulu that Moscow “should de-escalate, rather than escalate.”
	//
	// Sergey Lavrov said the US was waging “a propaganda campaign” against Russia.
}
