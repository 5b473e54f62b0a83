package frame

import (
	"reflect"
	"sort"
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

// TestKeptLikePrepare holds a preparation kept in sparse form to the
// one prepare makes, on every document of the sample corpus.
func TestKeptLikePrepare(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	for _, d := range docs {
		want := prepare(d)
		if got := sparse(d, want).expand(len(d.Tokens)); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: kept %+v, want %+v", d.ID, got, want)
		}
	}
}

// TestKeptTakenOnce checks that a preparation is kept only for the
// documents named, taken once, and not taken for another document that
// has the ID of one kept.
func TestKeptTakenOnce(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	a, b := docs[0], docs[1]
	k := NewKept([]string{a.ID})
	NewCounts().AddKeeping(docs[:2], Options{Workers: 2}, k)
	if k.Len() != 1 {
		t.Fatalf("kept %d documents, want 1", k.Len())
	}
	// b under a's ID: another document, prepared again.
	other := *b
	other.ID = a.ID
	if p := k.take(&other); p != nil {
		t.Fatalf("took %s's preparation for another document", a.ID)
	}
	k = NewKept([]string{a.ID})
	NewCounts().AddKeeping(docs[:2], Options{Workers: 2}, k)
	if p := k.take(a); !reflect.DeepEqual(p, prepare(a)) {
		t.Fatalf("took %+v, want prepare's", p)
	}
	if p := k.take(a); p != nil || k.Len() != 0 {
		t.Fatalf("taken twice (%d left)", k.Len())
	}
}

// TestReuseFramesTheSame frames every gold event of the sample corpus
// with the preparations counting kept, and with preparations kept of
// other documents under the members' IDs, and holds both to framing
// without: a stale preparation must not be read.
func TestReuseFramesTheSame(t *testing.T) {
	docs, gold, _ := testcorpus.Sample(t)
	byEvent := map[string][]int{}
	var keys []string
	for i, d := range docs {
		if _, ok := byEvent[gold[d.ID]]; !ok {
			keys = append(keys, gold[d.ID])
		}
		byEvent[gold[d.ID]] = append(byEvent[gold[d.ID]], i)
	}
	// ids: the members of the events framed, those of two outlets or
	// more.
	var ids []string
	for _, key := range keys {
		outlets := map[string]bool{}
		for _, i := range byEvent[key] {
			outlets[docs[i].Outlet] = true
		}
		for _, i := range byEvent[key] {
			if len(outlets) > 1 {
				ids = append(ids, docs[i].ID)
			}
		}
	}
	// stale: each document under the ID of the next.
	stale := make([]*nlp.Doc, len(docs))
	for i := range docs {
		c := *docs[(i+1)%len(docs)]
		c.ID = docs[i].ID
		stale[i] = &c
	}
	plain := New(docs, defaultOptions)
	kept := NewKept(ids)
	counts := NewCounts()
	counts.AddKeeping(docs, defaultOptions, kept)
	reused := NewWith(counts, defaultOptions)
	reused.Reuse(kept)
	wrong := NewKept(ids)
	NewCounts().AddKeeping(stale, defaultOptions, wrong)
	staled := New(docs, defaultOptions)
	staled.Reuse(wrong)
	for _, key := range keys {
		var members []*nlp.Doc
		outlets := map[string]bool{}
		for _, i := range byEvent[key] {
			members = append(members, docs[i])
			outlets[docs[i].Outlet] = true
		}
		if len(outlets) < 2 {
			continue
		}
		var ev Event
		for o := range outlets {
			ev.Outlets = append(ev.Outlets, o)
		}
		sort.Strings(ev.Outlets)
		ev.Entities = Entities(members)
		want, got, gotStale := ev, ev, ev
		plain.Frame(&want, members)
		reused.Frame(&got, members)
		staled.Frame(&gotStale, members)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("event %s framed with kept preparations differs", key)
		}
		if !reflect.DeepEqual(gotStale, want) {
			t.Errorf("event %s framed with stale preparations differs", key)
		}
	}
	if kept.Len() != 0 {
		t.Errorf("%d preparations kept after framing every event", kept.Len())
	}
}
