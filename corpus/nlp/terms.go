package nlp

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"maps"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// Term normalisation: how a token becomes the key that alignment's vectors
// and framing's counts are made of. It lives here, below both, so that the
// two stages count the same word the same way.

//go:embed stopwords.txt
var stopwordsFile string

// Stopwords is a set of lower-case words left out of term statistics and
// alignment vectors.
type Stopwords map[string]bool

var builtinStopwords = sync.OnceValue(func() Stopwords {
	sw, err := ReadStopwords("stopwords.txt", strings.NewReader(stopwordsFile))
	if err != nil {
		panic("nlp: built-in stop words: " + err.Error())
	}
	return sw
})

// DefaultStopwords returns a fresh copy of the built-in list (stopwords.txt
// in this package), which the caller may change.
func DefaultStopwords() Stopwords { return maps.Clone(builtinStopwords()) }

// ReadStopwords reads a stop-word file: one word per line, matched without
// regard to case; "#" starts a comment; blank lines are ignored. The list
// replaces the built-in one (start from stopwords.txt to extend it).
func ReadStopwords(name string, r io.Reader) (Stopwords, error) {
	sw := Stopwords{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if i := strings.Index(l, "#"); i >= 0 {
			l = strings.TrimSpace(l[:i])
		}
		if l != "" {
			sw[strings.ToLower(l)] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return sw, nil
}

// Stemmer caches the term keys of lower-case words: the Porter2 stem,
// except where that would merge different words or part one word's forms
// (lemma.go), and their plain Porter2 stems. It is not safe for concurrent
// use: give each goroutine its own.
type Stemmer map[string]stems

// stems are a word's two stems, with the word as a string of its own
// (see stems).
type stems struct{ word, key, porter string }

// Stem returns the term key of a lower-case word: "sanctions" and
// "sanctioned" are "sanction", "said" is "say", "added" is "add" and
// "ads" is "ad".
func (s Stemmer) Stem(lower string) string { return s.stems(lower).key }

// Porter2 returns the plain Porter2 stem of a lower-case word, which
// merges words made from one another ("nation", "national") and some that
// only look alike ("added", "ads").
func (s Stemmer) Porter2(lower string) string { return s.stems(lower).porter }

// sharedStems holds the stems every Stemmer of the process has made, so
// that a Stemmer made for one event or one document starts warm: when
// each event of a comparison stemmed its words anew, Porter2 took a
// sixteenth of the comparison's CPU. A word's stems depend on the word
// alone, so what the cache holds never changes an output. It stops
// growing at maxSharedStems words (tens of MB), which a language's
// vocabulary in news seldom reaches; words beyond it are cached per
// Stemmer only, as before.
var (
	sharedStems   sync.Map // lower-case word -> stems
	sharedStemsN  atomic.Int64
	maxSharedStem = int64(1 << 19)
)

func (s Stemmer) stems(lower string) stems {
	if v, ok := s[lower]; ok {
		return v
	}
	if v, ok := sharedStems.Load(lower); ok {
		st := v.(stems)
		s[st.word] = st
		return st
	}
	// A word is often a slice of its article's text: kept as the key of
	// a cache that outlives the article, it would keep the whole text.
	v := stems{word: strings.Clone(lower), porter: english.Stem(lower, true)}
	k, ok := termKeys()[lower]
	if !ok {
		k = v.porter
	}
	v.key = k
	s[v.word] = v
	if sharedStemsN.Load() < maxSharedStem {
		if _, loaded := sharedStems.LoadOrStore(v.word, v); !loaded {
			sharedStemsN.Add(1)
		}
	}
	return v
}

// Term is a token normalised for counting.
type Term struct {
	// Key is what counts as the same term: the stem of the word's lemma
	// (Stemmer.Stem), or an acronym as written without dots ("U.S." and
	// "US" are "US").
	Key string
	// Form is the surface form to show: lower case unless a proper noun or
	// an acronym.
	Form string
	// Topic is what counts as the same topic: the plain Porter2 stem,
	// where words made from one another meet ("immigration",
	// "immigrants"), or the acronym. Alignment asks whether two
	// articles tell of the same happening, not how they word it.
	Topic  string
	Stop   bool
	Proper bool
}

// NormTerm normalises a token's text given its part-of-speech tag. sw may
// be nil (nothing is a stop word).
func NormTerm(text, tag string, sw Stopwords, st Stemmer) Term {
	text = strings.Trim(strings.ReplaceAll(text, "’", "'"), "'-")
	lower := strings.ToLower(text)
	// "Mr." and "Sen." are the stop words "mr" and "sen".
	t := Term{Stop: sw[lower] || lower == "" || strings.HasSuffix(lower, ".") && sw[strings.TrimSuffix(lower, ".")]}
	if strings.ContainsAny(text, "\"“”") {
		// A quotation mark glued between two words by a missing space
		// (`a "political statement"on the night`) makes one token of
		// them, which is neither word.
		t.Stop = true
	}
	switch {
	case IsAcronym(text):
		// "US" must not become the stop word "us"; "U.S." is "US".
		t.Key, t.Form, t.Stop, t.Proper = strings.ReplaceAll(text, ".", ""), text, false, true
		t.Topic = t.Key
	case strings.HasPrefix(tag, "NNP"):
		s := st.stems(lower) // one look-up for both stems
		t.Key, t.Topic, t.Form, t.Proper = s.key, s.porter, text, true
	default:
		s := st.stems(lower)
		t.Key, t.Topic, t.Form = s.key, s.porter, lower
	}
	return t
}

// IsAcronym reports whether s is written as an acronym: two or more
// capitals and no lower-case letter ("US", "U.N.", "NATO").
func IsAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}
