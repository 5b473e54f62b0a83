package frame

import (
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

func TestIsByline(t *testing.T) {
	tests := []struct {
		para string
		want bool
	}{
		{"By Ana Ruiz and Tom Hale", true},
		{"BY ANA RUIZ", true},
		{"By Saturday the talks had failed.", false},
		{"By the time Blinken landed, the call was over.", false},
	}
	for _, tc := range tests {
		if got := isByline(tc.para); got != tc.want {
			t.Errorf("isByline(%q) = %v, want %v", tc.para, got, tc.want)
		}
	}
}

func TestIsCredit(t *testing.T) {
	tests := []struct {
		para string
		want bool
	}{
		{"Keystone Wire's Ana Ruiz and Tom Hale contributed to this report.", true},
		{"- Pacific Ledger's Ana Ruiz contributed to this report.", true},
		{"Associated Press writers Ana Ruiz and Tom Hale contributed to this report from Alden, and Dana Whitfield contributed from Brill.", true},
		{"Ana Ruiz contributed reporting.", true},
		{"Tom Ferris said the council contributed to the ferry's losses.", false},
		{"Maria Lindqvist contributed $5,000 to the campaign.", false},
		{"Contributing: Ana Ruiz, Keystone Wire; Tom Hale, The Alden Ledger", true},
		{"Additional reporting by Ana Ruiz in Alden and Tom Hale in Brill.", true},
		{"(Writing by Ana Ruiz; Editing by Tom Hale)", true},
		{"Reporting was contributed by Ana Ruiz and Tom Hale.", true},
		{"Additional reporting: Dana Whitfield in Brill", true},
		{"Contributing to this report: Ana Ruiz in Alden" + strings.Repeat(", Tom Hale in Brill", 20) + ".", true},
		{"Tom Ferris said the council" + strings.Repeat(" and the ferry board", 20) + " contributed to the report's delay.", false},
		{"Reporting by the council's auditors found the ferry lost money.", false},
		{"Contributing to the losses, the council said, was the ferry's age.", false},
		{"Produced by the harbour board, the study counts every sailing.", false},
	}
	tests = append(tests, []struct {
		para string
		want bool
	}{
		{"Ana Ruiz CONTRIBUTED TO THIS REPORT.", true},
		{"Ana Ruiz Contributed Reporting", true},
		{"Ana Ruiz contributed to this ſtory.", true}, // (?i): "ſ" is "s"
		{"Ana Ruiz contribute to this report.", false},
	}...)
	for _, tc := range tests {
		if got := isCredit(tc.para); got != tc.want {
			t.Errorf("isCredit(%q) = %v, want %v", tc.para, got, tc.want)
		}
		// The check before the regular expressions leaves no line out.
		n := len(strings.Fields(tc.para))
		if want := n <= maxCreditWords && creditLine.MatchString(tc.para) || n <= maxLabelledCreditWords && creditLabel.MatchString(tc.para); isCredit(tc.para) != want {
			t.Errorf("isCredit(%q) = %v, the regular expressions alone say %v", tc.para, !want, want)
		}
	}
}

func TestIsPlayerLine(t *testing.T) {
	tests := []struct {
		para string
		want bool
	}{
		{"JUST WATCHED Ferris on the ferry vote Replay More Videos ... MUST WATCH Ferris on the ferry vote 02:14", true},
		{"MUST WATCH Whitfield: 'The bridge will open' 03:33", true},
		{"Tom Ferris said he had just watched the vote and would replay the tape for reporters.", false},
		{"Residents must watch the river levels, the council warned.", false},
		// (?i) matches "s" with "ſ": the check before the regular
		// expression must leave such a line to it.
		{"JUſT WATCHED Ferris on the ferry vote 02:14", true},
		{"muſt watch: Whitfield on the bridge", true},
		{"just watchéd Ferris on the ferry vote", false},
		{"REPLAY MORE VIDEOS", true},
		{"replay more video", false},
	}
	for _, tc := range tests {
		if got := isPlayerLine(tc.para); got != tc.want {
			t.Errorf("isPlayerLine(%q) = %v, want %v", tc.para, got, tc.want)
		}
		// The check before the regular expression leaves no line out.
		if want := len(strings.Fields(tc.para)) <= maxPlayerWords && playerLine.MatchString(tc.para); isPlayerLine(tc.para) != want {
			t.Errorf("isPlayerLine(%q) = %v, the regular expression alone says %v", tc.para, !want, want)
		}
	}
}

func TestContainsFoldASCII(t *testing.T) {
	tests := []struct {
		s, w string
		want bool
	}{
		{"MUST WATCH", "watch", true},
		{"wAtCh", "watch", true},
		{"just watched", "watch", true},
		{"the stopwatch", "watch", true},
		{"Replay", "replay", true},
		{"", "watch", false},
		{"watc", "watch", false},
		{"wat ch", "watch", false},
		{"wätch", "watch", false},
		{"ｗatch", "watch", false},
		{"W\x00TCH", "watch", false},
		{"wa\x14ch", "watch", false}, // 0x14|0x20 is 0x34, "4": no letter
		{"repla", "replay", false},
		{"replaY", "replay", true},
	}
	for _, tc := range tests {
		if got := containsFoldASCII(tc.s, tc.w); got != tc.want {
			t.Errorf("containsFoldASCII(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.want)
		}
	}
}

func TestInLower(t *testing.T) {
	for _, s := range []string{
		"February", "FEBRUARY", "february", "Feb", "FeB", "Febr", "", "Monday",
		"Aprİl", // "İ" is "i" in lower case: "april"
		"Ａpril", "Mayday", "Sept", strings.Repeat("A", 30), "a.m", "A.M", "PM",
	} {
		for name, m := range map[string]map[string]bool{"months": months, "weekdays": weekdays, "meridiem": meridiem} {
			if got, want := inLower(m, s), m[strings.ToLower(s)]; got != want {
				t.Errorf("inLower(%s, %q) = %v, want %v", name, s, got, want)
			}
		}
	}
	if !inLower(months, "Aprİl") {
		t.Errorf("inLower(months, \"Aprİl\") = false, want true")
	}
}

// TestPlayerLinesAreFurniture: a video player's lines in a scraped text
// are the titles of other clips: no terms, no evidence. A summary box's
// label is furniture, its summary the outlet's words.
func TestPlayerLinesAreFurniture(t *testing.T) {
	text := "Story highlights Tom Ferris wants the ferry sold\n\n" +
		"JUST WATCHED Whitfield slams ferry plan Replay More Videos ... MUST WATCH Whitfield slams ferry plan 02:14\n\n" +
		"Tom Ferris told the council that the ferry should be sold."
	d, err := (&nlp.Annotator{}).AnnotateOne(t.Context(), corpus.Article{ID: "t", Outlet: "Pacific Ledger", Language: "en", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	roles := tokenRoles(d)
	player := strings.Index(text, "JUST")
	story := strings.Index(text, "Tom Ferris told")
	for i := range d.Tokens {
		w, at := d.TokenText(i), d.Tokens[i].Start
		want := w == "Story" || w == "highlights" || at >= player && at < story
		if !nlp.IsWord(w) || at > player && at < story && hasDigit(w) {
			continue
		}
		if got := roles[i]&roleFurniture != 0; got != want {
			t.Errorf("%q at %d: furniture %v, want %v", w, at, got, want)
		}
	}
}

// TestCreditLineIsFurniture: the credit line that ends an article names
// its staff, not the event: its words are no term and its names no
// evidence that a sentence is only here. The same names in the story stay
// words of it.
func TestCreditLineIsFurniture(t *testing.T) {
	text := "Tom Ferris spoke to Ana Ruiz at the council.\n\nThe ferry will stop running next spring.\n\nPacific Ledger's Ana Ruiz and Dana Whitfield contributed to this report."
	d, err := (&nlp.Annotator{}).AnnotateOne(t.Context(), corpus.Article{ID: "t", Outlet: "Pacific Ledger", Language: "en", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	roles := tokenRoles(d)
	credit := strings.Index(text, "Pacific Ledger's")
	for i := range d.Tokens {
		w, in := d.TokenText(i), d.Tokens[i].Start >= credit
		if !nlp.IsWord(w) {
			continue
		}
		if got := roles[i]&roleFurniture != 0; got != in {
			t.Errorf("%q at %d: furniture %v, want %v", w, d.Tokens[i].Start, got, in)
		}
	}
}

// TestTokenRoles annotates a short article and checks which words are
// furniture: the dateline, the agency tag, the outlet's name, dates; which
// are numbers; which are titles before a person.
func TestTokenRoles(t *testing.T) {
	text := "HONOLULU, Feb 12 (Keystone) — Foreign Minister Sergey Lavrov told Keystone Wire on Saturday that 3,000 troops had left in February 2022.\n\nNew Jersey senators met Keystone editors."
	d, err := (&nlp.Annotator{}).AnnotateOne(t.Context(), corpus.Article{ID: "t", Outlet: "Keystone Wire", Language: "en", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	roles := tokenRoles(d)
	want := map[string]uint8{
		"HONOLULU": roleFurniture, "Feb": roleFurniture, "12": roleFurniture | roleNumber,
		"Foreign": roleTitle, "Minister": roleTitle, "Sergey": 0, "Saturday": roleFurniture,
		"3,000": roleNumber, "February": roleFurniture, "2022": roleFurniture | roleNumber,
		"New": 0, "Jersey": 0, "senators": 0, "troops": 0,
	}
	seen := map[string]bool{}
	for i := range d.Tokens {
		w := d.TokenText(i)
		if r, ok := want[w]; ok && !seen[w] {
			seen[w] = true
			if roles[i] != r {
				t.Errorf("%q: roles %b, want %b", w, roles[i], r)
			}
		}
		if w == "Keystone" && roles[i]&roleFurniture == 0 {
			t.Errorf("the outlet's name %q at %d is not furniture", w, d.Tokens[i].Start)
		}
	}
	for w := range want {
		if !seen[w] {
			t.Errorf("no token %q", w)
		}
	}
}

// TestOtherLanguageDates: a date written in another language, the month
// in lower case after the day ("14 de febrero", "13. Februar"), is
// furniture as "Feb 12" is; a number that is no day stays a number.
func TestOtherLanguageDates(t *testing.T) {
	tests := []struct {
		language, text string
		want           map[string]uint8
	}{
		{"es", "PEKÍN, 14 de febrero (Diario del Puerto). El tribunal rechazó el recurso de 3 federaciones.",
			map[string]uint8{"14": roleFurniture | roleNumber, "febrero": roleFurniture, "3": roleNumber}},
		{"de", "Am 13. Februar wählte die Versammlung den Präsidenten mit 1045 Stimmen.",
			map[string]uint8{"Februar": roleFurniture, "1045": roleNumber}},
		{"fr", "Le 14 février, le tribunal a rejeté le recours de 3 fédérations.",
			map[string]uint8{"14": roleFurniture | roleNumber, "février": roleFurniture, "3": roleNumber}},
	}
	for _, tc := range tests {
		d, err := (&nlp.Annotator{}).AnnotateOne(t.Context(), corpus.Article{ID: "t", Outlet: "Diario del Puerto", Language: tc.language, Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		roles := tokenRoles(d)
		seen := map[string]bool{}
		for i := range d.Tokens {
			w := d.TokenText(i)
			if r, ok := tc.want[w]; ok && !seen[w] {
				seen[w] = true
				if roles[i] != r {
					t.Errorf("%s %q in %q: roles %b, want %b", tc.language, w, tc.text, roles[i], r)
				}
			}
		}
		for w := range tc.want {
			if !seen[w] {
				t.Errorf("%s: no token %q in %q", tc.language, w, tc.text)
			}
		}
	}
}

// TestClockWords: a live blog's time stamps are furniture, "p.m." and the
// time zone after a time, and the same letters elsewhere are not.
func TestClockWords(t *testing.T) {
	text := "Update at 4:08 p.m. ET: Maria Lindqvist answers her critics.\n\nThe vote is at 10 am GMT, and the PM said the ET team would attend."
	d, err := (&nlp.Annotator{}).AnnotateOne(t.Context(), corpus.Article{ID: "t", Outlet: "Pacific Ledger", Language: "en", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	roles := tokenRoles(d)
	var furniture, not []string
	for i := range d.Tokens {
		w := d.TokenText(i)
		switch strings.Trim(w, ".") {
		case "p.m", "ET", "am", "GMT", "PM":
			if roles[i]&roleFurniture != 0 {
				furniture = append(furniture, w)
			} else {
				not = append(not, w)
			}
		}
	}
	if got, want := strings.Join(furniture, " "), "p.m ET am GMT"; strings.ReplaceAll(got, "p.m.", "p.m") != want {
		t.Errorf("furniture %q, want %q", got, want)
	}
	if got, want := strings.Join(not, " "), "PM ET"; got != want {
		t.Errorf("not furniture %q, want %q", got, want)
	}
}

// TestPostSignatureIsFurniture: the signature of an embedded post says
// who posted and when; none of its words is a term, while the post and
// the outlet's own words stay.
func TestPostSignatureIsFurniture(t *testing.T) {
	text := "The senator answered online.\n\nThe vote was rigged from the start! — Dana Vance (@danavance) February 4, 2022\n\nHer office declined to comment."
	d, err := (&nlp.Annotator{}).AnnotateOne(t.Context(), corpus.Article{ID: "t", Outlet: "Pacific Ledger", Language: "en", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	roles := tokenRoles(d)
	sig := strings.Index(text, "—")
	var kept []string
	for i, tok := range d.Tokens {
		w := d.TokenText(i)
		if tok.Start >= sig && tok.Start < strings.Index(text, "\n\nHer") {
			if roles[i]&roleFurniture == 0 {
				t.Errorf("%q of the signature is not furniture", w)
			}
			continue
		}
		if roles[i]&roleFurniture != 0 {
			t.Errorf("%q outside the signature is furniture", w)
		}
		kept = append(kept, w)
	}
	if !slices.Contains(kept, "rigged") || !slices.Contains(kept, "declined") {
		t.Errorf("words kept %q, want the post's and the outlet's", kept)
	}
}

func TestOutletNameIsFurniture(t *testing.T) {
	tests := []struct {
		outlet, text, word string
		want               bool
	}{
		{"Fox Online News", "He told Fox News on Sunday that he would run.", "News", true},
		{"fox", "He told Fox News on Sunday that he would run.", "Fox", true},
		{"nyt", "The New York Times reported the story first.", "Times", true},
		{"The New York Times", "Officials in New Jersey said the NYT had called.", "Jersey", false},
		{"The New York Times", "Officials in New Jersey said the NYT had called.", "NYT", true},
		{"Keystone Wire", "The ministry told Keystone that it would respond.", "Keystone", true},
		{"Keystone Wire", "Keystone Pipeline talks resumed on Friday.", "Keystone", false},
	}
	for _, tc := range tests {
		d, err := (&nlp.Annotator{}).AnnotateOne(t.Context(), corpus.Article{ID: "t", Outlet: tc.outlet, Language: "en", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		roles := tokenRoles(d)
		found := false
		for i := range d.Tokens {
			if d.TokenText(i) == tc.word {
				found = true
				if got := roles[i]&roleFurniture != 0; got != tc.want {
					t.Errorf("%s in %q (outlet %q): furniture %v, want %v", tc.word, tc.text, tc.outlet, got, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("no token %q in %q", tc.word, tc.text)
		}
	}
}

func TestContractionsAreNoWords(t *testing.T) {
	for _, tok := range []string{"'re", "’m", "'ll", "n't", "'s", "'ve", "'d"} {
		if !isContraction(tok) {
			t.Errorf("%q is a word", tok)
		}
	}
	for _, tok := range []string{"re", "O'Brien", "'90s", "don"} {
		if isContraction(tok) {
			t.Errorf("%q is taken for a contraction", tok)
		}
	}
}

// TestEveryTimeZoneIsAClockWord: every time zone of the table, the
// longest too, is a clock word after a time; a longer word is not.
func TestEveryTimeZoneIsAClockWord(t *testing.T) {
	for z, want := range map[string]bool{"AEDT": true, "CEST": true, "ET": true, "AEDTX": false, "Et": false} {
		d := &nlp.Doc{Article: corpus.Article{Text: "4:08 " + z}, Tokens: []nlp.Token{{Start: 0, End: 4}, {Start: 5, End: 5 + len(z)}}}
		if got := isClockWord(d, 1); got != want {
			t.Errorf("isClockWord(%q after a time) = %v, want %v", z, got, want)
		}
	}
	for z := range timeZones {
		d := &nlp.Doc{Article: corpus.Article{Text: "4:08 " + z}, Tokens: []nlp.Token{{Start: 0, End: 4}, {Start: 5, End: 5 + len(z)}}}
		if !isClockWord(d, 1) {
			t.Errorf("isClockWord(%q after a time) = false", z)
		}
	}
}
