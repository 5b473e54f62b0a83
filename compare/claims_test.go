package compare

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

// checkOmissions checks every "never mentions" claim of a result against
// the raw text of the outlet's articles in the event, as a student would:
// case-insensitive, dots removed from acronyms. It also checks that each
// claim is about a name: not a month or weekday, with a capital, without
// brackets or digits. It returns the number of claims checked.
func checkOmissions(t *testing.T, res *Result, docs []*nlp.Doc) int {
	t.Helper()
	byID := map[string]*nlp.Doc{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	plain := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, ".", "")) }
	n := 0
	for _, ev := range res.Events {
		person := map[string]bool{}
		for _, e := range ev.Entities {
			person[e.Name] = e.Type == nlp.Person
		}
		for _, u := range ev.Unique {
			for _, name := range u.Omits {
				n++
				if !strings.ContainsFunc(name, unicode.IsUpper) || strings.ContainsAny(name, "[](){}0123456789") {
					t.Errorf("event %s: %s 'never mentions' %q, which is no name", ev.ID, u.Outlet, name)
				}
				switch strings.ToLower(name) {
				case "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
					"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
					t.Errorf("event %s: %s 'never mentions' the date word %q", ev.ID, u.Outlet, name)
				}
				for _, id := range ev.Articles {
					d := byID[id]
					if d == nil || d.Outlet != u.Outlet {
						continue
					}
					// At the start of a word: "senators" does not name NATO.
					re := regexp.MustCompile(`(^|[^\p{L}\p{N}])` + regexp.QuoteMeta(plain(name)))
					if re.MatchString(plain(d.Title + "\n" + d.Text)) {
						t.Errorf("event %s: %s 'never mentions' %q, but its article %q does", ev.ID, u.Outlet, name, d.Title)
					}
					// A person's name of several words by its surname
					// alone, as a student would count "Khalilzad" as
					// naming Zalmay Khalilzad.
					if w := strings.Fields(name); len(w) >= 2 && len(w[len(w)-1]) >= 4 && person[name] {
						last := w[len(w)-1]
						if regexp.MustCompile(`(^|[^\p{L}\p{N}])` + regexp.QuoteMeta(last) + `($|[^\p{L}\p{N}])`).MatchString(d.Title + "\n" + d.Text) {
							t.Errorf("event %s: %s 'never mentions' %q, but its article %q writes %q", ev.ID, u.Outlet, name, d.Title, last)
						}
					}
					// Another form of a one-word name, capitalised:
					// "Democrats" names "Democratic", "Marine" names
					// "Marines".
					// And a party by its word before "Party":
					// "Republicans" names the Republican Party.
					one := strings.TrimSuffix(name, " Party")
					if base := strings.TrimSuffix(strings.TrimSuffix(one, "s"), "ic"); !strings.Contains(one, " ") && len(base) >= 5 {
						if regexp.MustCompile(`(^|[^\p{L}\p{N}])` + regexp.QuoteMeta(base)).MatchString(d.Title + "\n" + d.Text) {
							t.Errorf("event %s: %s 'never mentions' %q, but its article %q names %q", ev.ID, u.Outlet, name, d.Title, base)
						}
					}
				}
			}
		}
	}
	return n
}

func TestOmissionClaimsSample(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	res, err := Compare(context.Background(), docs, nil, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	n := checkOmissions(t, res, docs)
	t.Logf("sample: %d omission claims checked", n)
}

func TestOmissionClaimsBasil(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates basil-dev")
	}
	dir := filepath.Join(testcorpus.Root, "..", "shared", "data", "basil-dev")
	paths := []string{filepath.Join(dir, "basil.jsonl"), filepath.Join(dir, "distractors.jsonl")}
	if _, err := os.Stat(paths[0]); err != nil {
		t.Skipf("basil-dev is absent (%v): it is development data in ../shared beside the module, not part of it", err)
	}
	res, docs := compareFiles(t, paths...)
	n := checkOmissions(t, res, docs)
	t.Logf("basil-dev: %d omission claims over %d events, each checked against the outlet's text", n, len(res.Events))
}

// TestOmissionClaimsABP checks the omission claims of a dense month of
// real news from many outlets: the Article-Bias-Prediction articles dated
// 1 to 19 March 2020 (379 articles of 66 outlets), read as records, as
// framediff reads a JSON Lines export.
func TestOmissionClaimsABP(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates a month of ABP articles")
	}
	src := filepath.Join(testcorpus.Root, "..", "shared", "data", "abp", "articles.jsonl.gz")
	if _, err := os.Stat(src); err != nil {
		t.Skipf("the ABP articles are absent (%v): they are data in ../shared beside the module, not part of it", err)
	}
	path := filepath.Join(t.TempDir(), "march-2020.jsonl")
	if err := abpMonth(src, path, "2020-03-0", "2020-03-1"); err != nil {
		t.Fatal(err)
	}
	res, docs := compareFiles(t, path)
	n := checkOmissions(t, res, docs)
	t.Logf("abp, 1-19 March 2020: %d articles, %d omission claims over %d events, each checked against the outlet's text", len(docs), n, len(res.Events))
}

// compareFiles loads the files at paths as framediff reads them,
// annotates them and compares them with the default options.
func compareFiles(t *testing.T, paths ...string) (*Result, []*nlp.Doc) {
	t.Helper()
	ctx := context.Background()
	set, err := corpus.Load(ctx, paths, nil, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs, _, err := (&nlp.Annotator{}).Annotate(ctx, set.Articles)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Compare(ctx, docs, nil, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return res, docs
}

// abpMonth writes to out, as JSON Lines with title, date, source, url and
// text, the articles of the gzip-compressed ABP file src whose date starts
// with one of prefixes.
func abpMonth(src, out string, prefixes ...string) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for sc.Scan() {
		var a struct {
			Title  string `json:"title"`
			Date   string `json:"date"`
			Source string `json:"source"`
			URL    string `json:"url"`
			Text   string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return err
		}
		if !slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(a.Date, p) }) {
			continue
		}
		line, err := json.Marshal(a)
		if err != nil {
			return err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return os.WriteFile(out, b.Bytes(), 0o644)
}
