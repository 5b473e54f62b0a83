package align

import (
	"context"
	"sort"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

func sampleDocs(t testing.TB) ([]*nlp.Doc, map[string]string, *nlp.Doc) {
	return testcorpus.Sample(t)
}

// defaultOptions are compare's defaults for alignment.
var defaultOptions = Options{Window: 72 * time.Hour, MinOutlets: 2, MinSimilarity: DefaultMinSimilarity}

// alignDocs aligns documents as compare.Compare does: in corpus order,
// the compared languages only, with names resolved across the corpus.
func alignDocs(ctx context.Context, docs []*nlp.Doc, opts Options) (*Result, error) {
	return alignWith(ctx, docs, opts, nil)
}

// alignWith is alignDocs with an alias table (nil: the built-in one).
func alignWith(ctx context.Context, docs []*nlp.Doc, opts Options, aliases *nlp.Aliases) (*Result, error) {
	compared, outlets := comparedOf(docs)
	return Align(ctx, nlp.ResolveNames(compared, aliases, opts.Workers), opts, outlets)
}

// comparedOf returns docs in corpus order, the compared languages only,
// and their outlets, as alignWith takes them before resolving names.
func comparedOf(docs []*nlp.Doc) ([]*nlp.Doc, []string) {
	docs = append([]*nlp.Doc{}, docs...)
	sort.SliceStable(docs, func(i, j int) bool { return corpus.Less(&docs[i].Article, &docs[j].Article) })
	seen := map[string]bool{}
	var outlets []string
	var compared []*nlp.Doc
	for _, d := range docs {
		if !seen[d.Outlet] {
			seen[d.Outlet] = true
			outlets = append(outlets, d.Outlet)
		}
		if d.Language == "" || corpus.Compared(d.Language) {
			compared = append(compared, d)
		}
	}
	sort.Strings(outlets)
	return compared, outlets
}

// eventOf maps each article ID of res to its event.
func eventOf(res *Result) map[string]*Event {
	of := map[string]*Event{}
	for i := range res.Events {
		for _, a := range res.Events[i].Articles {
			of[a] = &res.Events[i]
		}
	}
	return of
}

// clusterOf returns the cluster of a document in res for B-cubed: its
// event's ID, or its own ID when it is in no event.
func clusterOf(res *Result) func(*nlp.Doc) string {
	of := eventOf(res)
	return func(d *nlp.Doc) string {
		if e := of[d.ID]; e != nil {
			return e.ID
		}
		return d.ID
	}
}

// entityCount is an entity of an event and the outlets that name it.
type entityCount struct {
	Name    string
	Outlets int
}

// entitiesOf counts the entities of an event's documents by outlet.
func entitiesOf(ev *Event) []entityCount {
	outlets := map[string]map[string]bool{}
	for _, d := range ev.Docs {
		for _, e := range d.Entities {
			if outlets[e.Name] == nil {
				outlets[e.Name] = map[string]bool{}
			}
			outlets[e.Name][d.Outlet] = true
		}
	}
	var out []entityCount
	for n, os := range outlets {
		out = append(out, entityCount{n, len(os)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
