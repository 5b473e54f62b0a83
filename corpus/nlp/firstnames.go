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
