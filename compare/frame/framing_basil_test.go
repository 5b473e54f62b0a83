package frame

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
	"github.com/framediff/framediff/corpus/nlp/loaded/basil"
	"github.com/framediff/framediff/internal/testcorpus"
)

// TestBasilFramingLift measures framing terms against BASIL's annotators:
// the share of the occurrences of each outlet's top ten framing terms that
// lie in a sentence with lexical bias, over the share of all its content
// words that do, averaged over outlet-events (basil.Lift). Each BASIL
// triplet (one event told by Fox News, The New York Times and HuffPost) is
// framed as one event. The held-out years are those the loaded-word model
// was not trained on; distinctive terms and the ten most loaded words are
// measured the same way for comparison. An outlet-event without framing
// terms counts in no lift, so how many have one is logged beside it; and
// the lift of the first three terms, which says whether the ranking puts
// the best first.
func TestBasilFramingLift(t *testing.T) {
	raw := filepath.Join(testcorpus.Root, "..", "shared", "data", "basil-dev", "raw")
	if _, err := os.Stat(raw); err != nil {
		t.Skipf("basil-dev is absent (%v): it is development data in ../shared beside the module, not part of it", err)
	}
	if testing.Short() {
		t.Skip("annotates BASIL")
	}
	arts, err := basil.Read(os.DirFS(raw))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := basil.Annotate(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	byEvent := map[string][]int{}
	for i, a := range arts {
		byEvent[a.Event] = append(byEvent[a.Event], i)
	}
	events := make([]string, 0, len(byEvent))
	for e := range byEvent {
		events = append(events, e)
	}
	sort.Strings(events)
	type lists struct{ framing, terms, loaded []basil.Terms }
	// frameBASIL frames every triplet with at most top terms per outlet
	// and splits the outlet-events by the model's training years.
	frameBASIL := func(top int) (train, held lists, withTerms int) {
		opts := defaultOptions
		opts.Top = top
		f := New(docs, opts)
		for _, key := range events {
			var ev Event
			var members []*nlp.Doc
			seen := map[string]bool{}
			for _, i := range byEvent[key] {
				members = append(members, docs[i])
				if !seen[docs[i].Outlet] {
					seen[docs[i].Outlet] = true
					ev.Outlets = append(ev.Outlets, docs[i].Outlet)
				}
			}
			sort.Strings(ev.Outlets)
			ev.Entities = Entities(members)
			f.Frame(&ev, members)
			to := &train
			if arts[byEvent[key][0]].Year >= 2013 {
				to = &held
			}
			for _, i := range byEvent[key] {
				o := docs[i].Outlet
				var fr, tr, lw []string
				for _, x := range ev.Framing {
					if x.Outlet == o {
						fr = append(fr, x.Term)
					}
				}
				if len(fr) > 0 {
					withTerms++
				}
				for _, x := range ev.Terms {
					if x.Outlet == o {
						tr = append(tr, x.Term)
					}
				}
				for _, x := range ev.LoadedWords {
					if x.Outlet == o && x.Voice == VoiceOwn {
						for _, w := range x.Words[:min(10, len(x.Words))] {
							lw = append(lw, w.Word)
						}
					}
				}
				a := &arts[i]
				to.framing = append(to.framing, basil.Terms{Article: a, Doc: docs[i], Terms: fr})
				to.terms = append(to.terms, basil.Terms{Article: a, Doc: docs[i], Terms: tr})
				to.loaded = append(to.loaded, basil.Terms{Article: a, Doc: docs[i], Terms: lw})
			}
		}
		return train, held, withTerms
	}
	train, held, withTerms := frameBASIL(defaultOptions.Top)
	t.Logf("%d of %d outlet-events have a framing term", withTerms, len(arts))
	// The first three terms measure the ranking: with ten, an outlet of a
	// three-article event rarely has more framing terms than are shown.
	train3, held3, _ := frameBASIL(3)
	l3, _ := basil.Lift(train3.framing, nil)
	h3, _ := basil.Lift(held3.framing, nil)
	t.Logf("first three framing terms: lift %.2f on the training years, %.2f held out", l3, h3)
	// The ceiling: each article's terms are the first ten distinct words
	// annotators marked in it, measured the same way. Their other uses,
	// outside loaded sentences, keep it finite.
	var marked []basil.Terms
	sw := nlp.DefaultStopwords()
	for i := range arts {
		var ws []string
		seen := map[string]bool{}
		d := docs[i]
		for ti, tok := range d.Tokens {
			w := strings.ToLower(d.TokenText(ti))
			if len(ws) < 10 && nlp.IsWord(w) && !seen[w] && !sw[w] && loaded.Overlaps(arts[i].Lexical(), tok.Start, tok.End) {
				seen[w] = true
				ws = append(ws, w)
			}
		}
		marked = append(marked, basil.Terms{Article: &arts[i], Doc: d, Terms: ws})
	}
	ceiling, nc := basil.Lift(marked, nil)
	t.Logf("the annotators' own marked words as terms: lift %.2f over %d outlet-events", ceiling, nc)
	all := lists{
		framing: append(append([]basil.Terms{}, train.framing...), held.framing...),
		terms:   append(append([]basil.Terms{}, train.terms...), held.terms...),
		loaded:  append(append([]basil.Terms{}, train.loaded...), held.loaded...),
	}
	report := func(name string, l lists) (framing, distinctive float64) {
		fl, n := basil.Lift(l.framing, nil)
		tl, _ := basil.Lift(l.terms, nil)
		ll, _ := basil.Lift(l.loaded, nil)
		t.Logf("%s: framing terms lift %.2f over %d outlet-events; distinctive terms %.2f; ten most used loaded words %.2f", name, fl, n, tl, ll)
		// Against the sentences whose lexical bias the annotators found
		// outside quotations: the outlet's own loaded wording, the one
		// framing terms are drawn from.
		fu, nu := basil.LiftUnquoted(l.framing, nil)
		tu, _ := basil.LiftUnquoted(l.terms, nil)
		t.Logf("%s, lexical bias outside quotations: framing terms lift %.2f over %d outlet-events; distinctive terms %.2f", name, fu, nu, tu)
		return fl, tl
	}
	lift, terms := report("all years", all)
	report("training years 2010-2012", train)
	held2, heldTerms := report("held-out years 2013-2014", held)
	// How much the held-out figure rests on which outlet-events there
	// are: the outlet-events resampled with replacement.
	lo, hi := liftInterval(held.framing, 1000)
	t.Logf("held-out years: framing terms lift 95%% interval %.2f to %.2f (outlet-events resampled 1,000 times)", lo, hi)
	t.Logf("basil-dev framing terms: lift %.2f", lift)
	// Floors a little under what is reached (3.44 and 2.15 over 69 and
	// 23 outlet-events at annotator version 48, with what "call" says its
	// object is reported; 3.54 and 2.21 over 69 and
	// 23 outlet-events at annotator version 23, with passages quoted at
	// length over unmarked paragraphs no longer the outlet's own voice;
	// 3.64 and 2.31 at annotator version 21, with a reprinted block
	// quote no longer one outlet's own voice; 3.93 and 2.21 with claims
	// before their verb and characterisations reported; 3.96 and 2.31
	// with reported speech out of the own voice and numbers in words no
	// terms, over 71 and 23 outlet-events; 4.11 with such numbers as terms; 3.43 and
	// 1.90 with it in, loaded model version 3; 2.89 and 1.75 with
	// version 2, with terms counted by word; 3.18 and
	// 2.54 with Porter2 stems: the held-out figure rests on some 27
	// outlet-events and moves by tenths with one retraining): framing
	// terms must point at loaded sentences far more than the distinctive
	// terms they are drawn from.
	if lift < 2.6 || held2 < 1.5 || lift < 1.5*terms || held2 < 1.3*heldTerms {
		t.Errorf("framing terms lift %.2f (held out %.2f) against distinctive terms %.2f (%.2f)", lift, held2, terms, heldTerms)
	}
}

// liftInterval is the 2.5th and 97.5th percentile of basil.Lift over
// draws resamplings, with replacement and a fixed seed, of items.
func liftInterval(items []basil.Terms, draws int) (lo, hi float64) {
	rng := rand.New(rand.NewPCG(1, 2))
	lifts := make([]float64, 0, draws)
	sample := make([]basil.Terms, len(items))
	for range draws {
		for i := range sample {
			sample[i] = items[rng.IntN(len(items))]
		}
		if l, n := basil.Lift(sample, nil); n > 0 {
			lifts = append(lifts, l)
		}
	}
	sort.Float64s(lifts)
	if len(lifts) == 0 {
		return 0, 0
	}
	return lifts[len(lifts)*25/1000], lifts[len(lifts)*975/1000]
}
