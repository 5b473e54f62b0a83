package frame

import (
	"math"
	"slices"
	"sort"

	"github.com/framediff/framediff/corpus/nlp"
)

// maxEventEntities caps the entities listed per event.
const maxEventEntities = 25

// Entities counts the entities of an event's documents: the most widely
// reported first, then the most mentioned, at most maxEventEntities.
func Entities(docs []*nlp.Doc) []EntityCount {
	ms := make([]MentionCounts, len(docs))
	for i, d := range docs {
		ms[i] = CountMentions(d)
	}
	return EntitiesOf(ms)
}

// MentionCounts is what Entities reads of one document: its outlet and
// the entities it names, in the order of their first mention, each with
// the type of that mention and its number of mentions. A comparison that
// drops its documents after alignment keeps these instead.
type MentionCounts struct {
	Outlet string
	Names  []string
	Types  []string
	N      []int32
}

// CountMentions counts the entity mentions of d.
func CountMentions(d *nlp.Doc) MentionCounts { return CountMentionsOf(d.Outlet, d.Entities) }

// CountMentionsOf counts the entity mentions ms of a document of outlet.
func CountMentionsOf(outlet string, ms []nlp.Mention) MentionCounts {
	mc := MentionCounts{Outlet: outlet}
	at := map[string]int{}
	for _, e := range ms {
		k, ok := at[e.Name]
		if !ok {
			k = len(mc.Names)
			at[e.Name] = k
			mc.Names = append(mc.Names, e.Name)
			mc.Types = append(mc.Types, e.Type)
			mc.N = append(mc.N, 0)
		}
		mc.N[k]++
	}
	return mc
}

// EntitiesOf is Entities from the documents' mention counts, in the
// order of the documents.
func EntitiesOf(ms []MentionCounts) []EntityCount {
	// An event has a handful of outlets: a short list per entity counts
	// them without a map each.
	type acc struct {
		name, typ string
		n         int
		outlets   []string
	}
	var accs []acc
	m := map[string]int{}
	for _, mc := range ms {
		for j, name := range mc.Names {
			k, ok := m[name]
			if !ok {
				k = len(accs)
				m[name] = k
				accs = append(accs, acc{name: name, typ: mc.Types[j]})
			}
			a := &accs[k]
			a.n += int(mc.N[j])
			if !slices.Contains(a.outlets, mc.Outlet) {
				a.outlets = append(a.outlets, mc.Outlet)
			}
		}
	}
	out := make([]EntityCount, 0, len(accs))
	for _, a := range accs {
		out = append(out, EntityCount{Name: a.name, Type: a.typ, Mentions: a.n, Outlets: len(a.outlets)})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Outlets != b.Outlets {
			return a.Outlets > b.Outlets
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.Name < b.Name
	})
	if len(out) > maxEventEntities {
		out = out[:maxEventEntities]
	}
	return out
}

// topForm returns the most frequent form, the smallest on ties.
func topForm(f map[string]int) string {
	best, n := "", -1
	for s, c := range f {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

func round(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}
