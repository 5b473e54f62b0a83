package frame

import (
	"context"
	"sort"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

func sampleDocs(t testing.TB) ([]*nlp.Doc, map[string]string, *nlp.Doc) {
	return testcorpus.Sample(t)
}

// defaultOptions are compare's defaults for framing.
var defaultOptions = Options{Top: 10, PriorWeight: 1}

// goldEvent frames the documents of one gold event as an event, without
// alignment, so that framing tests do not depend on it.
func goldEvent(t testing.TB, key string, opts Options) (Event, []*nlp.Doc) {
	t.Helper()
	docs, gold, _ := sampleDocs(t)
	var members []*nlp.Doc
	outlets := map[string]bool{}
	for _, d := range docs {
		if gold[d.ID] == key {
			members = append(members, d)
			outlets[d.Outlet] = true
		}
	}
	if len(members) == 0 {
		t.Fatalf("no documents of gold event %q", key)
	}
	var ev Event
	for o := range outlets {
		ev.Outlets = append(ev.Outlets, o)
	}
	sort.Strings(ev.Outlets)
	ev.Entities = Entities(members)
	f := New(docs, opts)
	f.Frame(&ev, members)
	return ev, members
}

// annotated annotates articles written for a test, in their order.
func annotated(t testing.TB, arts ...corpus.Article) []*nlp.Doc {
	t.Helper()
	docs, skipped, err := (&nlp.Annotator{}).Annotate(context.Background(), arts)
	if err != nil || len(docs) != len(arts) {
		t.Fatalf("annotating %d articles: %v (skipped %v)", len(arts), err, skipped)
	}
	return docs
}

// frameEvent frames docs as one event of the outlets given, with opts.
func frameEvent(docs []*nlp.Doc, opts Options, outlets ...string) Event {
	ev := Event{Outlets: outlets, Entities: Entities(docs)}
	New(docs, opts).Frame(&ev, docs)
	return ev
}
