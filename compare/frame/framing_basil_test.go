package frame

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
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
// measured the same way for comparison.
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
	f := New(docs, defaultOptions)
	type lists struct{ framing, terms, loaded []basil.Terms }
	var train, held lists
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
		return fl, tl
	}
	lift, terms := report("all years", all)
	report("training years 2010-2012", train)
	held2, heldTerms := report("held-out years 2013-2014", held)
	t.Logf("basil-dev framing terms: lift %.2f", lift)
	// Floors a little under what is reached (2.26 and 1.79 when measured;
	// 2.17 and 1.50 since term keys keep derived words apart and the
	// loaded-word model was retrained on the background so keyed, where
	// the earlier weights give 1.99 and 1.80: some 35 outlet-events make
	// the held-out figure move by a tenth with one retraining): framing
	// terms must point at loaded sentences far more than the distinctive
	// terms they are drawn from.
	if lift < 2.0 || held2 < 1.45 || lift < 1.5*terms || held2 < 1.3*heldTerms {
		t.Errorf("framing terms lift %.2f (held out %.2f) against distinctive terms %.2f (%.2f)", lift, held2, terms, heldTerms)
	}
}
