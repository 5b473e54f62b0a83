package corpus

// Outlet names.
//
// Algorithm: the same outlet reaches framediff under several names: a
// dataset's slug ("fox"), its display name ("Fox News"), a section-flavoured
// name ("Fox Online News"), a scraper's case ("RT", "Rt"), or its domain
// when nothing named it. Left apart, one event compares an outlet with
// itself. UnifyOutlets puts every article's outlet into one group per
// outlet and names the group once:
//
//	user table (--outlets) ──> names and domains it lists are its canonical name, fixed
//	fold     ──> names equal but for case and punctuation are one ("RT", "Rt", "R.T.")
//	domain   ──> names used with one registrable domain of the article URL
//	             (publicsuffix eTLD+1: edition.cnn.com and cnn.com, bbc.co.uk)
//	             are one when the name reads as the domain ("fox", "Fox News"
//	             and foxnews.com; "nyt" and nytimes.com) or is a bare slug
//	name     ──> the group's most used proper name (capitals or spaces), then
//	             its most used name; ties by byte order
//
// Limits: a name that does not read as its domain stays its own outlet, so
// that the outlets an aggregator republishes (Reuters and AP on one portal's
// domain) are not merged into the portal; a user table merges what this
// leaves apart. O(articles) with a union-find over the distinct names.

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"unicode"

	"github.com/framediff/framediff/internal/unionfind"
	"golang.org/x/net/publicsuffix"
)

// Outlets is a user's table of outlet names: each canonical name with the
// names and web domains that stand for it. The zero value and nil are
// empty tables.
type Outlets struct {
	// names maps a folded name to its canonical name; domains maps a
	// domain (lower case, no "www.") to its canonical name.
	names, domains map[string]string
}

// ReadOutlets reads an outlet table: per line a canonical name, then its
// other names and its domains, separated by tabs; "#" starts a comment
// line. An entry with a dot and no space is a domain ("foxnews.com"); it
// stands for its subdomains too. name is the file's name, for errors.
func ReadOutlets(name string, r io.Reader) (*Outlets, error) {
	t := &Outlets{names: map[string]string{}, domains: map[string]string{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		// Only the end is trimmed: a leading tab is an empty canonical
		// name, which is worth saying.
		l := strings.TrimRight(sc.Text(), " \t\r")
		if s := strings.TrimSpace(l); s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		fields := strings.Split(l, "\t")
		canon := cleanLine(fields[0])
		if outletKey(canon) == "" {
			return nil, &ParseError{Source: name, Line: n, Err: fmt.Errorf("empty canonical name: start the line with the outlet's name")}
		}
		if prev, ok := t.names[outletKey(canon)]; ok && prev != canon {
			return nil, &ParseError{Source: name, Line: n, Err: fmt.Errorf("%q is already a name of %q", canon, prev)}
		}
		t.names[outletKey(canon)] = canon
		for _, f := range fields[1:] {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			key, m := outletKey(f), t.names
			if isDomain(f) {
				key, m = tableDomain(f), t.domains
			}
			if key == "" {
				return nil, &ParseError{Source: name, Line: n, Err: fmt.Errorf("%q names no outlet or domain", f)}
			}
			if prev, ok := m[key]; ok && prev != canon {
				return nil, &ParseError{Source: name, Line: n, Err: fmt.Errorf("%q is already a name of %q", f, prev)}
			}
			m[key] = canon
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return t, nil
}

// tableDomain normalises a domain of the table: lower case, without a
// scheme, a path or a "www." prefix.
func tableDomain(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if u, err := url.Parse(s); err == nil && u.Host != "" {
		s = u.Hostname()
	}
	s, _, _ = strings.Cut(s, "/")
	return strings.TrimPrefix(strings.TrimSuffix(s, "."), "www.")
}

// Len is the number of names and domains in the table.
func (t *Outlets) Len() int {
	if t == nil {
		return 0
	}
	return len(t.names) + len(t.domains)
}

// lookup returns the canonical name the table gives an article's outlet
// name or URL, or "".
func (t *Outlets) lookup(outlet, rawURL string) string {
	if t == nil {
		return ""
	}
	if c, ok := t.names[outletKey(outlet)]; ok {
		return c
	}
	if len(t.domains) == 0 || rawURL == "" {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return ""
	}
	// The host and each parent domain, longest first, so that a table
	// may name a section's subdomain apart from its site.
	for h := strings.ToLower(strings.TrimSuffix(u.Hostname(), ".")); h != ""; {
		if c, ok := t.domains[h]; ok {
			return c
		}
		_, rest, ok := strings.Cut(h, ".")
		if !ok {
			break
		}
		h = rest
	}
	return ""
}

// outletKey folds an outlet name for matching: lower case, letters and
// digits only, so that "RT", "Rt" and "R.T." are one name.
func outletKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Domain returns the registrable domain of a URL (its public suffix and
// one label more): "https://edition.cnn.com/x" -> "cnn.com",
// "http://news.bbc.co.uk/" -> "bbc.co.uk"; "" when s is not a web URL.
func Domain(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	h := strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
	if h == "" || strings.Trim(h, "0123456789.:[]") == "" {
		return "" // an IP address names a machine, not an outlet
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(h)
	if err != nil {
		return ""
	}
	return d
}

// domainLabel is the part of a registrable domain that names the site:
// "foxnews.com" -> "foxnews", "bbc.co.uk" -> "bbc".
func domainLabel(domain string) string {
	suffix, _ := publicsuffix.PublicSuffix(domain)
	return outletKey(strings.TrimSuffix(strings.TrimSuffix(domain, suffix), "."))
}

// readsAs reports whether an outlet name reads as a domain's label: one
// holds the other ("fox", "Fox News" and "foxnews"), the name's first word
// starts it, or the initials of the name's first words do ("New York
// Times" and "nytimes"). A name that does not (a columnist, another
// outlet an aggregator carries) is not the domain's.
func readsAs(name, label string) bool {
	key := outletKey(name)
	if key == "" || label == "" {
		return false
	}
	if strings.Contains(label, key) || strings.Contains(key, label) {
		return true
	}
	words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return false
	}
	if first := outletKey(words[0]); len(first) >= 3 && strings.HasPrefix(label, first) {
		return true
	}
	var initials []rune
	for _, w := range words {
		initials = append(initials, unicode.ToLower([]rune(w)[0]))
		if len(initials) >= 3 && strings.HasPrefix(label, string(initials)) {
			return true
		}
	}
	return false
}

// isSlug reports whether a name is an identifier rather than a name: no
// capital letter and no space ("fox", "hpo", "keystonewire.example").
func isSlug(name string) bool {
	return !strings.ContainsFunc(name, unicode.IsUpper) && !strings.ContainsFunc(name, unicode.IsSpace)
}

// UnifyOutlets gives every article of one outlet the same outlet name, in
// place (see the file comment): t's names first, then names equal but for
// case and punctuation, then names of one web domain. The result does not
// depend on the order of arts. It returns the number of articles renamed.
// IDs are not changed: Load unifies before it makes them.
func UnifyOutlets(arts []*Article, t *Outlets) int {
	// Distinct names, by folded key; the table's are fixed.
	type group struct {
		fixed string
		count map[string]int // name as written -> articles
	}
	keys := map[string]int{}
	var groups []*group
	keyOf := make([]int, len(arts))
	node := func(k string) int {
		i, ok := keys[k]
		if !ok {
			i = len(groups)
			keys[k] = i
			groups = append(groups, &group{count: map[string]int{}})
		}
		return i
	}
	for j, a := range arts {
		name := a.Outlet
		if c := t.lookup(a.Outlet, a.URL); c != "" {
			name = c
			keyOf[j] = node("\x00" + c)
			groups[keyOf[j]].fixed = c
		} else {
			k := outletKey(name)
			if k == "" {
				keyOf[j] = -1
				continue
			}
			keyOf[j] = node(k)
		}
		groups[keyOf[j]].count[name]++
	}
	uf := unionfind.New(len(groups))
	// Domains: every name that reads as the domain, and every slug, joins
	// the domain's group.
	byDomain := map[string][]int{}
	for j, a := range arts {
		if keyOf[j] < 0 || groups[keyOf[j]].fixed != "" {
			continue
		}
		d := Domain(a.URL)
		if d == "" {
			continue
		}
		name := a.Outlet
		if readsAs(name, domainLabel(d)) || isSlug(name) && !isDomain(name) || isDomain(name) && Domain("https://"+name) == d {
			byDomain[d] = append(byDomain[d], keyOf[j])
		}
	}
	for _, g := range byDomain {
		for _, i := range g[1:] {
			uf.Union(g[0], i)
		}
	}
	// Name each group: a fixed name, else its most used proper name.
	names := map[int]map[string]int{}
	fixed := map[int]string{}
	for i, g := range groups {
		r := uf.Find(i)
		if names[r] == nil {
			names[r] = map[string]int{}
		}
		for n, c := range g.count {
			names[r][n] += c
		}
		if g.fixed != "" && (fixed[r] == "" || g.fixed < fixed[r]) {
			fixed[r] = g.fixed
		}
	}
	chosen := map[int]string{}
	for r, ns := range names {
		if fixed[r] != "" {
			chosen[r] = fixed[r]
			continue
		}
		chosen[r] = bestName(ns)
	}
	renamed := 0
	for j, a := range arts {
		if keyOf[j] < 0 {
			continue
		}
		if n := chosen[uf.Find(keyOf[j])]; n != a.Outlet {
			a.Outlet = n
			renamed++
		}
	}
	return renamed
}

// bestName picks a group's name: a proper name (with a capital or a space)
// over a slug or a domain, then the most used, then the first in byte
// order.
func bestName(counts map[string]int) string {
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		pa, pb := !isSlug(a), !isSlug(b)
		if pa != pb {
			if pa {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return names[0]
}
