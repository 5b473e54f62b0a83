package lang

// Names across languages and scripts.
//
// Algorithm: every spelling in the table is split into tokens by the
// language's own tokenizer and indexed twice per language: by its folded
// tokens and by their Snowball stems. Find walks a sentence's tokens; at a
// capitalised word it tries the longest run of tokens the table holds,
// first as written, then by stems, so that Russian case endings
// ("Блинкена", "Киеве", "Шольцем") and German genitives ("Russlands") find
// the nominative the table lists. The longest match wins and matches do
// not overlap.
//
// Complexity: O(tokens · longest spelling) map lookups per document; each
// language's index is built once, on first use.
//
// Limits: a stem shared by a name and another capitalised word of the
// language makes a false match; the table lists canonical forms only for
// the entities it knows.

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Entity is a canonical name and its type: PERSON, GPE or ORG, the types of
// corpus/nlp.
type Entity struct {
	Name, Type string
}

// Names is a multilingual name table: spellings in any language and script
// mapped to canonical entities. Add and Read may not run while Find does;
// Find is safe for concurrent use.
type Names struct {
	spellings []spelling
	mu        sync.Mutex
	byLang    map[string]*nameIndex
	canonical map[string]string // canonical name -> type, built by Knows and TypeOf
}

type spelling struct {
	text string
	ent  Entity
}

// nameIndex is the table as one language's tokenizer and stemmer see it:
// the spellings by the folded form and by the stem of their first token.
type nameIndex struct {
	first   map[string][]int32 // key -> indexes into cands
	cands   []candidate
	longest int // tokens of the longest spelling
}

// candidate is one spelling split into tokens.
type candidate struct {
	folded, stems []string
	ent           Entity
}

// minStem is the fewest letters a stem must keep to match by: shorter
// stems ("ки" of "Киев") meet other words.
const minStem = 3

// wordMatches reports whether token (folded, with its stem) is spelling
// word k of c: as written, or through a stem. Snowball stems names
// unevenly ("Блинкен" to "блинк" but "Блинкеном" to "блинкен"; "Киеве" to
// "киев" but "Киев" to "ки"), so a token's stem may meet the spelling's
// stem or the spelling itself.
func (c *candidate) wordMatches(l *Language, k int, folded, stem string) bool {
	if folded == c.folded[k] || l.Inflects(folded, c.folded[k]) {
		return true
	}
	if utf8.RuneCountInString(stem) < minStem {
		return false
	}
	return stem == c.folded[k] || stem == c.stems[k]
}

// Add records canonical and its spellings; the canonical name is a
// spelling of itself. A later Add of the same spelling wins.
func (n *Names) Add(typ, canonical string, spellings ...string) {
	e := Entity{Name: canonical, Type: typ}
	n.spellings = append(n.spellings, spelling{canonical, e})
	for _, s := range spellings {
		if s = strings.TrimSpace(s); s != "" {
			n.spellings = append(n.spellings, spelling{s, e})
		}
	}
	n.mu.Lock()
	n.byLang, n.canonical = nil, nil
	n.mu.Unlock()
}

// Read adds the entries of a table in the format of names.tsv and of
// framediff's --aliases files: "canonical|TYPE", then the spellings,
// tab-separated; "#" starts a comment line. name is for error messages.
func (n *Names) Read(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		l := strings.TrimRight(sc.Text(), " \t\r")
		if t := strings.TrimSpace(l); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		canon, typ, _ := strings.Cut(strings.TrimSpace(f[0]), "|")
		if canon == "" {
			return fmt.Errorf("%s:%d: empty canonical name", name, line)
		}
		n.Add(strings.ToUpper(typ), canon, f[1:]...)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	return nil
}

// Knows reports whether name is a canonical name of the table.
func (n *Names) Knows(name string) bool { return n.TypeOf(name) != "" }

// TypeOf returns the type of a canonical name of the table (PERSON, GPE,
// ORG), or "" when the table does not know it.
func (n *Names) TypeOf(name string) string {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.canonical == nil {
		n.canonical = map[string]string{}
		for _, s := range n.spellings {
			n.canonical[s.ent.Name] = s.ent.Type
		}
	}
	return n.canonical[name]
}

// Len returns the number of spellings in the table.
func (n *Names) Len() int { return len(n.spellings) }

// builtinNames is the shipped table: countries.tsv, then names.tsv, whose
// entries win.
var builtinNames = sync.OnceValue(func() *Names {
	n := &Names{}
	for _, f := range []string{"data/countries.tsv", "data/names.tsv"} {
		b, err := data.ReadFile(f)
		if err != nil {
			panic("lang: " + err.Error())
		}
		if err := n.Read(f, strings.NewReader(string(b))); err != nil {
			panic("lang: " + err.Error())
		}
	}
	return n
})

// DefaultNames returns the shipped name table (data/names.tsv and
// data/countries.tsv). It is shared: extend a Clone of it, never it.
func DefaultNames() *Names { return builtinNames() }

// Clone returns a copy of the table that can be extended.
func (n *Names) Clone() *Names {
	return &Names{spellings: append([]spelling(nil), n.spellings...)}
}

func (n *Names) index(l *Language) *nameIndex {
	n.mu.Lock()
	defer n.mu.Unlock()
	if x := n.byLang[l.Code]; x != nil {
		return x
	}
	x := &nameIndex{first: map[string][]int32{}}
	byKey := map[string]int32{} // a later spelling replaces an earlier one
	for _, s := range n.spellings {
		toks := l.Tokens(s.text)
		for len(toks) > 0 && toks[len(toks)-1].Kind == Punct {
			toks = toks[:len(toks)-1] // "EE. UU." is matched as far as "UU"
		}
		if len(toks) == 0 {
			continue
		}
		c := candidate{ent: s.ent}
		for _, t := range toks {
			f := Fold(s.text[t.Start:t.End])
			st := f
			if t.Kind == Word {
				st = l.Stem(f)
			}
			c.folded = append(c.folded, f)
			c.stems = append(c.stems, st)
		}
		key := strings.Join(c.folded, " ")
		if i, ok := byKey[key]; ok {
			x.cands[i] = c
			continue
		}
		i := int32(len(x.cands))
		byKey[key] = i
		x.cands = append(x.cands, c)
		x.first[c.folded[0]] = append(x.first[c.folded[0]], i)
		if c.stems[0] != c.folded[0] && utf8.RuneCountInString(c.stems[0]) >= minStem {
			x.first[c.stems[0]] = append(x.first[c.stems[0]], i)
		}
		if p := prefix(c.folded[0]); p != c.folded[0] && p != c.stems[0] {
			x.first[p] = append(x.first[p], i)
		}
		x.longest = max(x.longest, len(toks))
	}
	if n.byLang == nil {
		n.byLang = map[string]*nameIndex{}
	}
	n.byLang[l.Code] = x
	return x
}

// prefixRunes is the length of the prefix by which inflected forms of a
// name's first word find it in the index: every form keeps that much.
const prefixRunes = 2

// prefix returns the first prefixRunes runes of w.
func prefix(w string) string {
	n := 0
	for i := range w {
		if n == prefixRunes {
			return w[:i]
		}
		n++
	}
	return w
}

// Match is a run of tokens, toks[Start:End], that names Entity.
type Match struct {
	Start, End int
	Entity
}

// Find returns the names the table knows in one sentence's tokens, in
// order, without overlaps. A match starts at a word written with a capital
// letter; the longest spelling that matches wins, and of two of one
// length the one listed first.
func (n *Names) Find(l *Language, text string, toks []Token) []Match {
	x := n.index(l)
	var out []Match
	folded := make([]string, len(toks))
	stems := make([]string, len(toks))
	for i, t := range toks {
		folded[i] = Fold(text[t.Start:t.End])
		stems[i] = folded[i]
		if t.Kind == Word {
			stems[i] = l.Stem(folded[i])
		}
	}
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != Word || !Capitalised(text[toks[i].Start:toks[i].End]) {
			continue
		}
		best, bestLen := int32(-1), 0
		try := func(ids []int32) {
			for _, id := range ids {
				c := &x.cands[id]
				k := len(c.folded)
				if i+k > len(toks) || k < bestLen || k == bestLen && id > best {
					continue
				}
				ok := true
				for j := 0; j < k && ok; j++ {
					ok = c.wordMatches(l, j, folded[i+j], stems[i+j])
				}
				if ok {
					best, bestLen = id, k
				}
			}
		}
		try(x.first[folded[i]])
		if stems[i] != folded[i] {
			try(x.first[stems[i]])
		}
		if p := prefix(folded[i]); p != folded[i] && p != stems[i] {
			try(x.first[p]) // inflected forms (Language.Inflects) meet here
		}
		if best >= 0 {
			out = append(out, Match{i, i + bestLen, x.cands[best].ent})
			i += bestLen - 1
		}
	}
	return out
}

// Capitalised reports whether a word starts with a capital letter.
func Capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
