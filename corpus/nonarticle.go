package corpus

// Inputs that are not articles.
//
// A folder of articles often holds files about them: a README, a licence,
// notes on where the data came from, a changelog, and tables of labels
// (url -> event, id -> score) kept for evaluation. Read as articles, a
// README becomes an article whose outlet is its folder, and a label table
// gives one "not an article" line per row. They are recognised and
// skipped, one entry per file:
//
//   - by name: README, LICENSE or LICENCE, COPYING, NOTICE, NOTES,
//     CHANGELOG, CHANGES, HISTORY, AUTHORS, CONTRIBUTING, CITATION, SOURCE,
//     SOURCES, DATASHEET, MANIFEST, TODO or INSTALL, with no extension or a
//     text one (.md, .txt, .rst, ...); in any case as the whole name
//     ("notes.txt"), in capitals when followed by more ("LICENSE-MIT",
//     "README_de.md"), so that "notes-on-the-summit.txt" stays an article;
//   - by content: a table (CSV, TSV, a JSON array or object of records,
//     JSON Lines) none of whose records has a field that
//     can hold article text;
//   - a JSON object whose values are records keyed by ID, the shape
//     evaluation sets keep their answers in (an ID's true text or label),
//     is not read even when its records hold text: an export of articles
//     is a list, and the reference texts would double the pages they were
//     taken from. The reason says how to give such records as articles.

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
)

// metaNames are the names of files about a collection, not in it.
var metaNames = map[string]bool{
	"readme": true, "license": true, "licence": true, "copying": true, "notice": true,
	"notes": true, "changelog": true, "changes": true, "history": true, "authors": true,
	"contributing": true, "citation": true, "source": true, "sources": true,
	"datasheet": true, "manifest": true, "todo": true, "install": true,
}

// metaExts are the extensions such files come with.
var metaExts = map[string]bool{
	"": true, ".md": true, ".markdown": true, ".txt": true, ".text": true, ".rst": true,
	".adoc": true, ".org": true, ".cff": true,
}

// Causes of the inputs this file recognises, as Skipped.Cause says them.
const (
	causeNotes      = "not an article (a README, licence or notes file)"
	causeLabelTable = "not an article (a label table)"
	causeKeyed      = "not read (an object of records keyed by ID)"
)

// isMetaFile reports whether a path names a file about a collection by
// its name (see the file comment).
func isMetaFile(path string) bool {
	base := filepath.Base(strings.TrimSuffix(filepath.ToSlash(path), ".gz"))
	ext := filepath.Ext(base)
	if !metaExts[strings.ToLower(ext)] {
		return false
	}
	stem := strings.TrimSuffix(base, ext)
	if metaNames[strings.ToLower(stem)] {
		return true
	}
	first, _, ok := strings.Cut(strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == '.' || r == ' ' {
			return '|'
		}
		return r
	}, stem), "|")
	return ok && metaNames[strings.ToLower(first)] && !strings.ContainsFunc(first, unicode.IsLower)
}

// articleField reports whether a folded field name can hold article text.
func articleField(k string) bool {
	for _, list := range [][]string{textFields, summaryFields} {
		for _, f := range list {
			if k == f {
				return true
			}
		}
	}
	return false
}

// labelTable returns the Skipped entry for a table of records none of
// which can hold an article, or false. names are the records' field names
// as written, in order of first use; n is the number of records.
func labelTable(path string, n int, names []string, noun string) (Skipped, bool) {
	if n < 1 {
		return Skipped{}, false
	}
	for _, name := range names {
		if articleField(foldName(name)) {
			return Skipped{}, false
		}
	}
	list := strings.Join(names, ", ")
	if len(names) == 0 {
		list = "none"
	}
	return Skipped{
		Source: path,
		Reason: fmt.Sprintf("%s: no %s holds article text (%d %s; %ss: %s)", causeLabelTable, noun, n, plural(n, "record"), noun, list),
		Cause:  causeLabelTable,
	}, true
}

// fieldUnion adds the names of r not yet in seen to names.
func fieldUnion(names []string, seen map[string]bool, r *record) []string {
	for _, n := range r.names {
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	return names
}

// plural returns noun, or noun+"s" when n is not 1.
func plural(n int, noun string) string {
	if n == 1 {
		return noun
	}
	return noun + "s"
}
