package corpus

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/framediff/framediff/corpus/mojibake"
)

// Mojibake as real exports carry it: "’" decoded as Windows-1252 twice and
// once, "é", "í" (with its soft hyphen), "à" (with its no-break space) and
// "“", "”" once.
const (
	apos2  = "\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2" // ’ twice
	apos1  = "\u00e2\u20ac\u2122"                               // ’
	eAcute = "\u00c3\u00a9"                                     // é
	iAcute = "\u00c3\u00ad"                                     // í
	aGrave = "\u00c3\u00a0"                                     // à
	lquo   = "\u00e2\u20ac\u0153"                               // “
	rquo   = "\u00e2\u20ac\u009d"                               // ”, its last byte undefined in Windows-1252
)

// TestLoadRepairsMojibake reads one article in every input shape, each
// with mojibake in its title, text, outlet and author, and expects it
// repaired wherever it was.
func TestLoadRepairsMojibake(t *testing.T) {
	body := "Secretary of State Antony Blinken said in Honolulu on Saturday that Moscow" + apos1 + "s troops should pull back, calling the buildup " + lquo + "a serious escalation" + rquo + ". He met the foreign ministers of Japan and South Korea at the State Department" + apos2 + "s Pacific meeting."
	title := "Blinken" + apos2 + "s warning to Moscow"
	outlet := "Le Courrier de l" + apos1 + "Est"
	author := "Mar" + iAcute + "a Jos" + eAcute + " Garc" + iAcute + "a"
	wantBody := []string{"Moscow’s troops", "“a serious escalation”", "State Department’s Pacific"}

	htmlBody := strings.ReplaceAll("<p>"+body+"</p><p>Blinken and the ministers met at the Hale Koa hotel, Blinken"+apos1+"s aides said, "+aGrave+" huis clos.</p>", ". He", ".</p><p>He")
	// Each shape's text ends in its own sentence, so that none is a
	// duplicate of another.
	own := func(shape string) string { return " The " + shape + " copy was filed on Saturday." }
	jsonRec, err := json.Marshal(map[string]string{"title": title, "text": body + own("JSON"), "source": outlet, "author": author, "date": "2022-02-12"})
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"in/a.jsonl": {Data: append(jsonRec, '\n')},
		"in/b.csv":   {Data: []byte("title,text,source,author,date\n\"" + title + "\",\"" + body + own("CSV") + "\",\"" + outlet + "\",\"" + author + "\",2022-02-12\n")},
		"in/c.txt":   {Data: []byte("Outlet: " + outlet + "\nTitle: " + title + "\nAuthor: " + author + "\nDate: 2022-02-12\n\n" + body + own("text") + "\n")},
		"in/d.html": {Data: []byte(`<!doctype html><html><head><meta charset="utf-8"><title>` + title + `</title>` +
			`<meta property="og:site_name" content="` + outlet + `"><meta name="author" content="` + author + `">` +
			`<meta property="article:published_time" content="2022-02-12T10:00:00Z"></head><body><article><h1>` + title + `</h1>` +
			htmlBody + `</article></body></html>`)},
		"in/e.rss": {Data: []byte(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>` + outlet + `</title><link>https://courrier.example/</link>` +
			`<item><title>` + title + `</title><link>https://courrier.example/2022/02/12/blinken</link><author>` + author + `</author><pubDate>Sat, 12 Feb 2022 10:00:00 GMT</pubDate>` +
			`<description><![CDATA[<p>` + body + own("feed") + `</p>]]></description></item></channel></rss>`)},
	}
	set, err := LoadFS(context.Background(), fsys, "in", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Articles) == 0 {
		t.Fatalf("no articles; skipped: %v", set.Skipped)
	}
	seen := map[string]bool{}
	for _, a := range set.Articles {
		name := a.Source.Path
		seen[filepath.Base(name)] = true
		if a.Title != "Blinken’s warning to Moscow" {
			t.Errorf("%s: title %q", name, a.Title)
		}
		for _, w := range wantBody {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%s: text lacks %q:\n%s", name, w, a.Text)
			}
		}
		if strings.HasSuffix(name, ".html") && !strings.Contains(a.Text, "aides said, à huis clos") {
			t.Errorf("%s: the à of a page (Ã and a no-break space) not repaired:\n%s", name, a.Text)
		}
		if strings.ContainsAny(a.Text+a.Title+a.Outlet+a.Author, "ÃÂâ€") {
			t.Errorf("%s: mojibake left: title %q, outlet %q, author %q, text %q", name, a.Title, a.Outlet, a.Author, a.Text)
		}
		// Outlets are unified over the whole load and a feed names its
		// outlet after its own title: all hold the repaired name.
		if a.Outlet != "Le Courrier de l’Est" {
			t.Errorf("%s: outlet %q", name, a.Outlet)
		}
		if a.Author != "" && a.Author != "María José García" {
			t.Errorf("%s: author %q", name, a.Author)
		}
	}
	for _, s := range set.Skipped {
		t.Errorf("skipped %s: %s", s.Source, s.Reason)
	}
	for _, f := range []string{"a.jsonl", "b.csv", "c.txt", "d.html", "e.rss"} {
		if !seen[f] {
			t.Errorf("%s: no article", f)
		}
	}
}

// TestMojibakeBasilDev loads basil-dev as the command does: the titles of
// its distractor file that hold mojibake ("Romney" + "’" decoded twice +
// "s trip") come out repaired.
func TestMojibakeBasilDev(t *testing.T) {
	dir := sharedPath(t, "data/basil-dev")
	set, err := Load(context.Background(), []string{filepath.Join(dir, "basil.jsonl"), filepath.Join(dir, "distractors.jsonl")}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range set.Articles {
		if strings.HasPrefix(a.Title, "Romney") && strings.Contains(a.Title, "’s trip") {
			found = true
		}
		for field, s := range map[string]string{"title": a.Title, "text": a.Text, "outlet": a.Outlet} {
			if i := strings.Index(s, "Ã¢â‚¬"); i >= 0 || strings.Contains(s, "â€") {
				t.Errorf("%s: %s holds mojibake: %q", a.Source, field, clip(s, 200))
			}
		}
	}
	if !found {
		t.Error("no title reads Romney’s trip: the distractor's title was not repaired")
	}
}

// TestMojibakeABP loads the Article-Bias-Prediction corpus, which holds
// mojibake once and twice over and C1 controls from a Latin-1 decoder,
// counts the records whose title or text the repair changes, and expects
// none of the tell-tale sequences left in what Load returns.
func TestMojibakeABP(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the ABP corpus takes seconds")
	}
	path := sharedPath(t, "data/abp/articles.jsonl.gz")
	var records, articles, titles, texts, double int
	eachABP(t, path, func(title, text string) {
		records++
		ti, tx := mojibake.Repair(title) != title, mojibake.Repair(text) != text
		if ti {
			titles++
		}
		if tx {
			texts++
		}
		if ti || tx {
			articles++
		}
		if strings.Contains(title+text, "Ã¢â‚¬") {
			double++
		}
	})

	set, err := Load(context.Background(), []string{path}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// "â€" before an ASCII character is lossy mojibake: the third byte
	// of "—" or "”" was replaced, and which one it was is unknown, so it
	// stays (and is counted); the complete sequences must all be gone.
	left, lossy := 0, 0
	for _, a := range set.Articles {
		for _, bad := range []string{"Ã¢â‚¬", "â€™", "â€œ", "â€˜"} {
			if strings.Contains(a.Title, bad) || strings.Contains(a.Text, bad) {
				left++
				if left <= 10 {
					i := strings.Index(a.Text, bad)
					t.Errorf("%s: %q left in the text near %q", a.Source, bad, clip(a.Text[max(0, i-40):], 100))
				}
				break
			}
		}
		if strings.Contains(a.Title+a.Text, "â€") {
			lossy++
		}
	}
	t.Logf("abp: mojibake: %d records, %d with double mojibake; repair changes %d articles (%d titles, %d texts); %d articles loaded, %d with mojibake left, %d with a lossy \"â€\" left",
		records, double, articles, titles, texts, len(set.Articles), left, lossy)
	if double == 0 || articles < double {
		t.Errorf("%d records hold double mojibake, %d repaired: the file is not the one measured", double, articles)
	}
}

// eachABP calls fn with the title and text of every record of the
// Article-Bias-Prediction corpus at path (JSON lines, gzipped).
func eachABP(t *testing.T, path string, fn func(title, text string)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 16<<20)
	for n := 1; sc.Scan(); n++ {
		var rec struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s: record %d: %v", path, n, err)
		}
		fn(rec.Title, rec.Text)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
