package nlp

// Term keys: which words count as the same term.
//
// Rule: two spellings are one term only where they are the same word: a
// word and its inflections (plural, third person, past, participles:
// "sanction", "sanctions", "sanctioned", "sanctioning"; "say", "says",
// "said"; "child", "children"). Words made from one another
// ("nation", "national", "nationalism"; "govern", "government") and words
// that only look alike ("ad" and "added") are different words, so
// different terms: a framing difference often lies exactly there.
//
// Algorithm: Porter2 alone cannot keep that rule. It merges words
// ("added" and "ads" are both "ad"; "national", "nationality" and
// "nationalism" are all "nation"; "united" is "unit") and parts words
// ("said" and "say"). So each word of a vocabulary first finds its lemma
// (Lemma: a short list of irregular forms, then suffix rules for -s, -es,
// -ies, -ed and -ing with e-restoration and doubled consonants, each
// candidate lemma checked against the vocabulary), and the Porter2 stem of
// the lemma is the term's key. Where several lemmas share a stem, the most
// frequent keeps the stem as its key and each other lemma gets a key of
// its own, "stem~lemma":
//
//	added, adding, adds, add        ─▶ lemma add     ─▶ "add"
//	ad, ads                         ─▶ lemma ad      ─▶ "ad"
//	national                        ─▶ lemma national ─▶ "nation" (most frequent of its stem)
//	nation, nations                 ─▶ lemma nation  ─▶ "nation~nation"
//	said, says, say                 ─▶ lemma say     ─▶ "say"
//
// The vocabulary is the lower-case words of the Article-Bias-Prediction
// corpus (37,554 US news articles) in at least TermMinDocs articles;
// `go run ./scripts/terms` derives the keys from it and writes the words
// whose key is not their plain Porter2 stem to termkeys.tsv, embedded.
// Keeping the stem as the key wherever the rule allows keeps the keys of
// the loaded-language background and the tone model's lexicon the same
// for the great majority of words.
//
// Limits: without the vocabulary's evidence a suffix is not removed, so a
// word rarer than TermMinDocs articles gets its plain Porter2 stem, merges
// included. A word spelled like an inflection of another ("evening") is
// taken for one only where the vocabulary shows the other as a verb (its
// past or -ing form); a noun and a verb of one spelling ("meeting", a
// gerund and a noun) are one term. Irregular forms that are also other
// words ("left", "found", "felt", "saw", "lay", "shot", "fed", "woke")
// are left out of the list, so they are their own terms. Comparatives
// ("bigger") are their own terms, as Porter2 has them.

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// TermVersion numbers the term keys: raise it whenever a word's key
// changes (the rules, the irregular forms, termkeys.tsv), because framing
// kept between comparisons and background counts kept by a store are
// made of keys.
const TermVersion = 2

// TermMinDocs is the fewest articles of the vocabulary a word must appear
// in for its suffix rules to be trusted.
const TermMinDocs = 5

// irregular maps an irregular inflected form to its lemma. Forms that are
// also common words of their own are left out (see Limits above).
var irregular = func() map[string]string {
	m := map[string]string{}
	for _, l := range []string{
		// verbs: lemma, then its irregular past and participle forms
		"say said", "go went gone", "take took taken", "make made",
		"come came", "give gave given", "know knew known", "get got gotten",
		"tell told", "become became", "show shown", "bring brought",
		"begin began begun", "keep kept", "hold held", "write wrote written",
		"stand stood", "hear heard", "mean meant", "meet met", "run ran",
		"pay paid", "sit sat", "speak spoke spoken", "lead led",
		"grow grew grown", "lose lost", "fall fallen", "send sent",
		"build built", "understand understood", "draw drew drawn",
		"break broke broken", "spend spent", "rise risen", "drive drove driven",
		"buy bought", "wear wore worn", "choose chose chosen", "seek sought",
		"throw threw thrown", "catch caught", "deal dealt", "win won",
		"forget forgot forgotten", "sell sold", "fight fought", "teach taught",
		"eat ate eaten", "sing sang sung", "hide hid hidden", "steal stole stolen",
		"strike struck stricken", "swear swore sworn", "flee fled", "beat beaten",
		"blow blew blown", "fly flew flown", "freeze froze frozen", "hang hung",
		"ride rode ridden", "shake shook shaken", "shrink shrank shrunk",
		"sink sank sunk", "slide slid", "spin spun", "stick stuck",
		"swim swam swum", "tear torn", "weep wept", "withdraw withdrew withdrawn",
		"undertake undertook undertaken", "overcome overcame",
		"overtake overtook overtaken", "see seen", "forgive forgave forgiven",
		"forbid forbade forbidden", "mistake mistook mistaken",
		"spring sprang sprung", "swing swung", "sting stung",
		"sweep swept", "creep crept", "kneel knelt", "leap leapt", "dig dug",
		"cling clung", "fling flung", "speed sped", "bleed bled", "sleep slept",
		"arise arose arisen", "awake awoke awoken", "bite bitten",
		"do did done", "have had", "be was were been", "lay laid",
		"mislead misled", "slay slain", "wring wrung",
		// verbs whose past is the present, or whose past is left out
		// above as a word of its own: their -ing forms are still theirs
		"cast", "cost", "cut", "bet", "bid", "burst", "hit", "hurt", "let",
		"put", "quit", "read", "rid", "set", "shed", "shut", "spit", "split",
		"spread", "thrust", "upset", "broadcast", "forecast", "feel", "find",
		"leave", "think", "shoot", "feed", "wind", "bind", "grind", "light",
		"bear", "wake",
		// nouns: singular, then plural
		"child children", "man men", "woman women", "foot feet", "tooth teeth",
		"mouse mice", "goose geese", "crisis crises", "analysis analyses",
		"thesis theses", "hypothesis hypotheses", "criterion criteria",
		"phenomenon phenomena", "wife wives", "knife knives", "wolf wolves",
		"half halves", "thief thieves", "shelf shelves",
	} {
		f := strings.Fields(l)
		m[f[0]] = f[0]
		for _, x := range f[1:] {
			m[x] = f[0]
		}
	}
	return m
}()

// irregularLemma reports whether lemma has irregular forms in the list: its
// regular -ed spelling ("seed" of "see") is then another word.
var irregularLemma = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range irregular {
		m[l] = true
	}
	return m
}()

// Vocabulary is a set of lower-case words with the number of documents
// each appears in.
type Vocabulary map[string]int

func (v Vocabulary) known(w string) bool { return v[w] >= TermMinDocs }

// Lemma returns the dictionary form of a lower-case word, as far as its
// spelling and the vocabulary show it: "policies" is "policy", "added"
// "add", "stopped" "stop", "hoping" "hope", "said" "say". A word no rule
// applies to is its own lemma.
func (v Vocabulary) Lemma(w string) string {
	if l, ok := irregular[w]; ok {
		return l
	}
	for _, c := range v.candidates(w) {
		if v.known(c) {
			if strings.HasSuffix(w, "s") {
				// killings: killing, itself a form of kill
				return v.Lemma(c)
			}
			if v.Lemma(c) != c {
				continue // pleased: not pleas, a plural
			}
			return c
		}
	}
	return w
}

// candidates returns the lemmas w may be an inflection of, most likely
// first. A plural's lemma must have the plural's Porter2 stem (so "news"
// is not "new"); a verb form's lemma must generate it by the spelling
// rules (e dropped before -ing, y to -ied, a final consonant doubled) and
// show another of its verb forms in the vocabulary ("hoped" is "hope"
// because "hoping" is a word too; "evening" is not "even" unless "evened"
// is).
func (v Vocabulary) candidates(w string) []string {
	n := len(w)
	var out []string
	plural := func(c string) {
		if len(c) >= 2 && english.Stem(c, true) == english.Stem(w, true) {
			out = append(out, c)
		}
	}
	verb := func(c string) {
		// An irregular verb's past is listed: its -d spelling is
		// another word ("seed" is not "see").
		if len(c) < 3 || irregularLemma[c] && w == c+"d" {
			return
		}
		forms := verbForms(c)
		if !slices.Contains(forms, w) {
			return
		}
		for _, f := range forms {
			if f != w && v.known(f) && (strings.HasSuffix(f, "ing") != strings.HasSuffix(w, "ing")) {
				out = append(out, c)
				return
			}
		}
	}
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		plural(w[:n-3] + "y") // policies
	case n > 3 && strings.HasSuffix(w, "es"):
		plural(w[:n-1]) // votes, uses
		plural(w[:n-2]) // taxes, churches
	case n >= 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		plural(w[:n-1])
	case n > 3 && strings.HasSuffix(w, "ed"):
		if n > 4 && strings.HasSuffix(w, "ied") {
			verb(w[:n-3] + "y") // carried, not Carrie
		}
		if doubles(w[:n-2]) {
			verb(w[:n-1]) // hoped: hop would be hopped
			doubled(w[:n-2], verb)
		} else {
			doubled(w[:n-2], verb) // aided, not aide
			verb(w[:n-1])          // agreed, voted
		}
	case n > 4 && strings.HasSuffix(w, "ing"):
		b := w[:n-3]
		if irregularLemma[b] {
			out = append(out, b) // meeting, building, saying
		}
		if irregularLemma[b+"e"] {
			out = append(out, b+"e") // making, writing
		}
		if k := len(b); k >= 2 && irregularLemma[b[:k-1]] && b[k-1] == b[k-2] {
			out = append(out, b[:k-1]) // winning, beginning
		}
		if strings.HasSuffix(b, "y") {
			verb(b[:len(b)-1] + "ie") // dying
		}
		if doubles(b) {
			verb(b + "e") // hoping: hop would be hopping
			doubled(b, verb)
		} else {
			doubled(b, verb) // aiding, not aide
			verb(b + "e")    // voting
		}
	}
	return out
}

// doubles reports whether a verb spelled b would double its final
// consonant before -ed and -ing: one vowel between consonants at its end
// ("hop", "stop"), so that "hoped" is more likely "hope" than "hop".
func doubles(b string) bool {
	k := len(b)
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	return k >= 3 && !vowel(b[k-1]) && strings.IndexByte("wxy", b[k-1]) < 0 && vowel(b[k-2]) && !vowel(b[k-3])
}

// doubled tries the base b of an -ed or -ing form as it is and with a
// doubled final consonant undone, in the likelier order: a verb doubles its
// final consonant before a suffix ("stop", "stopped"), and few end in a
// doubled one, except in l, s, f, z and "add" ("tell", "pass", "staff").
func doubled(b string, try func(string)) {
	k := len(b)
	if k < 3 || b[k-1] != b[k-2] || strings.IndexByte("aeiou", b[k-1]) >= 0 {
		try(b) // walked, walking
		return
	}
	if strings.IndexByte("lsfzd", b[k-1]) >= 0 {
		try(b) // telling, passed, added
		try(b[:k-1])
		return
	}
	try(b[:k-1]) // stopped, bragged, not Bragg
	try(b)
}

// verbForms returns the regular past and -ing spellings of a verb, with
// and without its final consonant doubled.
func verbForms(c string) []string {
	n := len(c)
	last := c[n-1]
	vowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	switch {
	case strings.HasSuffix(c, "ie"):
		return []string{c + "d", c[:n-2] + "ying"}
	case strings.HasSuffix(c, "ee") || strings.HasSuffix(c, "ye") || strings.HasSuffix(c, "oe"):
		return []string{c + "d", c + "ing"}
	case last == 'e':
		return []string{c + "d", c[:n-1] + "ing"}
	case last == 'y' && n >= 2 && !vowel(c[n-2]):
		return []string{c[:n-1] + "ied", c + "ing"}
	case !vowel(last) && last != 'w' && last != 'x' && last != 'y' && n >= 2 && vowel(c[n-2]):
		d := c + string(last)
		return []string{c + "ed", c + "ing", d + "ed", d + "ing"}
	}
	return []string{c + "ed", c + "ing"}
}

// TermKeys returns the key of each word of the vocabulary whose key is not
// its plain Porter2 stem (see the rule atop this file). names holds the
// words written with a capital, in lower case, with their documents: a
// name is a word of its own ("Cooper" is not "cooperate", "Harris" not
// "Harry"), whose plural in -s is the same name ("Americans"). Only words
// made of the letters a to z are keyed; the others keep their stems.
func (v Vocabulary) TermKeys(names Vocabulary) map[string]string {
	lemma := map[string]string{}
	uses := map[string]int{} // a lemma's documents, summed over its forms
	for w, n := range v {
		if n < TermMinDocs || !lettersOnly(w) {
			continue
		}
		l := v.Lemma(w)
		lemma[w] = l
		uses[l] += n
	}
	for w, n := range names {
		if n < TermMinDocs || !lettersOnly(w) || v.known(w) {
			continue
		}
		l := w
		if k := len(w); k > 3 && w[k-1] == 's' && !strings.HasSuffix(w, "ss") && english.Stem(w[:k-1], true) == english.Stem(w, true) {
			if c := w[:k-1]; v.known(c) || names.known(c) {
				l = v.Lemma(c)
			}
		}
		lemma[w] = l
		uses[l] += n
	}
	// The lemma with the most uses keeps its stem; ties go to the
	// alphabetically first, so the keys do not depend on map order.
	owner := map[string]string{}
	for l, n := range uses {
		s := english.Stem(l, true)
		o, ok := owner[s]
		if !ok || n > uses[o] || n == uses[o] && l < o {
			owner[s] = l
		}
	}
	out := map[string]string{}
	for w, l := range lemma {
		s := english.Stem(l, true)
		k := s
		if owner[s] != l {
			k = s + "~" + l
		}
		if k != english.Stem(w, true) {
			out[w] = k
		}
	}
	// Irregular forms rarer than TermMinDocs are keyed all the same.
	for f, l := range irregular {
		if _, ok := out[f]; !ok && lemma[f] == "" {
			if k := english.Stem(l, true); k != english.Stem(f, true) {
				out[f] = k
			}
		}
	}
	return out
}

func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

//go:embed termkeys.tsv
var termKeysFile string

var termKeys = sync.OnceValue(func() map[string]string {
	m, err := ReadTermKeys("termkeys.tsv", strings.NewReader(termKeysFile))
	if err != nil {
		panic("nlp: built-in term keys: " + err.Error())
	}
	return m
})

// ReadTermKeys reads a term-key file: a word, a tab and its key per line;
// "#" starts a comment line.
func ReadTermKeys(name string, r io.Reader) (map[string]string, error) {
	m := map[string]string{}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		w, k, ok := strings.Cut(l, "\t")
		if !ok || w == "" || k == "" {
			return nil, fmt.Errorf("%s:%d: want a word, a tab and its key", name, line)
		}
		m[w] = k
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return m, nil
}
