package lang

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/spanish"
	"github.com/clipperhouse/uax29/v2/sentences"
	"github.com/clipperhouse/uax29/v2/words"
)

//go:embed data
var data embed.FS

// Language is what annotation knows of one language. It is safe for
// concurrent use.
type Language struct {
	// Code is the ISO 639-1 code ("es").
	Code string
	// Name is the language's English name ("Spanish").
	Name string
	stop map[string]bool
	stem func(*snowballstem.Env) bool
	// elision lists the clitics written before an apostrophe that are a
	// word of their own ("l'", "qu'" in French).
	elision map[string]bool
	// abbrev lists the lower-case words written with a period that do not
	// end a sentence ("sr", "dr", "ee", "uu").
	abbrev map[string]bool
	// months are the lower-case month names, after which "13." is an
	// ordinal (German "13. Februar"), not a sentence's end.
	months map[string]bool
	// speech are the stems of the verbs that attribute a quotation
	// ("dijo", "a déclaré", "sagte", "заявил").
	speech map[string]bool
	// joiners are the lower-case words a name may hold between its
	// capitalised words ("de", "von", "del").
	joiners map[string]bool
	// titled are common nouns that news prose capitalises when they name
	// an institution ("Estado" in "secretario de Estado", "État"): a
	// capital says they are no name.
	titled map[string]bool
	// endings are the case endings a name takes in running text
	// ("Лавровым", "Кореи", "Russlands"), longest first; see Inflects.
	endings []string
	// nouns is true where every noun is capitalised (German), so that a
	// capitalised word says nothing of a name.
	nouns bool
}

// Codes lists the languages this package supports, sorted.
func Codes() []string { return []string{"de", "es", "fr", "ru"} }

// Get returns the language for an ISO 639-1 code, or false when the
// package does not support it.
func Get(code string) (*Language, bool) {
	l, ok := languages()[code]
	return l, ok
}

var languages = sync.OnceValue(func() map[string]*Language {
	set := func(ws ...string) map[string]bool {
		m := make(map[string]bool, len(ws))
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	ls := []*Language{
		{
			Code: "es", Name: "Spanish", stem: spanish.Stem,
			abbrev:  set("sr", "sra", "srta", "dr", "dra", "ee", "uu", "ud", "uds", "etc", "núm", "pág", "av", "gral", "lic"),
			months:  set("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre"),
			speech:  stems(spanish.Stem, "dijo", "dice", "decir", "afirmó", "declaró", "señaló", "aseguró", "advirtió", "añadió", "agregó", "explicó", "subrayó", "insistió", "indicó", "sostuvo", "manifestó", "respondió", "escribió", "acusó", "denunció", "apuntó", "recalcó"),
			joiners: set("de", "del", "la", "y"),
			titled:  set("estado", "gobierno", "ministerio", "congreso", "senado", "parlamento", "presidencia", "ejército", "cancillería", "exteriores", "defensa", "justicia", "interior", "hacienda", "juegos", "olímpicos", "invierno", "verano", "asuntos", "relaciones", "sábado", "domingo"),
		},
		{
			Code: "fr", Name: "French", stem: french.Stem,
			elision: set("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"),
			abbrev:  set("m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste", "etc", "av", "éd"),
			months:  set("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
			speech:  stems(french.Stem, "dit", "déclaré", "déclare", "affirmé", "affirme", "souligné", "souligne", "ajouté", "ajoute", "estimé", "estime", "averti", "assuré", "assure", "expliqué", "explique", "indiqué", "indique", "répondu", "insisté", "martelé", "accusé", "dénoncé", "écrit", "lancé"),
			joiners: set("de", "du", "des", "la", "le"),
			titled:  set("état", "gouvernement", "ministère", "parlement", "sénat", "assemblée", "présidence", "armée", "jeux", "olympiques", "quai"),
		},
		{
			Code: "de", Name: "German", stem: german.Stem, nouns: true,
			endings: []string{"es", "s", "n"},
			abbrev:  set("dr", "prof", "bzw", "ca", "vgl", "z", "b", "u", "a", "usw", "nr", "st", "sog"),
			months:  set("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"),
			speech:  stems(german.Stem, "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "warnte", "warnt", "fügte", "versicherte", "bekräftigte", "forderte", "kritisierte", "schrieb", "meinte", "äußerte", "antwortete", "so"),
			joiners: set("von", "van", "der", "de", "zu"),
		},
		{
			Code: "ru", Name: "Russian", stem: russian.Stem,
			endings: []string{"ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ою", "ею", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ым", "им", "ых", "их", "ая", "яя", "ий", "ый", "ое", "ее", "ую", "юю", "а", "я", "у", "ю", "е", "ы", "и", "й", "ь"},
			abbrev:  set("г", "гг", "т", "д", "др", "пр", "ул", "им", "см", "тыс", "млн", "млрд"),
			months:  set("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"),
			speech:  stems(russian.Stem, "заявил", "заявила", "заявили", "сказал", "сказала", "сказали", "отметил", "отметила", "подчеркнул", "подчеркнула", "добавил", "добавила", "предупредил", "сообщил", "сообщила", "пояснил", "заверил", "написал", "ответил", "обвинил", "указал", "считает", "уверен"),
			joiners: set(),
			titled:  set("госсекретарь", "президент", "министр", "глава", "мид", "олимпийский", "олимпийские", "олимпийских", "олимпийская", "олимпийской", "олимпиада", "олимпиаде"),
		},
	}
	out := map[string]*Language{}
	for _, l := range ls {
		for w := range l.titled {
			env := snowballstem.NewEnv(w)
			l.stem(env)
			l.titled[env.Current()] = true // its other forms
		}
		sw, err := readSnowballStop("data/stop_" + l.Code + ".txt")
		if err != nil {
			panic("lang: " + err.Error())
		}
		l.stop = sw
		out[l.Code] = l
	}
	return out
})

// stems returns the stems of words by stem, for matching inflected forms.
func stems(stem func(*snowballstem.Env) bool, ws ...string) map[string]bool {
	m := map[string]bool{}
	env := snowballstem.NewEnv("")
	for _, w := range ws {
		env.SetCurrent(w)
		stem(env)
		m[env.Current()] = true
	}
	return m
}

// readSnowballStop reads a stop-word list in the Snowball format: a word
// at the start of a line, "|" to the line's end a comment.
func readSnowballStop(name string) (map[string]bool, error) {
	f, err := data.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if i := strings.IndexByte(l, '|'); i >= 0 {
			l = l[:i]
		}
		for _, w := range strings.Fields(l) {
			m[Fold(w)] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return m, nil
}

// Fold is the form words are compared in: lower case, "ё" as "е", the
// typographic apostrophe as "'".
func Fold(w string) string {
	w = strings.ToLower(w)
	if strings.ContainsAny(w, "ё’") {
		w = strings.NewReplacer("ё", "е", "’", "'").Replace(w)
	}
	return w
}

// IsMonth reports whether a folded word is a month's name, as dates
// write it ("febrero", "février", "Februar", "февраля").
func (l *Language) IsMonth(folded string) bool { return l.months[folded] }

// IsStop reports whether a folded word is one of the language's stop
// words.
func (l *Language) IsStop(folded string) bool { return l.stop[folded] }

// Stem returns the Snowball stem of a folded word.
func (l *Language) Stem(folded string) string {
	env := snowballstem.NewEnv(folded)
	l.stem(env)
	return env.Current()
}

// IsSpeechVerb reports whether a folded word is a verb that attributes a
// quotation ("dijo", "déclaré", "sagte", "заявил").
func (l *Language) IsSpeechVerb(folded string) bool { return l.speech[l.Stem(folded)] }

// CapitalNouns reports whether the language capitalises every noun, so
// that capitals do not mark names.
func (l *Language) CapitalNouns() bool { return l.nouns }

// Titled reports whether a folded word is a common noun that is
// capitalised when it names an institution ("Estado", "État"), and so no
// name by its capital alone.
func (l *Language) Titled(folded string) bool {
	return l.titled[folded] || l.titled[l.Stem(folded)]
}

// Joiner reports whether a folded word may stand inside a name between
// capitalised words ("de" in "Fundación de ...").
func (l *Language) Joiner(folded string) bool { return l.joiners[folded] }

// Inflects reports whether folded is name, a folded word of a name, in
// one of the language's case endings: the name with an ending added
// ("лавров" + "ым"), or the name's own ending replaced ("коре|я" as
// "коре|и", "зеленск|ий" as "зеленск|ого"). A name keeps at least two
// letters of its own. Snowball's stems miss these forms of names it
// does not know as words: it stems "кореи" to "кор" but "корея" to "коре".
func (l *Language) Inflects(folded, name string) bool {
	if len(l.endings) == 0 {
		return false
	}
	bases := []string{name}
	for _, e := range l.endings {
		if b, ok := strings.CutSuffix(name, e); ok && utf8.RuneCountInString(b) >= 2 {
			bases = append(bases, b) // "сергей" is "серге|й" and "серг|ей"
		}
	}
	for _, b := range bases {
		rest, ok := strings.CutPrefix(folded, b)
		if !ok || rest == "" && b != name {
			continue
		}
		if rest == "" || slices.Contains(l.endings, rest) {
			return true
		}
	}
	return false
}

// Base returns a folded word without its longest case ending, keeping at
// least three letters ("столтенберга" is "столтенберг"), or the word as
// it is in a language without endings.
func (l *Language) Base(folded string) string {
	for _, e := range l.endings {
		if b, ok := strings.CutSuffix(folded, e); ok && utf8.RuneCountInString(b) >= 3 {
			return b
		}
	}
	return folded
}

// Kind says what a token is.
type Kind uint8

const (
	Word   Kind = iota // letters, perhaps with digits
	Number             // digits, with separators
	Punct              // anything else that is not space
)

// Token is a word, number or punctuation mark: Text[Start:End].
type Token struct {
	Start, End int
	Kind       Kind
}

// Tokens splits text into words, numbers and punctuation by the word
// boundaries of Unicode UAX #29, dropping white space. A French elided
// clitic is a word of its own with its apostrophe: "l'ambassade" is "l'"
// and "ambassade".
func (l *Language) Tokens(text string) []Token {
	var out []Token
	it := words.FromString(text)
	for it.Next() {
		v := it.Value()
		start, end := it.Start(), it.End()
		r, _ := utf8.DecodeRuneInString(v)
		switch {
		case unicode.IsSpace(r):
			continue
		case hasLetter(v):
			if l.elision != nil {
				if i := strings.IndexAny(v, "'’"); i > 0 && l.elision[strings.ToLower(v[:i])] {
					_, size := utf8.DecodeRuneInString(v[i:])
					out = append(out, Token{start, start + i + size, Word})
					start += i + size
					if start == end {
						continue
					}
				}
			}
			out = append(out, Token{start, end, Word})
		case unicode.IsDigit(r):
			out = append(out, Token{start, end, Number})
		default:
			out = append(out, Token{start, end, Punct})
		}
	}
	return out
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// Span is a byte range.
type Span struct{ Start, End int }

// Sentences splits text into sentences by the sentence boundaries of
// Unicode UAX #29, trimmed of space, then joins back the breaks that
// follow an abbreviation ("EE. UU.", "M. Blinken", "Dr."), an initial, or
// a day's ordinal before a month ("13. Februar"), which UAX #29 cannot
// tell from a sentence's end when a capital follows.
func (l *Language) Sentences(text string) []Span {
	var out []Span
	it := sentences.FromString(text)
	for it.Next() {
		s, e := it.Start(), it.End()
		for s < e {
			r, size := utf8.DecodeRuneInString(text[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += size
		}
		for e > s {
			r, size := utf8.DecodeLastRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= size
		}
		if s == e {
			continue
		}
		if n := len(out); n > 0 && l.joinsNext(text[out[n-1].Start:out[n-1].End], text[s:e]) {
			out[n-1].End = e
			continue
		}
		out = append(out, Span{s, e})
	}
	return out
}

// joinsNext reports whether a break between prev and next is no sentence
// boundary.
func (l *Language) joinsNext(prev, next string) bool {
	if !strings.HasSuffix(prev, ".") {
		return false
	}
	body := prev[:len(prev)-1]
	i := strings.LastIndexFunc(body, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	last := body[i+1:]
	if i >= 0 {
		_, size := utf8.DecodeRuneInString(body[i:])
		last = body[i+size:]
	}
	if last == "" {
		return false
	}
	lw := Fold(last)
	switch {
	case l.abbrev[lw]:
		return true
	case utf8.RuneCountInString(last) == 1 && unicode.IsUpper([]rune(last)[0]):
		return true // an initial
	case isDigits(last) && len(last) <= 2:
		first := strings.FieldsFunc(next, func(r rune) bool { return !unicode.IsLetter(r) })
		return len(first) > 0 && l.months[Fold(first[0])]
	}
	return false
}

func isDigits(s string) bool {
	return s != "" && !slices.ContainsFunc([]rune(s), func(r rune) bool { return r < '0' || r > '9' })
}
