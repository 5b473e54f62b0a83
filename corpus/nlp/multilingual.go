package nlp

// Annotation of Spanish, French, German and Russian articles.
//
// Algorithm: paragraphs as for English; in each, sentences and tokens by
// the segmentation of corpus/nlp/lang (UAX #29 with each language's
// elision, abbreviation and ordinal rules). Names: the multilingual name
// table first (lang.Names, matched through Russian and German inflection),
// then, outside German, where every noun is capitalised, runs of
// capitalised words that do not open a sentence, and in German words in
// capitals (acronyms: "SPD", "AfD"), named as written and resolved through
// the alias table.
// Quotations: each language's marks (« », „ “, » «, “ ”, straight quotes)
// and the Russian dialogue dash ("— ..., — заявил Блинкен"), attributed to
// the person named next to a speech verb of the language outside the
// quoted words.
//
// Tags: there is no part-of-speech tagger for these languages, so a token
// carries a coarse tag in Penn Treebank's spelling: NNP for a word of a
// name, CD for a number, NN for any other word that is not a stop word, X
// for a stop word, and PUNCT for punctuation. Tone is not measured (every
// sentence's Tone is 0): no sentiment lexicon for these languages may be
// shipped under the project's licence.
//
// Complexity: linear in the text, with O(longest name) table lookups per
// capitalised word.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp/lang"
)

// Coarse tags of the tokens of a language without a tagger.
const (
	TagStop  = "X"
	TagPunct = "PUNCT"
)

// ReadsLanguage reports whether annotation reads articles in the language
// with that ISO 639-1 code: English ("" too) and the languages of
// corpus/nlp/lang. Articles in other languages keep only their paragraphs
// and word count.
func ReadsLanguage(code string) bool {
	if code == "" || code == "en" {
		return true
	}
	_, ok := lang.Get(code)
	return ok
}

// annotateOther annotates d, in language l.
func (an *Annotator) annotateOther(d *Doc, l *lang.Language) {
	names := an.names()
	text := d.Text
	for _, p := range corpus.Paragraphs(text) {
		para := len(d.Paragraphs)
		d.Paragraphs = append(d.Paragraphs, p)
		ptext := text[p.Start:p.End]
		toks := l.Tokens(ptext)
		ti := 0
		for _, s := range l.Sentences(ptext) {
			first := len(d.Tokens)
			for ti < len(toks) && toks[ti].Start < s.End {
				t := toks[ti]
				d.Tokens = append(d.Tokens, Token{Start: p.Start + t.Start, End: p.Start + t.End, Tag: coarseTag(l, ptext[t.Start:t.End], t.Kind)})
				if t.Kind != lang.Punct {
					d.WordCount++
				}
				ti++
			}
			sent := len(d.Sentences)
			d.Sentences = append(d.Sentences, Sentence{Start: p.Start + s.Start, End: p.Start + s.End, Para: para, TokStart: first, TokEnd: len(d.Tokens)})
			d.Entities = append(d.Entities, an.otherMentions(d, l, names, first, sent)...)
		}
	}
	d.Quotes = otherQuotes(d, l)
}

// names returns the annotator's name table: the shipped one.
func (an *Annotator) names() *lang.Names { return lang.DefaultNames() }

func coarseTag(l *lang.Language, w string, k lang.Kind) string {
	switch {
	case k == lang.Number:
		return "CD"
	case k == lang.Punct:
		return TagPunct
	case l.IsStop(lang.Fold(w)):
		return TagStop
	}
	return "NN"
}

// otherMentions finds the names in sentence sent, whose tokens start at
// first, and tags their tokens NNP.
func (an *Annotator) otherMentions(d *Doc, l *lang.Language, names *lang.Names, first, sent int) []Mention {
	s := d.Sentences[sent]
	toks := make([]lang.Token, 0, s.TokEnd-s.TokStart)
	for _, t := range d.Tokens[s.TokStart:s.TokEnd] {
		k := lang.Word
		switch t.Tag {
		case "CD":
			k = lang.Number
		case TagPunct:
			k = lang.Punct
		}
		toks = append(toks, lang.Token{Start: t.Start, End: t.End, Kind: k})
	}
	var out []Mention
	taken := make([]bool, len(toks))
	for _, m := range names.Find(l, d.Text, toks) {
		out = append(out, Mention{Start: toks[m.Start].Start, End: toks[m.End-1].End, Name: m.Name, Type: m.Type, Sent: sent})
		for k := m.Start; k < m.End; k++ {
			taken[k] = true
		}
	}
	if !l.CapitalNouns() {
		out = append(out, an.capitalisedRuns(d, l, toks, taken, sent)...)
	} else {
		out = append(out, an.acronyms(d, toks, taken, sent)...)
	}
	for _, m := range out {
		for k := range toks {
			if toks[k].Start >= m.Start && toks[k].End <= m.End && toks[k].Kind == lang.Word {
				d.Tokens[first+k].Tag = "NNP"
			}
		}
	}
	sortMentions(out)
	return out
}

// capitalisedRuns returns the runs of capitalised words the table did not
// know, as names: two or more words anywhere ("Fundación Carnegie"), or
// one word that does not open the sentence and is no stop word, unless
// every word of the run is an institutional noun (lang.Titled); a run that
// opens the sentence loses its first word. A run may hold a joining word
// ("de") between capitalised words.
func (an *Annotator) capitalisedRuns(d *Doc, l *lang.Language, toks []lang.Token, taken []bool, sent int) []Mention {
	var out []Mention
	word := func(k int) string { return d.Text[toks[k].Start:toks[k].End] }
	capital := func(k int) bool {
		return k < len(toks) && !taken[k] && toks[k].Kind == lang.Word && lang.Capitalised(word(k)) && !l.IsStop(lang.Fold(word(k)))
	}
	for i := 0; i < len(toks); i++ {
		if !capital(i) {
			continue
		}
		j := i + 1
		for j < len(toks) {
			switch {
			case capital(j):
				j++
				continue
			case toks[j].Kind == lang.Word && l.Joiner(lang.Fold(word(j))) && capital(j+1):
				j += 2
				continue
			}
			break
		}
		// A sentence's first word, or the first after an opening mark or
		// dash, is capitalised whatever it is.
		opens := i == 0 || i == 1 && toks[0].Kind == lang.Punct
		// A run of nothing but institutional nouns ("Asuntos Exteriores",
		// "Juegos Olímpicos de Invierno") names no one; inside a longer
		// name they belong to it ("Comité Olímpico Ruso").
		allTitled := true
		for k := i; k < j && allTitled; k++ {
			allTitled = l.Titled(lang.Fold(word(k))) || l.Joiner(lang.Fold(word(k)))
		}
		if allTitled || j-i == 1 && (opens || utf8.RuneCountInString(word(i)) < 3) {
			i = j - 1
			continue
		}
		if opens {
			// The sentence's first word is capitalised whatever it is
			// ("Слова Кирби", "Según Stoltenberg"): the name is the rest,
			// and a surname alone finds its full name across the corpus.
			i++
		}
		surface := strings.Join(strings.Fields(d.Text[toks[i].Start:toks[j-1].End]), " ")
		name, _ := an.Aliases.Canonical(surface)
		out = append(out, Mention{Start: toks[i].Start, End: toks[j-1].End, Name: name, Type: an.Aliases.Type(name), Sent: sent})
		i = j - 1
	}
	return out
}

// acronyms returns the words written in capitals ("SPD", "AfD", "FDP") the
// table did not know, as names: where every noun is capitalised, a word in
// capitals still stands out as a name.
func (an *Annotator) acronyms(d *Doc, toks []lang.Token, taken []bool, sent int) []Mention {
	var out []Mention
	for k, t := range toks {
		w := d.Text[t.Start:t.End]
		// Past four letters a word in capitals is more often shouted
		// (a dateline's "BERLIN") than an acronym.
		if taken[k] || t.Kind != lang.Word || !IsAcronym(w) || utf8.RuneCountInString(w) > 4 {
			continue
		}
		name, _ := an.Aliases.Canonical(w)
		out = append(out, Mention{Start: t.Start, End: t.End, Name: name, Type: an.Aliases.Type(name), Sent: sent})
	}
	return out
}

// Quotation marks of the languages of corpus/nlp/lang: each opening mark
// and the mark that closes it.
var closeMark = map[rune]rune{'«': '»', '„': '“', '“': '”', '"': '"', '»': '«', '‹': '›'}

// minOtherQuoteWords is the fewest words a marked span needs to be a
// quotation: shorter ones are mostly labels held at a distance
// («histeria», „Propaganda“), which frame/labels reads as such.
const minOtherQuoteWords = 3

// otherQuotes finds the quotations of a document in a language of
// corpus/nlp/lang.
func otherQuotes(d *Doc, l *lang.Language) []Quote {
	var out []Quote
	for _, p := range d.Paragraphs {
		for _, sp := range markedSpans(d.Text, p, l.Code) {
			if corpus.CountWords(d.Text[sp.Start:sp.End]) < minOtherQuoteWords {
				continue
			}
			q := Quote{Start: sp.Start, End: sp.End, Sent: d.SentenceAt(sp.Start)}
			q.Speaker, q.Cue = otherSpeaker(d, l, sp)
			out = append(out, q)
		}
	}
	return out
}

// markedSpans returns the quoted words of one paragraph: between paired
// marks, or, in Russian, a dialogue line "— ..., — заявил ...".
func markedSpans(text string, p corpus.Span, code string) []corpus.Span {
	var out []corpus.Span
	pt := text[p.Start:p.End]
	if code == "ru" {
		if after, ok := strings.CutPrefix(pt, "— "); ok {
			if i := strings.Index(after, " — "); i > 0 {
				start := p.Start + len("— ")
				end := start + i
				for end > start {
					r, size := utf8.DecodeLastRuneInString(text[start:end])
					if r != ',' && !unicode.IsSpace(r) {
						break
					}
					end -= size
				}
				return append(out, corpus.Span{Start: start, End: end})
			}
		}
	}
	for i := 0; i < len(pt); {
		r, size := utf8.DecodeRuneInString(pt[i:])
		cl, ok := closeMark[r]
		if !ok || r == '»' && code != "de" || r == '"' && i > 0 && !opensAfter(lastRune(pt[:i])) {
			i += size
			continue
		}
		j := strings.IndexRune(pt[i+size:], cl)
		if j < 0 {
			i += size
			continue
		}
		start, end := i+size, i+size+j
		s, e := trimSpaces(pt, start, end)
		if s < e {
			out = append(out, corpus.Span{Start: p.Start + s, End: p.Start + e})
		}
		_, csize := utf8.DecodeRuneInString(pt[end:])
		i = end + csize
	}
	return out
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// trimSpaces narrows s[start:end] to leave out spaces, the no-break spaces
// of French typography among them.
func trimSpaces(s string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(s[start:])
		if !unicode.IsSpace(r) && r != '\u202f' {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) && r != '\u202f' {
			break
		}
		end -= size
	}
	return start, end
}

// maxCueDistance is the most tokens between a speech verb and the name of
// its speaker.
const maxCueDistance = 6

// otherSpeaker attributes a quotation: the speech verb nearest to it in
// its sentence (outside the quoted words) and the person named nearest to
// that verb, or, with no verb, the person that a colon introduces the
// quotation with ("Lavrov: «...»"). It returns "" when no one is named.
func otherSpeaker(d *Doc, l *lang.Language, q corpus.Span) (speaker, cue string) {
	si := d.SentenceAt(q.Start)
	lo, hi := si, d.SentenceAt(q.End)
	// The attribution may follow in the next sentence of the paragraph
	// when the quotation ends its own: «...». Así lo dijo Blinken.
	if hi+1 < len(d.Sentences) && d.Sentences[hi+1].Para == d.Sentences[hi].Para {
		hi++
	}
	verb := -1
	bestDist := 1 << 30
	for k := d.Sentences[lo].TokStart; k < d.Sentences[hi].TokEnd; k++ {
		t := d.Tokens[k]
		if t.Start >= q.Start && t.End <= q.End || t.Tag == TagPunct || t.Tag == "CD" {
			continue
		}
		if !l.IsSpeechVerb(lang.Fold(d.TokenText(k))) {
			continue
		}
		dist := t.Start - q.End
		if dist < 0 {
			dist = q.Start - t.End
		}
		if dist < bestDist {
			verb, bestDist = k, dist
		}
	}
	person := func(from, to int) string {
		best, bd := "", 1<<30
		for _, m := range d.Entities {
			if m.Type != Person || m.Start >= q.Start && m.End <= q.End {
				continue
			}
			if m.End <= d.Tokens[from].Start || m.Start >= d.Tokens[to-1].End {
				continue
			}
			dist := abs(m.Start - d.Tokens[verb].Start)
			if dist < bd {
				best, bd = m.Name, dist
			}
		}
		return best
	}
	if verb >= 0 {
		from, to := max(verb-maxCueDistance, d.Sentences[lo].TokStart), min(verb+maxCueDistance+1, d.Sentences[hi].TokEnd)
		return person(from, to), d.TokenText(verb)
	}
	// "Lavrov: «...»": a person right before a colon before the quote.
	before := strings.TrimRightFunc(d.Text[d.Sentences[si].Start:max(d.Sentences[si].Start, q.Start-1)], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("«„“\"", r)
	})
	if strings.HasSuffix(before, ":") {
		end := d.Sentences[si].Start + len(before) - 1
		for _, m := range d.Entities {
			if m.Type == Person && m.End <= end && end-m.End <= 2 {
				speaker = m.Name
			}
		}
	}
	return speaker, ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
