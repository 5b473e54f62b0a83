package align

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/internal/unionfind"
)

// Override is a reader's correction of the alignment, one line of an
// overrides file:
//
//	same  A B    A and B report the same event
//	apart A B    A and B report different events
//
// A and B name articles by ID, URL or source (the input path, or
// "path#record" for a record of a multi-record file). A path may be given
// relative to any directory above the file: "keystone-wire/lavrov-call.txt"
// names ".../corpus/keystone-wire/lavrov-call.txt" when no other source
// ends the same way. Overrides win over scores.
type Override struct {
	Kind   string `json:"kind"` // "same" or "apart"
	A      string `json:"a"`
	B      string `json:"b"`
	Source string `json:"source"` // "file:line"
}

// Override kinds.
const (
	Same  = "same"
	Apart = "apart"
)

// OverrideUse is an override as the result echoes it: whether it could be
// applied and, if not, why.
type OverrideUse struct {
	Override
	Applied bool   `json:"applied"`
	Note    string `json:"note,omitempty"`
}

// ReadOverrides reads an overrides file: one override per line, fields
// separated by spaces or tabs, blank lines and "#" comments ignored. A bad
// line is a *corpus.ParseError naming the file and line.
func ReadOverrides(name string, r io.Reader) ([]Override, error) {
	var out []Override
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Fields(l)
		bad := func(format string, args ...any) error {
			return &corpus.ParseError{Source: name, Line: n, Err: fmt.Errorf(format, args...)}
		}
		kind := strings.ToLower(f[0])
		if kind != Same && kind != Apart {
			return nil, bad("unknown override %q: a line is `same A B` or `apart A B`", f[0])
		}
		if len(f) != 3 {
			return nil, bad("%s needs exactly two articles (ID, URL or path), got %d", kind, len(f)-1)
		}
		if f[1] == f[2] {
			return nil, bad("%s names the same article twice: %s", kind, f[1])
		}
		out = append(out, Override{Kind: kind, A: f[1], B: f[2], Source: fmt.Sprintf("%s:%d", name, n)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return out, nil
}

// articleRefs finds articles by the names an override may use.
type articleRefs struct {
	exact map[string][]int // ID, URL, source, source path -> doc indexes
	paths []string         // slash source paths, by doc index
}

func newArticleRefs(arts []article) *articleRefs {
	r := &articleRefs{exact: map[string][]int{}, paths: make([]string, len(arts))}
	for i, a := range arts {
		keys := []string{a.id, a.url, a.source, a.path}
		if a.multi {
			keys = keys[:3] // a multi-record file's path names many articles
		}
		seen := map[string]bool{}
		for _, k := range keys {
			if k != "" && !seen[k] {
				seen[k] = true
				r.exact[k] = append(r.exact[k], i)
			}
		}
		r.paths[i] = filepath.ToSlash(a.source)
	}
	return r
}

// find returns the one article ref names, or a reason why there is none.
func (r *articleRefs) find(ref string) (int, string) {
	if is := r.exact[ref]; len(is) == 1 {
		return is[0], ""
	} else if len(is) > 1 {
		return -1, fmt.Sprintf("%s names %d articles", ref, len(is))
	}
	clean := filepath.ToSlash(filepath.Clean(ref))
	if is := r.exact[clean]; len(is) == 1 {
		return is[0], ""
	}
	var hits []int
	for i, p := range r.paths {
		if strings.HasSuffix(p, "/"+clean) {
			hits = append(hits, i)
		}
	}
	switch len(hits) {
	case 0:
		return -1, fmt.Sprintf("no article is %s", ref)
	case 1:
		return hits[0], ""
	}
	return -1, fmt.Sprintf("%s names %d articles", ref, len(hits))
}

// constraints are the overrides resolved to documents.
type constraints struct {
	// group maps a document to its same-group: documents an override
	// chain says are one event. Documents in no same line have no entry.
	group map[int]int
	// members lists each group's documents, ascending.
	members map[int][]int
	// apart holds pairs of groups (a document outside any group is its own
	// group, keyed -1-doc) that may not share an event.
	apart map[[2]int]bool
	// involved holds the groups that take part in an apart pair.
	involved map[int]bool
	uses     []OverrideUse
	pairs    [][2]int // the documents of each use; -1 when unresolved
	// pinned maps a document to the source lines of the overrides that
	// name it.
	pinned map[int][]string
}

// groupOf returns the group key of a document: its same-group, or -1-i.
func (c *constraints) groupOf(i int) int {
	if g, ok := c.group[i]; ok {
		return g
	}
	return -1 - i
}

func (c *constraints) isApart(g, h int) bool {
	if g > h {
		g, h = h, g
	}
	return c.apart[[2]int{g, h}]
}

// resolveOverrides turns overrides into constraints. An override naming an
// unknown or ambiguous article, or an apart line contradicting same lines,
// is echoed as not applied with the reason; the others apply.
func resolveOverrides(ovs []Override, arts []article) *constraints {
	c := &constraints{group: map[int]int{}, members: map[int][]int{}, apart: map[[2]int]bool{}, involved: map[int]bool{}, pinned: map[int][]string{}}
	if len(ovs) == 0 {
		return c
	}
	refs := newArticleRefs(arts)
	type pair struct{ a, b int }
	pairs := make([]pair, len(ovs))
	c.uses = make([]OverrideUse, len(ovs))
	sets := unionfind.New(len(arts))
	named := map[int]bool{} // the articles a same line names
	for k, o := range ovs {
		c.uses[k] = OverrideUse{Override: o}
		a, why := refs.find(o.A)
		b, whyB := refs.find(o.B)
		if why == "" && a == b {
			why = fmt.Sprintf("%s and %s are the same article", o.A, o.B)
		}
		if why == "" {
			why = whyB
		}
		if why != "" {
			c.uses[k].Note = why
			pairs[k] = pair{-1, -1}
			continue
		}
		pairs[k] = pair{a, b}
		if o.Kind == Same {
			// The smaller root stays, so a group is known by its first
			// article whatever the order of the lines.
			ra, rb := sets.Find(a), sets.Find(b)
			sets.Union(min(ra, rb), max(ra, rb))
			named[a], named[b] = true, true
		}
	}
	for i := range named {
		c.group[i] = sets.Find(i)
	}
	for i, g := range c.group {
		c.members[g] = append(c.members[g], i)
	}
	for _, m := range c.members {
		sort.Ints(m)
	}
	c.pairs = make([][2]int, len(ovs))
	for k, o := range ovs {
		p := pairs[k]
		c.pairs[k] = [2]int{p.a, p.b}
		if p.a < 0 {
			continue
		}
		if o.Kind == Apart {
			g, h := c.groupOf(p.a), c.groupOf(p.b)
			if g == h {
				c.uses[k].Note = "contradicts the same lines that join " + o.A + " and " + o.B
				continue
			}
			if g > h {
				g, h = h, g
			}
			c.apart[[2]int{g, h}] = true
			c.involved[g], c.involved[h] = true, true
		}
		c.uses[k].Applied = true
		c.pinned[p.a] = append(c.pinned[p.a], o.Source)
		c.pinned[p.b] = append(c.pinned[p.b], o.Source)
	}
	return c
}

// constrained reports whether group g takes part in any override.
func (c *constraints) constrained(g int) bool {
	if g >= 0 {
		return true
	}
	return c.involved[g]
}
