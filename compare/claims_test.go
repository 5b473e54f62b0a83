package compare

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
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
	n := checkOmissions(t, res, docs)
	t.Logf("basil-dev: %d omission claims over %d events, each checked against the outlet's text", n, len(res.Events))
}
