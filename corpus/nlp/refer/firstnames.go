package refer

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
// and its thresholds. A name the table lacks, or shares between genders,
// is unknown, and agreement then rests on honorifics alone.
//
//go:embed firstnames.tsv
var firstNamesTSV string

var firstNames = sync.OnceValue(func() map[string]Agreement {
	out := map[string]Agreement{}
	sc := bufio.NewScanner(strings.NewReader(firstNamesTSV))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			panic("refer: embedded firstnames.tsv: a line without a gender: " + line)
		}
		switch f[1] {
		case "m":
			out[f[0]] = Masculine
		case "f":
			out[f[0]] = Feminine
		default:
			panic("refer: embedded firstnames.tsv: gender " + f[1] + " is neither m nor f")
		}
	}
	return out
})
