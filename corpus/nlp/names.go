package nlp

import (
	"sort"
	"strings"
)

// fullNames links the short forms of person names to the full names they
// stand for: a lone surname ("Blinken") to the full name that ends with it
// ("Antony Blinken"), and a reordered name ("Hayashi Yoshimasa") to one
// spelling of it. Annotation builds one per article and resolution one per
// corpus; both ask it the same questions.
type fullNames struct {
	bySorted  map[string]string   // nameKey -> the spelling that stands for every order
	bySurname map[string][]string // lower-case surname -> the distinct full names ending with it, in the order added
}

func newFullNames() *fullNames {
	return &fullNames{bySorted: map[string]string{}, bySurname: map[string][]string{}}
}

// add records a full name of two or more words. The first spelling added
// of a reordered name stands for every order of it, and only it is
// indexed by its surname, so that the reordering is not taken for a
// second person with the same surname.
func (f *fullNames) add(name string) {
	w := strings.Fields(name)
	if len(w) < 2 {
		return
	}
	k := nameKey(name)
	if _, ok := f.bySorted[k]; ok {
		return
	}
	f.bySorted[k] = name
	last := strings.ToLower(w[len(w)-1])
	f.bySurname[last] = append(f.bySurname[last], name)
}

// spelling returns the spelling that stands for name's reordering, and
// whether one was added.
func (f *fullNames) spelling(name string) (string, bool) {
	s, ok := f.bySorted[nameKey(name)]
	return s, ok
}

// dominantShare is how much of a surname's full-name weight one full name
// must hold to stand for the bare surname: Joe Biden in a corpus where
// Hunter Biden appears now and then, but not one of two brothers who are
// named about as often.
const dominantShare = 0.8

// surname returns the full name that a lone surname stands for: the only
// full name ending with it, or, when weight is not nil, the one whose
// weight is at least dominantShare of theirs together; "" when none is.
func (f *fullNames) surname(name string, weight func(string) int) string {
	names := f.bySurname[strings.ToLower(name)]
	switch {
	case len(names) == 0:
		return ""
	case len(names) == 1:
		return names[0]
	case weight == nil:
		return "" // two people share the surname: leave it alone
	}
	best, total := "", 0
	for _, n := range names {
		total += weight(n)
		if best == "" || weight(n) > weight(best) {
			best = n
		}
	}
	if float64(weight(best)) >= dominantShare*float64(total) {
		return best
	}
	return ""
}

// nameKey is a name's words in lower case and sorted, the same for every
// order of them.
func nameKey(name string) string {
	w := strings.Fields(strings.ToLower(name))
	sort.Strings(w)
	return strings.Join(w, " ")
}
