package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestTextGolden(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, fixtureResult(), "framediff test"); err != nil {
		t.Fatal(err)
	}
	golden(t, "fixture.txt.golden", b.Bytes())
}

// TestTextEssentials checks that the text report carries, for each
// framed outlet, its terms with z, its tone, whom it quotes and what only
// it says, and the caveat about multiple comparisons.
func TestTextEssentials(t *testing.T) {
	r := fixtureResult()
	var b bytes.Buffer
	if err := Text(&b, r, "framediff test"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	flat := strings.Join(strings.Fields(out), " ")
	for _, ev := range r.Events {
		if len(ev.Terms) == 0 {
			continue
		}
		for _, term := range ev.Terms[:1] {
			if !strings.Contains(flat, term.Term) {
				t.Errorf("term %q of %s missing", term.Term, term.Outlet)
			}
		}
		for _, q := range ev.Quotes {
			if len(q.Speakers) > 0 && q.Speakers[0].Name != "" && !strings.Contains(flat, q.Speakers[0].Name) {
				t.Errorf("speaker %q of %s missing", q.Speakers[0].Name, q.Outlet)
			}
		}
		for _, u := range ev.Unique {
			if len(u.Sentences) > 0 && !strings.Contains(out, u.Sentences[0].Text) {
				t.Errorf("unique sentence of %s missing", u.Outlet)
			}
		}
	}
	if !strings.Contains(flat, "not corrected for multiple comparisons") {
		t.Error("the multiple-comparisons caveat is missing")
	}
}
