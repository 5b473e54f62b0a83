package nlp

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
)

// firstnames.tsv: first names and the gender news writing gives the
// people who bear them, built by `go run ./scripts/firstnames`, whose
// package comment gives the method and its thresholds (SOURCE.md). Each
// row says its source in its last column: "news", learned from the
// pronouns that follow full names in the Article-Bias-Prediction corpus
// (Apache-2.0), or "births", for a name those pronouns do not settle, the
// share of one sex in US births of 1930-2013 (the Social Security
// Administration's counts, public domain; third_party/ssa-names). A name
// the table lacks, or shares between genders, is unknown, and agreement
// then rests on honorifics and pronouns alone. Quote attribution
// (speaker.go) and pronoun resolution (corpus/nlp/refer) read it.
//
//go:embed firstnames.tsv
var firstNamesTSV string

// firstNameColumns is how many tab-separated columns a row of
// firstnames.tsv has: name, m or f, count, share, source.
const firstNameColumns = 5

var firstNames = sync.OnceValue(func() map[string]byte {
	out := map[string]byte{}
	sc := bufio.NewScanner(strings.NewReader(firstNamesTSV))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != firstNameColumns {
			panic("nlp: embedded firstnames.tsv: a line without five columns: " + line)
		}
		if f[4] != "news" && f[4] != "births" {
			panic("nlp: embedded firstnames.tsv: source " + f[4] + " is neither news nor births")
		}
		switch f[1] {
		case "m":
			out[f[0]] = male
		case "f":
			out[f[0]] = female
		default:
			panic("nlp: embedded firstnames.tsv: gender " + f[1] + " is neither m nor f")
		}
	}
	return out
})

// FirstNameGender returns 'm' or 'f', the gender news writing gives the
// people who bear the first name (as written: "Nancy"), or for a name news
// does not settle, the gender of nearly all its US births; and false for a
// name the table does not know.
func FirstNameGender(first string) (byte, bool) {
	g, ok := firstNames()[first]
	return g, ok
}

// FirstName returns the word of a full name that firstnames.tsv is read
// with: its first word, or, when the name opens with initials, the first
// word after them that a surname still follows ("Michael" of "J. Michael
// Hale", "Dana" of "J.R. Dana Hale"). An initial says nothing of gender
// or of a person, and the given name the person goes by is the word
// after it. A name of initials and a surname alone ("J.D. Hale", "H. R.
// Hale") gives its first initial, which the table does not know.
func FirstName(name string) string {
	w := strings.Fields(name)
	if len(w) == 0 {
		return ""
	}
	i := 0
	for i+2 < len(w) && isInitials(w[i]) {
		i++
	}
	if isInitials(w[i]) {
		return w[0]
	}
	return w[i]
}
