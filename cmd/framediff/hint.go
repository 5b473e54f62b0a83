package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
)

// noEventsHint says, in one or two lines for stderr, why a comparison
// found no event and what to try, so that an empty report with exit code 0
// is not a puzzle: too few outlets for --min-outlets, no article in a
// language framediff compares, or outlets enough but no story that enough
// of them reported within --window.
func noEventsHint(r *compare.Result, o compare.Options) []string {
	outlets := map[string]bool{}
	compared := 0
	for _, a := range r.Articles {
		if a.Language == "" || corpus.Compared(a.Language) {
			compared++
			outlets[a.Outlet] = true
		}
	}
	if len(r.Articles) > 0 && compared == 0 {
		return []string{
			fmt.Sprintf("no events: none of the %d articles read is in English, Spanish, French, German or Russian, the languages framediff aligns and compares", len(r.Articles)),
		}
	}
	names := make([]string, 0, len(outlets))
	for n := range outlets {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) < o.MinOutlets {
		return []string{
			fmt.Sprintf("no events: the %d %s read %s from %s (%s), and an event needs %d (--min-outlets)",
				compared, plural(compared, "article", "articles"), plural(compared, "comes", "come"), countOutlets(len(names)), nameList(names), o.MinOutlets),
			fmt.Sprintf("try: add articles from other outlets, or --min-outlets %d to list each story of %s", max(len(names), 1), plural(len(names), "that outlet", "these outlets")),
		}
	}
	return []string{
		fmt.Sprintf("no events: %d articles from %s were read, but no story was reported by %d of them within --window %s of each other",
			compared, countOutlets(len(names)), o.MinOutlets, durationFlag(o.Window)),
		fmt.Sprintf("try: a wider window (--window %s), a lower --min-similarity (now %g), or --min-outlets 1 to list each story alone", durationFlag(2*o.Window), o.MinSimilarity),
	}
}

// durationFlag writes a duration as a flag takes it: "72h", "1h30m".
func durationFlag(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

func countOutlets(n int) string {
	return fmt.Sprintf("%d %s", n, plural(n, "outlet", "outlets"))
}

// nameList names up to three outlets, and how many more.
func nameList(names []string) string {
	if len(names) == 0 {
		return "none named"
	}
	if len(names) > 3 {
		return strings.Join(names[:3], ", ") + fmt.Sprintf(" and %d more", len(names)-3)
	}
	return strings.Join(names, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
