package nlp

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
)

// firstnames.tsv: first names and the gender news writing gives the
// people who bear them, learned from the pronouns that follow full names
// in the Article-Bias-Prediction corpus (Apache-2.0) by
// `go run ./scripts/firstnames`, whose package comment gives the method
// and its thresholds (SOURCE.md). A name the table lacks, or shares
// between genders, is unknown, and agreement then rests on honorifics and
// pronouns alone. Quote attribution (speaker.go) and pronoun resolution
// (corpus/nlp/refer) read it.
//
//go:embed firstnames.tsv
var firstNamesTSV string

var firstNames = sync.OnceValue(func() map[string]byte {
	out := map[string]byte{}
	sc := bufio.NewScanner(strings.NewReader(firstNamesTSV))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			panic("nlp: embedded firstnames.tsv: a line without a gender: " + line)
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
// people who bear the first name (as written: "Nancy"), and false for a
// name the table does not know.
func FirstNameGender(first string) (byte, bool) {
	g, ok := firstNames()[first]
	return g, ok
}
