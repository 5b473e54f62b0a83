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
	// An event has a handful of outlets: a short list per entity counts
	// them without a map each.
	type acc struct {
		name, typ string
		n         int
		outlets   []string
	}
	var accs []acc
	m := map[string]int{}
	for _, d := range docs {
		for _, e := range d.Entities {
			k, ok := m[e.Name]
			if !ok {
				k = len(accs)
				m[e.Name] = k
				accs = append(accs, acc{name: e.Name, typ: e.Type})
			}
			a := &accs[k]
			a.n++
			if !slices.Contains(a.outlets, d.Outlet) {
				a.outlets = append(a.outlets, d.Outlet)
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
