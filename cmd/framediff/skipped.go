package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/framediff/framediff/corpus"
)

// warnSkipped prints the skipped inputs on stderr, many of one kind as one
// line with a count, so that a label table's 451 rows or a folder's 150
// duplicates do not bury the warning that matters; the report lists every
// entry. The lines, in order of their first source:
//
//	framediff: skipped PATH: REASON                    one entry
//	framediff: skipped N records of PATH: CAUSE        entries of one file and cause
//	framediff: skipped N inputs: CAUSE: PATH, ...      single entries of one cause in several files
//	framediff: skipped N inputs that are not articles (KIND: K; ...): PATH, ...
//	                                                   single entries of several "not an article" causes
//	framediff: N inputs skipped as duplicates of others (PATH, ...)
func warnSkipped(w io.Writer, skipped []corpus.Skipped) {
	for _, l := range skipLines(skipped) {
		fmt.Fprintf(w, "framediff: %s\n", l)
	}
}

// skipLines returns warnSkipped's lines, without the program's prefix.
func skipLines(skipped []corpus.Skipped) []string {
	type line struct {
		first string // the first source, to order the lines
		text  string
	}
	var out []line
	// Duplicates: one line however many files they are in.
	var dupes []corpus.Skipped
	// Other entries by file, then cause.
	type key struct{ path, cause string }
	byFile := map[key][]corpus.Skipped{}
	var keys []key
	for _, s := range skipped {
		if s.Cause == corpus.CauseDuplicate {
			dupes = append(dupes, s)
			continue
		}
		k := key{recordPath(s.Source), s.Summary()}
		if byFile[k] == nil {
			keys = append(keys, k)
		}
		byFile[k] = append(byFile[k], s)
	}
	// Causes that single entries of several files share; the files that
	// are no articles at all, whatever kind (notes, label tables, no text
	// field), make one line when there are many of several kinds: a data
	// folder's README and hundreds of label files are one finding, while a
	// README and a label table are two short lines.
	singles := map[string][]corpus.Skipped{}
	var notArticles []corpus.Skipped
	kinds := map[string]int{}
	var kindOrder []string
	for _, k := range keys {
		if g := byFile[k]; len(g) == 1 {
			singles[k.cause] = append(singles[k.cause], g[0])
			if kind, ok := notArticleKind(k.cause); ok {
				notArticles = append(notArticles, g[0])
				if kinds[kind] == 0 {
					kindOrder = append(kindOrder, kind)
				}
				kinds[kind]++
			}
		}
	}
	joinKinds := len(kindOrder) > 1 && len(notArticles) > manyNotArticles
	if joinKinds {
		var parts []string
		for _, k := range kindOrder {
			parts = append(parts, fmt.Sprintf("%s: %d", k, kinds[k]))
		}
		out = append(out, line{notArticles[0].Source, fmt.Sprintf("skipped %d inputs that are not articles (%s): %s", len(notArticles), strings.Join(parts, "; "), sourceList(notArticles))})
	}
	for _, k := range keys {
		g := byFile[k]
		if _, ok := notArticleKind(k.cause); ok && joinKinds && len(g) == 1 {
			continue
		}
		switch {
		case len(g) > 1:
			out = append(out, line{g[0].Source, fmt.Sprintf("skipped %d records of %s: %s", len(g), k.path, k.cause)})
		case len(singles[k.cause]) > 1:
			if s := singles[k.cause]; s[0].Source == g[0].Source {
				out = append(out, line{s[0].Source, fmt.Sprintf("skipped %d inputs: %s: %s", len(s), k.cause, sourceList(s))})
			}
		default:
			out = append(out, line{g[0].Source, fmt.Sprintf("skipped %s: %s", g[0].Source, g[0].Reason)})
		}
	}
	switch {
	case len(dupes) == 1:
		out = append(out, line{dupes[0].Source, fmt.Sprintf("skipped %s: %s", dupes[0].Source, dupes[0].Reason)})
	case len(dupes) > 1:
		out = append(out, line{dupes[0].Source, fmt.Sprintf("%d inputs skipped as duplicates of others (%s)", len(dupes), sourceList(dupes))})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].first < out[j].first })
	lines := make([]string, len(out))
	for i, l := range out {
		lines[i] = l.text
	}
	return lines
}

// manyNotArticles is the number of non-article files above which their
// kinds share one line.
const manyNotArticles = 5

// notArticleKind returns what kind of non-article a cause names ("a
// label table", "no text field"), and whether it is one.
func notArticleKind(cause string) (string, bool) {
	rest, ok := strings.CutPrefix(cause, "not an article")
	if !ok {
		return "", false
	}
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
	rest = strings.TrimSuffix(strings.TrimPrefix(rest, "("), ")")
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "a "), "an ")
	if rest == "" {
		rest = "other"
	}
	return rest, true
}

// recordPath is the input path of a source: "a.jsonl" for "a.jsonl#12".
// A path may itself hold "#"; a record number is the digits after the last.
func recordPath(source string) string {
	i := strings.LastIndexByte(source, '#')
	if i < 0 || i == len(source)-1 || strings.Trim(source[i+1:], "0123456789") != "" {
		return source
	}
	return source[:i]
}

// sourceList names the first sources of entries, and how many more.
func sourceList(s []corpus.Skipped) string {
	const shown = 2
	var names []string
	for i := 0; i < len(s) && i < shown; i++ {
		names = append(names, s[i].Source)
	}
	list := strings.Join(names, ", ")
	if len(s) > shown {
		list += fmt.Sprintf(" and %d more", len(s)-shown)
	}
	return list
}
