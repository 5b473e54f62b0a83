// Command firstnames builds corpus/nlp/firstnames.tsv: the gender
// that news writing gives the people a first name belongs to, learned
// from the pronouns that follow full names in the Article-Bias-Prediction
// corpus (../shared/data/abp, Apache-2.0).
//
// Method, after Bergsma & Lin (2006, "Bootstrapping path-based pronoun
// resolution", COLING-ACL; their gender counts from pronouns that follow
// a noun): for every full name written as a capitalised word and a
// surname ("Anna Warren", "Anna McAllister", "Anna O'Neill"), the first
// he/him/his/himself or she/her/hers/herself within the next 12 words of
// the same paragraph, before any other full name, counts for the first
// word. A word is kept as a first name when it is written in lower case
// at most a tenth as often as capitalised ("Will", "Rand" may stay;
// "Former" does not), stands alone (no surname after it) no more often
// than it begins a full name ("Trump", "Florida" and "Monday" do), and has
// at least 30 counted pronouns, 85% or more of them masculine or 60% or
// more feminine: news mentions men far more often, so a woman's name is
// followed by some other man's "he" more often than the reverse, and the
// shares say how the two errors were weighed.
// Everything else is unknown: the resolver then reads gender only from
// honorifics, as before. The table is used only for names the tagger
// typed as people.
//
// The output is sorted, so the same input gives the same bytes. It takes
// under a minute on one core.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/scripts/internal/abp"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "firstnames:", err)
		os.Exit(1)
	}
}

// Thresholds of the method (package comment).
const (
	reach      = 12   // words after a full name searched for its pronoun
	maxLower   = 0.1  // lower-case uses per capitalised use
	minCounted = 30   // pronouns counted
	minMasc    = 0.85 // share of masculine pronouns for "m"
	minFem     = 0.60 // share of feminine pronouns for "f"
)

var pronouns = map[string]byte{
	"he": 'm', "him": 'm', "his": 'm', "himself": 'm',
	"she": 'f', "her": 'f', "hers": 'f', "herself": 'f',
}

type stats struct {
	masc, fem, capital int
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("firstnames", flag.ContinueOnError)
	in := fs.String("in", abp.DefaultPath, "the Article-Bias-Prediction articles, JSON Lines, gzip-compressed")
	out := fs.String("out", "corpus/nlp/firstnames.tsv", "the table to write")
	if err := fs.Parse(args); err != nil {
		return err
	}
	names := map[string]*stats{}
	lower, alone := map[string]int{}, map[string]int{}
	docs := 0
	err := abp.Each(*in, func(a *abp.Article) error {
		docs++
		for _, words := range a.Paragraphs {
			count(words, names, lower, alone)
		}
		return nil
	})
	if err != nil {
		return err
	}
	type row struct {
		name   string
		gender byte
		n      int
		share  float64
	}
	var rows []row
	for w, s := range names {
		n := s.masc + s.fem
		if n < minCounted || lower[strings.ToLower(w)] > int(maxLower*float64(s.capital)) || alone[w] > s.capital {
			continue
		}
		switch m, f := float64(s.masc)/float64(n), float64(s.fem)/float64(n); {
		case m >= minMasc:
			rows = append(rows, row{w, 'm', n, m})
		case f >= minFem:
			rows = append(rows, row{w, 'f', n, f})
		}
	}
	slices.SortFunc(rows, func(a, b row) int { return strings.Compare(a.name, b.name) })
	fem := 0
	for _, r := range rows {
		if r.gender == 'f' {
			fem++
		}
	}
	fmt.Fprintf(stderr, "firstnames: %d articles, %d capitalised words before another, %d kept as first names (%d feminine)\n", docs, len(names), len(rows), fem)
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintf(bw, "# First names and the gender news writing gives the people who bear them, for corpus/nlp/refer's pronoun agreement.\n")
	fmt.Fprintf(bw, "# Source: Article-Bias-Prediction corpus (Baly et al., EMNLP 2020; ramybaly/Article-Bias-Prediction), Apache-2.0, %d articles; see SOURCE.md.\n", docs)
	fmt.Fprintf(bw, "# Built by: go run ./scripts/firstnames (method in its package comment: pronouns after full names, Bergsma & Lin 2006).\n")
	fmt.Fprintf(bw, "# Columns: first name, m or f, pronouns counted, share of the kept gender.\n")
	for _, r := range rows {
		fmt.Fprintf(bw, "%s\t%c\t%d\t%.3f\n", r.name, r.gender, r.n, r.share)
	}
	err = bw.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// count adds one paragraph's evidence.
func count(words []string, names map[string]*stats, lower, alone map[string]int) {
	for i, w := range words {
		if !capitalised(w) {
			if isLower(w) {
				lower[w]++
			}
			continue
		}
		if i+1 >= len(words) || !surname(words[i+1]) {
			alone[w]++
			continue
		}
		if i > 0 && capitalised(words[i-1]) {
			continue // a full name is exactly two words here
		}
		if i+2 < len(words) && surname(words[i+2]) {
			continue
		}
		s := names[w]
		if s == nil {
			s = &stats{}
			names[w] = s
		}
		s.capital++
		for j := i + 2; j < len(words) && j <= i+1+reach; j++ {
			if j+1 < len(words) && capitalised(words[j]) && surname(words[j+1]) {
				break // another full name comes first
			}
			if g, ok := pronouns[strings.ToLower(words[j])]; ok {
				if g == 'm' {
					s.masc++
				} else {
					s.fem++
				}
				break
			}
		}
	}
}

// capitalised reports a word of letters, at least two, whose first is
// upper case and the rest lower ("Mary", not "NATO" or "McCain's").
func capitalised(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 2 {
		return false
	}
	for _, r := range w[n:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// surname reports a word that may follow a first name in a full name:
// capitalised, or a word of letters and apostrophes that begins upper case
// and has a lower-case letter ("McAllister", "DeLuca", "O'Neill"; not
// "NATO"). Hyphenated words are left out: once punctuation is dropped, a
// party tag ("(R-Maine)") would look like a surname.
func surname(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 2 {
		return false
	}
	lower := false
	for _, r := range w[n:] {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r), r == '\'', r == '’':
		default:
			return false
		}
	}
	return lower
}

func isLower(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}
