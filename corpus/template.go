package corpus

// Outlet templates.
//
// Algorithm: the fixed patterns of boilerplate.go know the furniture most
// sites share ("Read more", cookie banners); each site also has its own
// (a section menu, a newsletter pitch, a sign-off). Once every input has
// been parsed, the lines of each outlet's articles are counted, one count
// per article: a line that recurs in three or more articles of one outlet,
// or in two when both are scraped pages, is that outlet's template and is
// removed from every article of the outlet in a second pass. Scraped text is
// parsed again with those lines marked as junk; text from structured inputs
// (JSON, CSV, feeds, pages) loses the paragraphs that match.
//
//	pass 1: parse every input ──> articles grouped by outlet
//	count:  line -> number of the outlet's articles holding it
//	pass 2: lines at or over the threshold are junk; parse again
//
// Never template: a line that is the title of one of the outlet's
// articles (a teaser for article B inside article A repeats B's title), a
// line that is a date, a line over templateMaxWords words, since
// identical long paragraphs are shared reporting (a background paragraph
// reused across a running story), not furniture, and a line in lower case
// that recurs within one article: a transcript's speaker label ("michael
// barbaro" before each of the host's turns, in every episode's
// transcript), which corpus/nlp reads to tell whose words each turn is.
//
// Scoring: counts are per outlet and per article, so the result does not
// depend on the input order. O(total lines).
//
// Limits: duplicates must be removed first, or an article read twice would
// count its own lines twice; Load does that. An outlet with fewer than two
// articles has no template to learn.

import "strings"

// templateMaxWords is the longest line that can be template.
const templateMaxWords = 25

// templateKey folds a line for matching: lower case, single spaces.
func templateKey(l string) string {
	return strings.ToLower(strings.Join(strings.Fields(l), " "))
}

// learnTemplates runs the second pass over items in place.
func learnTemplates(items []*item) {
	byOutlet := map[string][]*item{}
	for _, it := range items {
		byOutlet[it.a.Outlet] = append(byOutlet[it.a.Outlet], it)
	}
	for _, group := range byOutlet {
		if len(group) < 2 {
			continue
		}
		template := outletTemplate(group)
		if len(template) == 0 {
			continue
		}
		for _, it := range group {
			applyTemplate(it, template)
		}
	}
}

// outletTemplate returns the lines that recur across one outlet's articles.
func outletTemplate(group []*item) map[string]bool {
	titles := map[string]bool{}
	for _, it := range group {
		titles[templateKey(it.a.Title)] = true
	}
	count, scraped := map[string]int{}, map[string]int{}
	for _, it := range group {
		it.keys = it.lineKeys()
		for k := range it.keys {
			if titles[k] {
				continue
			}
			count[k]++
			if it.a.Format == "scraped" {
				scraped[k]++
			}
		}
	}
	template := map[string]bool{}
	for k, n := range count {
		if n >= 3 || scraped[k] >= 2 {
			template[k] = true
		}
	}
	return template
}

// lineKeys returns the distinct candidate template lines of an item.
func (it *item) lineKeys() map[string]bool {
	keys := map[string]bool{}
	var lines []string
	if it.raw != "" {
		_, body, _ := splitHeader(it.raw)
		for _, l := range splitLines(body) {
			lines = append(lines, l.text)
		}
	} else {
		lines = strings.Split(it.a.Text, "\n\n")
	}
	seen := map[string]int{}
	for _, l := range lines {
		seen[templateKey(l)]++
	}
	for _, l := range lines {
		n := CountWords(l)
		k := templateKey(l)
		if n == 0 || n > templateMaxWords || isDateLine(l) || seen[k] >= 2 && isLowerLabel(l) {
			continue
		}
		keys[k] = true
	}
	return keys
}

// isLowerLabel reports whether a line is written as a transcript's
// speaker label in lower case: words of letters, perhaps with initials and
// a suffix ("dana k. hale jr.") or a parenthesis ("archived recording (tom
// ferris)"), no capital, no other punctuation.
func isLowerLabel(l string) bool {
	l = strings.TrimSpace(l)
	return l != "" && strings.ToLower(l) == l && !strings.ContainsAny(l, "?!:;,\"“”[]") && hasWord(l)
}

// applyTemplate removes an outlet's template lines from one article. An
// article that would be left without text keeps the text it had.
func applyTemplate(it *item, template map[string]bool) {
	hit := false
	for k := range it.keys {
		if template[k] {
			hit = true
			break
		}
	}
	if !hit {
		return
	}
	if it.raw != "" {
		a, err := parseText(it.a.Source.Path, it.raw, template)
		if err == nil {
			it.a.Text = a.Text
		}
		return
	}
	var keep []string
	for _, p := range strings.Split(it.a.Text, "\n\n") {
		if !template[templateKey(p)] {
			keep = append(keep, p)
		}
	}
	if text := strings.Join(keep, "\n\n"); hasWord(text) {
		it.a.Text = text
	}
}
