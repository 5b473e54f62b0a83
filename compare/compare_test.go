package compare

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

// topTerms returns an outlet's listed terms in an event, in lower case and
// in rank order.
func topTerms(terms []Term, outlet string) []string {
	var out []string
	for _, t := range terms {
		if t.Outlet == outlet {
			out = append(out, strings.ToLower(t.Term))
		}
	}
	return out
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
	if ev := eventOf(testcorpus.DeEscalationOutlet); ev == nil {
		t.Errorf("%s's Honolulu article is in no event", testcorpus.DeEscalationOutlet)
	} else if !slices.ContainsFunc(topTerms(ev.Terms, testcorpus.DeEscalationOutlet), func(t string) bool { return t == "de-escalate" || t == "de-escalation" }) {
		t.Errorf("event %s: %s's top ten lacks de-escalate: %v", ev.ID, testcorpus.DeEscalationOutlet, topTerms(ev.Terms, testcorpus.DeEscalationOutlet))
	}
	if ev := eventOf(testcorpus.LavrovOutlet); ev == nil {
		t.Errorf("%s's Honolulu article is in no event", testcorpus.LavrovOutlet)
	} else if !slices.ContainsFunc(topTerms(ev.Terms, testcorpus.LavrovOutlet), func(t string) bool { return t == "propaganda" || t == "propaganda campaign" }) {
		t.Errorf("event %s: %s's top ten lacks propaganda: %v", ev.ID, testcorpus.LavrovOutlet, topTerms(ev.Terms, testcorpus.LavrovOutlet))
	}
	if seed == nil {
		return
	}
	ev := eventOf(testcorpus.SeedOutlet)
	if ev == nil {
		t.Fatal("the seed is in no event")
	}
	for _, et := range []string{"Antony Blinken", "Sergey Lavrov"} {
		found := false
		for _, x := range ev.EntityTone {
			found = found || x.Outlet == testcorpus.SeedOutlet && x.Entity == et
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
	for _, term := range topTerms(ev.Terms, testcorpus.SeedOutlet) {
		unique = unique || !testcorpus.UsedElsewhere(members, seed, term)
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
