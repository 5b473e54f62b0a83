package nlp

import "sort"

// Spellings returns, for each canonical name of the table, the spellings
// that map to it, as the table matches them: lower case, dots removed, a
// leading "the" dropped ("us", "usa", "united states of america" for
// United States). Each list is sorted. A report that says an article never
// names an entity searches for all of them.
func (a *Aliases) Spellings() map[string][]string {
	out := map[string][]string{}
	if a == nil {
		return out
	}
	for k, c := range a.canon {
		out[c] = append(out[c], k)
	}
	for _, v := range out {
		sort.Strings(v)
	}
	return out
}
