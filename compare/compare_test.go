package compare

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

const (
	deEscalationOutlet = "Meridian Post"
	lavrovOutlet       = "Vostok Review"
	seedOutlet         = "RT"
)

func termsOf(ev Event, outlet string) []Term {
	var out []Term
	for _, t := range ev.Terms {
		if t.Outlet == outlet {
			out = append(out, t)
		}
	}
	return out
}

func termNames(ts []Term) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Term)
	}
	return out
}

// rank returns the 1-based rank of the first term matching one of the
// lower-case forms, or 0.
func rank(ts []Term, forms ...string) int {
	for i, t := range ts {
		for _, f := range forms {
			if strings.ToLower(t.Term) == f {
				return i + 1
			}
		}
	}
	return 0
}

func usedElsewhere(docs []*nlp.Doc, d *nlp.Doc, term string) bool {
	for _, o := range docs {
		if o != d && strings.Contains(strings.ToLower(o.Text), strings.ToLower(term)) {
			return true
		}
	}
	return false
}

// TestCompareEndToEnd runs alignment and framing on the sample corpus (and
// the seed when present) and checks the Honolulu findings on whatever
// events hold the articles.
func TestCompareEndToEnd(t *testing.T) {
	docs, gold, seed := testcorpus.Sample(t)
	res, err := Compare(context.Background(), docs, nil, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	eventOf := func(outlet string) *Event {
		for i, ev := range res.Events {
			for _, id := range ev.Articles {
				for _, d := range docs {
					if d.ID == id && d.Outlet == outlet && gold[id] == "honolulu" {
						return &res.Events[i]
					}
				}
			}
		}
		return nil
	}
	if ev := eventOf(deEscalationOutlet); ev == nil {
		t.Errorf("%s's Honolulu article is in no event", deEscalationOutlet)
	} else if rank(termsOf(*ev, deEscalationOutlet), "de-escalate", "de-escalation") == 0 {
		t.Errorf("event %s: %s's top ten lacks de-escalate: %v", ev.ID, deEscalationOutlet, termNames(termsOf(*ev, deEscalationOutlet)))
	}
	if ev := eventOf(lavrovOutlet); ev == nil {
		t.Errorf("%s's Honolulu article is in no event", lavrovOutlet)
	} else if rank(termsOf(*ev, lavrovOutlet), "propaganda", "propaganda campaign") == 0 {
		t.Errorf("event %s: %s's top ten lacks propaganda: %v", ev.ID, lavrovOutlet, termNames(termsOf(*ev, lavrovOutlet)))
	}
	if seed == nil {
		return
	}
	ev := eventOf(seedOutlet)
	if ev == nil {
		t.Fatal("the seed is in no event")
	}
	for _, et := range []string{"Antony Blinken", "Sergey Lavrov"} {
		found := false
		for _, x := range ev.EntityTone {
			found = found || x.Outlet == seedOutlet && x.Entity == et
		}
		if !found {
			t.Errorf("event %s: entity_tone lacks %s for RT", ev.ID, et)
		}
	}
	unique := false
	var members []*nlp.Doc
	for _, d := range docs {
		for _, id := range ev.Articles {
			if d.ID == id {
				members = append(members, d)
			}
		}
	}
	for _, term := range termsOf(*ev, seedOutlet) {
		unique = unique || !usedElsewhere(members, seed, term.Term)
	}
	if !unique {
		t.Errorf("event %s: every RT top-ten term is used by another article", ev.ID)
	}
}

// TestCompareDeterministic checks that input order and worker count do not
// change a byte of the result.
func TestCompareDeterministic(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	encode := func(ds []*nlp.Doc, workers int) []byte {
		o := DefaultOptions()
		o.Workers = workers
		res, err := Compare(context.Background(), ds, nil, o)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	want := encode(docs, 1)
	r := rand.New(rand.NewPCG(1, 2))
	for _, w := range []int{2, 4} {
		shuffled := append([]*nlp.Doc{}, docs...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := encode(shuffled, w); !bytes.Equal(got, want) {
			t.Errorf("workers %d, shuffled input: result differs", w)
		}
	}
}
