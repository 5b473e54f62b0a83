package nlp

// Names across scripts that the multilingual table does not know.
//
// Algorithm: every name is given a fuzzy key: each word lower case, a
// Russian word without its case ending (lang.Language.Base), transliterated
// to ASCII (github.com/gosimple/unidecode: "Столтенберга" is "stoltenberg"),
// then spellings that transliterations disagree on are made one (kh and h,
// sch and sh, tz and ts, ck and k, y, j and i, w and v, ph and f, doubled
// letters single). A name written in Cyrillic whose key is the key of
// exactly one name written in Latin letters in the corpus, or of the
// surname of exactly one person, becomes that name; a Cyrillic name of
// several words that meets none is tried by its last word.
//
// Limits: transliteration is no translation: "Шольц" is "sholts", not
// "scholz", and "Зеленский" is "zelenskii"; the table, looked up first,
// holds such names. A key that two Latin names share resolves nothing.

import (
	"strings"
	"unicode"

	"github.com/framediff/framediff/corpus/nlp/lang"
	"github.com/gosimple/unidecode"
)

// fuzzyReplacer makes one the spellings that transliterations of one name
// disagree on.
var fuzzyReplacer = strings.NewReplacer("kh", "h", "sch", "sh", "tz", "ts", "ck", "k", "ph", "f", "y", "i", "j", "i", "w", "v")

// fuzzyKey is the key names are matched by across scripts. Russian case
// endings are left on: fuzzyKeys tries a name with and without them.
func fuzzyKey(name string) string {
	var words []string
	for _, w := range strings.Fields(name) {
		w = strings.ToLower(unidecode.Unidecode(lang.Fold(w)))
		w = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' {
				return r
			}
			return -1
		}, w)
		w = fuzzyReplacer.Replace(w)
		var b strings.Builder
		var prev rune
		for _, r := range w {
			if r != prev {
				b.WriteRune(r)
			}
			prev = r
		}
		if b.Len() > 0 {
			words = append(words, b.String())
		}
	}
	return strings.Join(words, " ")
}

// fuzzyKeys returns the keys a Cyrillic name is tried by, in order: as
// written, then with each word's case ending taken off ("Кирби" is no
// inflected form, "Столтенберга" is).
func fuzzyKeys(name string) []string {
	ru, _ := lang.Get("ru")
	ws := strings.Fields(name)
	based := make([]string, len(ws))
	for k, w := range ws {
		based[k] = ru.Base(lang.Fold(w))
	}
	return []string{fuzzyKey(name), fuzzyKey(strings.Join(based, " "))}
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// crossScript resolves the Cyrillic names of the cache to the corpus's
// Latin names with the same fuzzy key (see the file comment).
func (r *entityResolver) crossScript() {
	latin := map[string]map[string]bool{}
	add := func(k, n string) {
		if k == "" {
			return
		}
		if latin[k] == nil {
			latin[k] = map[string]bool{}
		}
		latin[k][n] = true
	}
	cyrillic := false
	for _, n := range r.cache {
		if hasCyrillic(n) {
			cyrillic = true
			continue
		}
		add(fuzzyKey(n), n)
		if w := strings.Fields(n); r.person[n] && len(w) >= 2 {
			add(fuzzyKey(w[len(w)-1]), n)
		}
	}
	if !cyrillic {
		return
	}
	for name, n := range r.cache {
		if !hasCyrillic(n) {
			continue
		}
		tries := fuzzyKeys(n)
		if w := strings.Fields(n); len(w) >= 2 {
			// "Джон Кирби" is "dzhon kirbi", "John Kirby" "iohn kirbi":
			// first names transliterate worst, so the surname decides
			// when the whole name meets nothing.
			tries = append(tries, fuzzyKeys(w[len(w)-1])...)
		}
		for _, k := range tries {
			if ms := latin[k]; len(ms) == 1 {
				for m := range ms {
					r.cache[name] = m
				}
				break
			} else if len(ms) > 1 {
				break // two Latin names: guessing would merge people
			}
		}
	}
}
