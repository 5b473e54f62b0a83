package nlp

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp/lang"
)

// Doc is an annotated article. Every span is a byte range of Article.Text.
type Doc struct {
	corpus.Article
	Paragraphs []corpus.Span
	Sentences  []Sentence
	Tokens     []Token
	Entities   []Mention
	Quotes     []Quote
	// WordCount is the number of word tokens (tokens with a letter or digit).
	WordCount int
}

// Sentence is one sentence with its tokens and its tone.
type Sentence struct {
	Start, End int
	Para       int // index into Doc.Paragraphs
	// Tokens[TokStart:TokEnd] are the sentence's tokens.
	TokStart, TokEnd int
	// Tone is VADER's compound score in [-1, 1] with the names of the
	// sentence's entities masked (Doc.SentenceTones); -0.05 < Tone < 0.05
	// is neutral by VADER's own convention.
	Tone float64
}

// Token is a word or punctuation mark with its part-of-speech tag (Penn
// Treebank).
type Token struct {
	Start, End int
	Tag        string
}

// Quote is a direct quotation: the words inside the marks, who said them
// and the verb that says so.
type Quote struct {
	Start, End int    // the quoted words, without the marks
	Speaker    string // a normalised entity name, "" when unresolved
	Cue        string // "said", "told", "according to", ...
	Sent       int    // the sentence the quote starts in
	// Continues marks the later parts of a quotation that runs over
	// several paragraphs: one Quote per paragraph, same speaker and cue.
	Continues bool
}

// Span returns the text of a span.
func (d *Doc) Span(s corpus.Span) string { return d.Text[s.Start:s.End] }

// SentenceText returns the text of sentence i.
func (d *Doc) SentenceText(i int) string {
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string {
	t := d.Tokens[i]
	return d.Text[t.Start:t.End]
}

// IsWord reports whether a token is a word rather than punctuation.
func IsWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// AnnotatorVersion numbers the output of Annotator with its default
// aliases. A corpus store records it with every article it keeps, and
// annotates again the articles an older version made, so that one
// comparison never mixes two versions' annotations.
//
// Raise it whenever annotation output changes for the same text: the
// model, entity normalisation (cleaning, splitting, the default aliases),
// quote attribution or tone.
const AnnotatorVersion = 66

// Annotator annotates articles with prose and VADER. It is safe for
// concurrent use; the models are loaded once per process.
type Annotator struct {
	// Aliases resolves entity spellings; nil means the built-in table (DefaultAliases).
	Aliases *Aliases
	// Workers is the number of articles annotated at once; 0 means
	// GOMAXPROCS.
	Workers int
	// Progress, when set, is called by Annotate after each article with
	// the number done and the total, one call at a time.
	Progress func(done, total int)

	once sync.Once
}

// Tone returns VADER's compound score for a text, nothing masked:
// Sentiment(text, nil).Compound.
func (an *Annotator) Tone(text string) float64 {
	return Sentiment(text, nil).Compound
}

func (an *Annotator) init() {
	an.once.Do(func() {
		if an.Aliases == nil {
			an.Aliases = builtinAliases()
		}
	})
}

// Annotate annotates every article on all workers. The result is in the
// order of arts whatever the scheduling. An article the model fails on is
// reported in skipped, not returned.
func (an *Annotator) Annotate(ctx context.Context, arts []corpus.Article) (docs []*Doc, skipped []corpus.Skipped, err error) {
	an.init()
	workers := an.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make([]*Doc, len(arts))
	errs := make([]error, len(arts))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i], errs[i] = an.AnnotateOne(ctx, arts[i])
				if an.Progress != nil {
					mu.Lock()
					done++
					an.Progress(done, len(arts))
					mu.Unlock()
				}
			}
		}()
	}
feed:
	for i := range arts {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	for i, d := range out {
		if errs[i] != nil {
			skipped = append(skipped, corpus.Skipped{Source: arts[i].Source.String(), Reason: "annotation failed: " + errs[i].Error()})
			continue
		}
		docs = append(docs, d)
	}
	return docs, skipped, nil
}

// PanicError is a fault of the annotator's own on one article, recovered:
// a bug to report with the article, not a problem of the input.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("internal error in annotation, please report it with this article: %v", e.Value)
}

// Job is an article sent to Stream, with the caller's number for it.
type Job struct {
	Seq     int
	Article corpus.Article
}

// Annotated is what Stream made of a Job: the document, or the error the
// model gave (Doc is then nil).
type Annotated struct {
	Seq int
	Doc *Doc
	Err error
}

// Stream annotates the articles received on in, on Workers goroutines,
// and sends each result on out as soon as it is done, so results come in
// no fixed order: Seq ties them to their jobs. It returns, closing out,
// once in is closed and every job is done, or once ctx is cancelled (jobs
// still queued are then dropped).
//
// Memory is bounded by the channels' capacity plus one document per
// worker, whatever the number of articles: the caller paces the work by
// reading out, and counting what it reads is the progress hook.
func (an *Annotator) Stream(ctx context.Context, in <-chan Job, out chan<- Annotated) {
	an.init()
	workers := an.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				var job Job
				var ok bool
				select {
				case job, ok = <-in:
				case <-ctx.Done():
					return
				}
				if !ok {
					return
				}
				d, err := an.AnnotateOne(ctx, job.Article)
				select {
				case out <- Annotated{Seq: job.Seq, Doc: d, Err: err}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	wg.Wait()
	close(out)
}

// AnnotateOne annotates one article. Paragraphs are annotated one at a
// time: sentences never cross a paragraph break, and a scraped line that is
// a paragraph stays one.
//
// An article in Spanish, French, German or Russian is annotated by the
// rules of corpus/nlp/lang (multilingual.go). An article in any other
// language keeps only its paragraphs and a word count of its text
// (CountWords): the model, the tone lexicon and the entity rules are
// English, and compare leaves such articles out of alignment and
// statistics anyway, so annotating them would cost time for nothing.
//
// Article text is untrusted: a fault in a rule on some text no test
// foresaw is returned as this article's error (a PanicError), so that the
// run skips the article and goes on, rather than stopping every other.
func (an *Annotator) AnnotateOne(ctx context.Context, a corpus.Article) (doc *Doc, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, &PanicError{Value: r, Stack: debug.Stack()}
		}
	}()
	an.init()
	d := &Doc{Article: a}
	if a.Language != "" && a.Language != "en" {
		if l, ok := lang.Get(a.Language); ok {
			an.annotateOther(d, l)
			return d, nil
		}
		d.Paragraphs = corpus.Paragraphs(a.Text)
		d.WordCount = corpus.CountWords(a.Text)
		return d, nil
	}
	norm := normalizer{aliases: an.Aliases, roles: map[string]map[string]bool{}, titled: map[string]bool{}}
	var raw []Mention
	fromCompound := map[int]bool{} // the starts of mentions split from a compound (splitCompounds)
	shops := map[string]bool{}     // names written in the possessive as a shop's (possessiveName)
	for _, p := range corpus.Paragraphs(a.Text) {
		para := len(d.Paragraphs)
		d.Paragraphs = append(d.Paragraphs, p)
		text := a.Text[p.Start:p.End]
		pd, err := parseProse(ctx, text)
		if err != nil {
			return nil, fmt.Errorf("annotating %s: %w", a.Source, err)
		}
		toks := pd.Tokens()
		first := len(d.Tokens)
		for _, t := range toks {
			d.Tokens = append(d.Tokens, Token{Start: p.Start + t.Start, End: p.Start + t.End(), Tag: t.Tag})
			if IsWord(t.Text) {
				d.WordCount++
			}
		}
		ti := first
		var breaks []sentenceBreak
		for _, s := range pd.Sentences() {
			breaks = append(breaks, sentenceBreak{s.Start, s.End()})
		}
		var names []nameSpan
		for _, e := range pd.Entities() {
			names = append(names, nameSpan{e.Start, e.Start + len(e.Text), e.Label == Person})
		}
		for _, s := range mendBreaks(text, breaks, names) {
			sent := Sentence{Start: p.Start + s.start, End: p.Start + s.end, Para: para, TokStart: ti}
			for ti < len(d.Tokens) && d.Tokens[ti].Start < sent.End {
				ti++
			}
			sent.TokEnd = ti
			d.Sentences = append(d.Sentences, sent)
		}
		// Tokens after the last sentence (trailing punctuation the segmenter
		// trimmed) join the last sentence.
		if n := len(d.Sentences); n > 0 && d.Sentences[n-1].Para == para {
			d.Sentences[n-1].TokEnd = len(d.Tokens)
		}
		credits := creditSpans(text)
		ents, parts := splitCompounds(a.Text, splitRepeats(joinNames(text, a.Text, leadingInitials(text, joinInitials(text, pd.Entities())))))
		for _, e := range splitPossessives(ents) {
			if slices.ContainsFunc(credits, func(c corpus.Span) bool { return c.Start <= e.Start && e.End() <= c.End }) {
				continue // "(AP Photo/Dana Hale, File)": a photo's credit names no one of the story
			}
			off, end, name, role, ok := cleanMention(e.Text, e.Label == Person || standsAlone(a.Text, e.Text), e.Label == Person)
			afterTitle := false // the rest of a title ended before the name: a person's
			if skip := titleObject(text[:e.Start+off], e.Text[off:end]); ok && skip > 0 && name == e.Text[off:end] {
				off += skip
				name = e.Text[off:end]
			} else if skip := titleBody(text[:e.Start+off], e.Text[off:end]); ok && skip > 0 && name == e.Text[off:end] &&
				(e.Label == Person || surnameAlone(a.Text, e.Text[off+skip:end])) {
				off += skip
				name = e.Text[off:end]
				afterTitle = true
			}
			if !ok {
				if desc, ok := memberDescription(e.Text); ok && len(raw) > 0 {
					// "Mitch McConnell, Kentucky Republican, said": the
					// description is the person's, and "the Kentucky
					// Republican" later in the article is that person.
					if prev := raw[len(raw)-1]; prev.Type == Person && apposed(a.Text[prev.End:p.Start+e.Start]) {
						addRole(norm.roles, desc, prev.Name)
					}
				}
				continue
			}
			if partyTagged(text[:e.Start+off]) {
				continue
			}
			if possessiveName(text, toks, e.Start+off, e.Start+end, an.Aliases) {
				if onlyPossessive(a.Text, name) {
					shops[name] = true
				}
				continue // "a Dinah's", "the Driver's Privacy Act": the first part of a name in the possessive
			}
			if _, known := an.Aliases.Canonical(name); !known && shouted(text, e.Start+off, e.Start+end) {
				continue // "LAW & ORDER!", "THE FACTS:": a word of a shouted phrase names no one
			}
			if languageAlone(text, e.Start+off, e.Start+end) {
				continue // "struggling with English": a language is no actor or place
			}
			m := Mention{Start: p.Start + e.Start + off, End: p.Start + e.Start + end, Name: bareName(name), Type: entityType(name, normLabel(e.Label))}
			m.Type = acronymType(m.Name, m.Type, an.Aliases)
			if afterTitle {
				m.Type = Person
			}
			if role == "" && !isInstitution(name) && (e.Label == Person || len(strings.Fields(name)) >= 2) {
				// The model often leaves the title out of the entity:
				// "US Secretary of State" + "Antony Blinken".
				role = titleBefore(text[:e.Start+off])
			}
			if w := strings.Fields(name); role != "" && len(w) > 0 && isInstitutionHead(w[len(w)-1]) {
				role = "" // "Dr. Pepper Snapple Group" names a body, not a doctor
			}
			if role != "" {
				m.Type = Person
			}
			if role != "" && !kinTitles[lastField(role)] {
				if demonymTitle(text[:e.Start+off]) {
					addForeignRole(norm.roles, role, name)
				} else {
					addRole(norm.roles, role, name)
				}
			}
			if _, ok := demonymPlace(name); ok && !strings.Contains(name, " ") && surnameOfNamed(raw, name) {
				// "German told The Intercept" after "Michael German, a
				// former agent": a people's word that is the surname of
				// someone the article has named is that person, as
				// resolution reads it once it is no place.
				m.Type = Person
			} else if c, ok := demonymPlace(name); ok && pluralDemonym(name) && !strings.EqualFold(strings.TrimLeft(lastField(text[max(0, e.Start+off-12):e.Start+off]), openMarks), "the") {
				continue // "Americans", "many Russians": people, not the state (see demonyms)
			} else if ok {
				m.Name, m.Type = c, Place
			} else if w := strings.Fields(name); len(w) >= 2 {
				if c, ok := demonymPlace(w[0]); ok && stateNouns[strings.ToLower(w[len(w)-1])] && !regionDemonyms[strings.ToLower(w[0])] && stateModifiers(w[1:len(w)-1]) {
					m.Name, m.Type = c, Place
				}
			}
			desc, tagged := partyDescription(text[e.Start+end:], an.Aliases)
			afterHonorific := honorificBefore(text[:e.Start+off])
			if role != "" || tagged || afterHonorific {
				norm.titled[m.Name] = true
			}
			if afterHonorific && m.Type == Org && (endsInOutletWord(name) || len(strings.Fields(name)) == 2) {
				// "Mr. Ben Post", "Sen. Dana Church": an honorific is
				// written before a person's name, a first name and a
				// surname, whatever word of an outlet's or a body's
				// name the surname is; a longer name ending in a body's
				// head word stays the body ("Dr. Pepper Snapple
				// Group").
				m.Type = Person
			}
			if m.Type == Person && role == "" && !afterHonorific && ampersandName(text, e.Start+off, e.Start+end) {
				// "Simon & Schuster", "Fox & Friends": a firm or a
				// programme named after people is no person.
				m.Type = Org
			}
			if m.Type == Person && role == "" && !norm.titled[m.Name] && knownPlace(an.Aliases, m.Name) {
				// A known place's name alone is a person only after a
				// title ("Mr. Jordan"): the model types "Norway" or
				// "Chile" opening a sentence as a person now and then,
				// and tone toward the place would read as a person's.
				m.Type = Place
			}
			if tagged {
				// "Sen. John McCain, R-Ariz., said": a party tag follows
				// a politician, and later "the Arizona Republican" is
				// McCain.
				m.Type = Person
				addRole(norm.roles, desc, m.Name)
			}
			if parts[e.Start] {
				fromCompound[m.Start] = true
			}
			raw = append(raw, m)
		}
		raw = append(raw, demonymMentions(d, first, raw)...)
		givenNames(d, first, raw)
		honored := honorificMentions(d, first, raw)
		for _, m := range honored {
			norm.titled[m.Name] = true
		}
		raw = append(raw, honored...)
	}
	if len(shops) > 0 {
		// The shop's other possessives ("at Dinah's on Saturday", where
		// no article says it): onlyPossessive.
		raw = slices.DeleteFunc(raw, func(m Mention) bool { return shops[d.Text[m.Start:m.End]] })
	}
	// The model's spans mended with the whole article's casing in view,
	// before names resolve, so that a mended name resolves as any does.
	// The article's casing is read once: the rules below change mentions,
	// not the words they read it from.
	c := readCasing(d)
	raw = dayNames(d, raw)
	raw = joinParticles(d, c, raw)
	raw = knownNames(d, raw, an.Aliases)
	raw = widenNames(d, c, raw)
	dropOpeningWords(d, c, raw, an.Aliases)
	raw = caseNames(d, raw, an.Aliases)
	statuteTypes(raw)
	publicationNames(d, raw, an.Aliases)
	raw = append(raw, roleMentions(d, norm.roles, raw)...)
	norm.kin = relatives(d.Text, raw)
	placeInitialsBeforeNames(d, raw, an.Aliases)
	straightApostrophes(raw)
	compoundTypes(raw, fromCompound)
	d.Entities = norm.resolve(raw)
	sortMentions(d.Entities)
	dropCapitalisedWords(d, c, an.Aliases)
	dropHeadingPhrases(d, c, an.Aliases)
	dropTitleWords(d, an.Aliases)
	dropNameTails(d, an.Aliases)
	mendNameEdges(d)
	initialsNames(d, an.Aliases)
	d.Entities = append(d.Entities, missedSurnames(d, &norm)...)
	straightApostrophes(d.Entities) // the names the rules after resolution wrote
	sortMentions(d.Entities)
	for i := range d.Entities {
		d.Entities[i].Sent = d.SentenceAt(d.Entities[i].Start)
	}
	d.Quotes = findQuotes(d)
	for i, p := range d.SentenceTones() {
		d.Sentences[i].Tone = p.Compound
	}
	return d, nil
}

// straightApostrophes writes the names of ms with one apostrophe, as
// bareName writes a full name's: a lone "O’Rourke" had resolved to no
// "Beto O'Rourke".
func straightApostrophes(ms []Mention) {
	for k := range ms {
		ms[k].Name = strings.ReplaceAll(ms[k].Name, "’", "'")
	}
}

// acronymType corrects the model's type of an acronym: a name of two to
// six capitals and no lower case ("CNN", "AARP", "NAACP"; "AT&T") that
// the model typed as a person or a place is an organisation, as no one
// is called by capitals alone, unless it is a known place in capitals
// ("US", "UK", "DC", a headline's "SEOUL": knownPlace; a person so typed
// is then made the place, below). The model reads capitals by their
// sentence: "CNN" is a person before "reported" and a place after "on".
func acronymType(name, typ string, aliases *Aliases) string {
	if (typ == Person || typ == Place) && isAcronymName(name) && !knownPlace(aliases, name) && !knownPlace(aliases, titleCased(name)) {
		return Org
	}
	return typ
}

// titleCased returns an acronym's letters as a name is written, a
// capital and lower case ("SEOUL" is "Seoul"), for the tables that know
// names only so.
func titleCased(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(r) + strings.ToLower(s[n:])
}

// isAcronymName reports whether name is two to six capital letters, an
// ampersand allowed between them ("AT&T"), and nothing else.
func isAcronymName(name string) bool {
	n := 0
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '&' && n > 0:
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// partyTag matches a party tag right after a name: ", R-Ariz.," or " (D-N.Y.)",
// the hyphen set as an en dash too (" (D–N.Y.)").
var partyTag = regexp.MustCompile(`^,? \(?([RDI])[-–]([A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)`)

// partyDescription returns the description a party tag after a name
// stands for ("R-Ariz." is "arizona republican"), lower case, as news
// prose goes on to call the person ("the Arizona Republican said").
func partyDescription(after string, aliases *Aliases) (string, bool) {
	m := partyTag.FindStringSubmatch(after)
	if m == nil {
		return "", false
	}
	state := strings.TrimSuffix(m[2], ".")
	if c, ok := aliases.Canonical(state); ok {
		state = c
	} else if c, ok := aliases.Canonical(state + "."); ok {
		state = c
	}
	party := map[string]string{"R": "republican", "D": "democrat", "I": "independent"}[m[1]]
	return strings.ToLower(state) + " " + party, true
}

// partyTagged reports whether the text before an entity ends a party
// tag's prefix, as in "(D-Arizona)": the state there says where a
// politician is from and is not an entity of the story.
func partyTagged(before string) bool {
	n := len(before)
	return n >= 2 && before[n-1] == '-' && strings.IndexByte("RDI", before[n-2]) >= 0 &&
		(n == 2 || before[n-3] == '(' || before[n-3] == ' ' || before[n-3] == ',')
}

// SentenceAt returns the index of the sentence holding byte offset off, or
// the last sentence starting before it.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Sentences[mid].Start <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == 0 {
		return 0
	}
	return lo - 1
}

// demonymMentions adds the demonyms the model left untagged where they stand
// for a country: an adjective before an actor noun ("Russian troops").
func demonymMentions(d *Doc, from int, have []Mention) []Mention {
	var out []Mention
	for i := from; i+1 < len(d.Tokens); i++ {
		t := d.Tokens[i]
		c, ok := demonymPlace(d.TokenText(i))
		if !ok || !stateNouns[strings.ToLower(d.TokenText(i+1))] || covered(have, t.Start) {
			continue
		}
		out = append(out, Mention{Start: t.Start, End: t.End, Name: c, Type: Place})
	}
	return out
}

// shouted reports whether text[start:end] is one word in capitals that
// general news writes in lower case (lowerInNews), and that another word
// in capitals of two letters or more joins, across a space, an ampersand
// or a possessive: a phrase written in capitals, as posts shout and pages
// set their headings ("LAW & ORDER!", "THE FACTS:", "TOP OF THE HOUR",
// "HERE'S WHAT"). The model reads such words as names. A dateline's place
// ("TULSA, Okla."), an acronym among lower-case words ("the CHOP zone")
// and one among others ("CNBC TV", "the LGBT & HIV Project") are not
// shouting.
func shouted(text string, start, end int) bool {
	word := text[start:end]
	if !isCapsWord(word) || !lowerInNews(strings.ToLower(word)) {
		return false
	}
	rest := text[end:]
	for _, poss := range []string{"'S", "’S"} {
		rest = strings.TrimPrefix(rest, poss)
	}
	next := strings.TrimLeft(rest, " ")
	if t, ok := strings.CutPrefix(next, "&"); ok {
		next = strings.TrimLeft(t, " ")
	}
	if len(next) < len(text[end:]) && isCapsWord(leadingLetters(next)) {
		return true
	}
	prev := strings.TrimRight(text[:start], " ")
	if t, ok := strings.CutSuffix(prev, "&"); ok {
		prev = strings.TrimRight(t, " ")
	}
	if len(prev) == start {
		return false
	}
	return isCapsWord(trailingLetters(prev))
}

// trailingLetters returns the letters s ends with.
func trailingLetters(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return s[i:]
}

// leadingLetters returns the letters s starts with.
func leadingLetters(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// isCapsWord says whether w is a word of two letters or more, all
// capitals.
func isCapsWord(w string) bool { return capitalsOnly(w) >= 2 }

// capitalsOnly returns the number of letters of w when every rune of it
// is a capital letter, else 0.
func capitalsOnly(w string) int {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return 0
		}
		n++
	}
	return n
}

// stateModifiers reports whether the words between a demonym and a state
// noun keep the name a state's ("Russian Armed Forces", "Afghan National
// Security Forces", "Mongolian Environmental Ministry"): none of them is
// a word that armed movements and parties name themselves with, against
// a state ("Syrian Democratic Forces", a militia; "Sudanese People's
// Liberation Army"), and all are capitalised: a name with "of" is a
// body's of its own ("American Federation of State, County and Municipal
// Employees").
func stateModifiers(w []string) bool {
	for _, x := range w {
		if movementWords[strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "’s"))] || !isTitleCase(x) {
			return false // a movement's word, or "of": "American Federation of State, County ..."
		}
	}
	return true
}

// movementWords name a movement, not a state, in a body's name.
var movementWords = map[string]bool{
	"democratic": true, "liberation": true, "revolutionary": true, "resistance": true, "rebel": true,
	"opposition": true, "popular": true, "people": true, "free": true, "patriotic": true, "islamic": true,
}

// regionDemonyms are demonyms of a region that is no state: their
// "Parliament", "Commission" or "Council" is a body's name of its own
// (the European Parliament is no act of a state called Europe), not a
// state acting as "Ukrainian officials" are.
var regionDemonyms = map[string]bool{"european": true, "western": true, "europeans": true}

// languageAlone reports whether text[start:end] is the name of a language
// that names no state and no people in news ("English", "Mandarin",
// "Arabic"), with no capitalised word after it that would make it part of
// a longer name ("English Channel", "Arabic Network"). The model types
// "speak English" and "the English language" as a place; nothing that
// place does or has done to it is news about a state. Languages that are
// also a people's adjective ("Russian", "Spanish") are left to the
// demonym rules.
func languageAlone(text string, start, end int) bool {
	if !languages[text[start:end]] {
		return false
	}
	next := strings.TrimLeft(text[end:], " ")
	r, _ := utf8.DecodeRuneInString(next)
	return len(next) == len(text[end:]) || !unicode.IsUpper(r)
}

// languages are the languages languageAlone knows.
var languages = map[string]bool{
	"English": true, "Mandarin": true, "Cantonese": true, "Arabic": true, "Hindi": true, "Urdu": true,
	"Farsi": true, "Tagalog": true, "Swahili": true, "Yiddish": true, "Hebrew": true, "Esperanto": true,
}

// ampersandName reports whether the name text[start:end] is joined by an
// ampersand to a capitalised word, as the names of firms, shows and books
// are ("Ropes & Gray", "Fox & Friends", "Law & Order"), and the names of
// people are not. "Obama & I" and "Comey & the others", in a post's
// shorthand, are people, and so is a full name after the ampersand whose
// first word is a known first name (firstnames.tsv), which a post's
// signature joins to a company ("Harbor Films & Andrew Hale"); a shop's
// name is not one ("Uptown Pub & Peanut Bar").
func ampersandName(text string, start, end int) bool {
	if rest, ok := strings.CutPrefix(text[end:], " & "); ok {
		w := firstWord(rest)
		return w != "I" && isCapitalised(w) && !isFunctionWord(w)
	}
	if strings.Contains(text[start:end], " ") {
		if _, known := FirstNameGender(FirstName(text[start:end])); known {
			return false
		}
	}
	if before, ok := strings.CutSuffix(text[:start], " & "); ok {
		w := trailingLetters(before)
		return isCapitalised(w) && !isFunctionWord(w)
	}
	return false
}

// honorificBefore reports whether the text before a name ends with an
// honorific: "Rep. ", "Mr. ".
func honorificBefore(before string) bool {
	w := strings.Fields(before[max(0, len(before)-12):])
	return len(w) > 0 && strings.HasSuffix(before, " ") && honorifics[w[len(w)-1]]
}

// honorifics are the abbreviated titles written only before a person's
// name: "Mr. Grimm", "Ms. Lerner", "Sen. Arlen Specter", and without the
// full stop as British style writes them ("Mr Zuckerberg").
var honorifics = map[string]bool{
	"Mr.": true, "Mrs.": true, "Ms.": true, "Mr": true, "Mrs": true, "Ms": true, "Messrs.": true, "Sens.": true, "Reps.": true,
	"Dr.": true, "Dr": true, "Prof.": true, "Rev.": true, "Fr.": true, "Msgr.": true,
	"Sen.": true, "Rep.": true, "Gov.": true, "Lt.": true, "Gen.": true, "Col.": true,
	"Maj.": true, "Capt.": true, "Sgt.": true, "Cmdr.": true, "Adm.": true, "Gov": true,
}

// IsHonorific reports whether w is an honorific written before a
// person's name, in any case and with or without its full stop ("Mr.",
// "mr", "SEN.").
func IsHonorific(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" {
		return false
	}
	r, n := utf8.DecodeRuneInString(w)
	t := string(unicode.ToUpper(r)) + strings.ToLower(w[n:])
	return honorifics[t] || honorifics[t+"."]
}

// maxHonorificName bounds the words of a name after an honorific.
const maxHonorificName = 4

// honorificMentions adds the names the model left untagged after an
// honorific: a person's, whatever the model made of the words. On
// basil-dev's 150 articles, 50 of 734 names after "Mr.", "Ms.", "Sen.",
// "Rep." or "Gov." were in no entity mention ("Mr. Obama" 7 times, "Ms.
// Brewer" 6), and 5 are after this; on NewsMTSC's sentences, which
// seldom give the full name first, the model missed "Mr. Cruz", "Mr.
// Grimm", "Mr Zuckerberg". The name is the capitalised proper nouns that
// follow, up to a possessive, a lower-case word or punctuation; a name
// the model tagged in part is left as the model tagged it.
func honorificMentions(d *Doc, from int, have []Mention) []Mention {
	var out []Mention
	for i := from; i+1 < len(d.Tokens); i++ {
		if !honorifics[d.TokenText(i)] {
			continue
		}
		j := i + 1
		for j < len(d.Tokens) && isNameWord(d, j) && !covered(have, d.Tokens[j].Start) {
			j++
		}
		if n := j - (i + 1); n == 0 || n > maxHonorificName || j < len(d.Tokens) && isNameWord(d, j) {
			continue // no name, one too long, or one the model tagged (in part)
		}
		if slices.ContainsFunc(d.Tokens[i+1:j], func(t Token) bool { return isInstitutionHead(d.Text[t.Start:t.End]) }) {
			continue // a body's name: "Dr. Pepper Snapple Group"
		}
		if isInitial(d.TokenText(j - 1)) {
			// "Sen. Kay R. Hagan": a name does not end on an initial;
			// the surname after it is the model's (left as it is) or
			// one the tagger did not call a proper noun.
			continue
		}
		start, end := d.Tokens[i+1].Start, d.Tokens[j-1].End
		name := strings.TrimRight(d.Text[start:end], ".‘’'\"“”")
		out = append(out, Mention{Start: start, End: start + len(name), Name: name, Type: Person})
		i = j - 1
	}
	return out
}

// givenNames mends the person mentions whose given name the model left
// out after an honorific: "Ms. Ellen Marsh" tagged "Marsh" becomes
// "Ellen Marsh". One proper noun between the honorific and the mention,
// no title's word ("Sen. Majority Leader Harry Reid" is left as it is),
// is the given name. It changes ms in place.
func givenNames(d *Doc, from int, ms []Mention) {
	for i := from; i+2 < len(d.Tokens); i++ {
		if !honorifics[d.TokenText(i)] || !isNameWord(d, i+1) || covered(ms, d.Tokens[i+1].Start) {
			continue
		}
		given := d.TokenText(i + 1)
		if isRoleWord(strings.ToLower(strings.TrimSuffix(given, "."))) || isInstitutionHead(given) || isInitial(given) {
			continue
		}
		next := d.Tokens[i+2].Start
		for k := range ms {
			if ms[k].Start == next && ms[k].Type == Person {
				ms[k].Start = d.Tokens[i+1].Start
				ms[k].Name = given + " " + ms[k].Name
				break
			}
		}
	}
}

// isInitial reports whether w is an initial: a capital and a full stop.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && w[n:] == "."
}

// isNameWord reports whether token i can be a word of a name: a proper
// noun with a capital, or an initial ("R.").
func isNameWord(d *Doc, i int) bool {
	w := d.TokenText(i)
	r, _ := utf8.DecodeRuneInString(w)
	return strings.HasPrefix(d.Tokens[i].Tag, "NNP") && unicode.IsUpper(r) && !honorifics[w]
}

func covered(ms []Mention, off int) bool {
	for _, m := range ms {
		if m.Start <= off && off < m.End {
			return true
		}
	}
	return false
}

// titleBefore returns the title that ends right before a name, lower case
// and without nationality: "... with US Secretary of State " -> "secretary
// of state". It returns "" when the words before the name are no title.
func titleBefore(before string) string {
	words := wordSpans(before)
	if len(words) > 6 {
		words = words[len(words)-6:]
	}
	if len(before) > 0 && !unicode.IsSpace(rune(before[len(before)-1])) {
		return "" // the name is glued to the word before it
	}
	i := len(words)
	for i > 0 {
		w := words[i-1].s
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && w != "of" {
			break
		}
		if last, _ := utf8.DecodeLastRuneInString(w); strings.ContainsRune(",;:)]”\"’'—–", last) {
			// A comma or a closing mark ends a phrase before the title:
			// in "angered Republicans, President Obama said", the title
			// is "president", not "republicans president".
			break
		}
		i--
	}
	var role []string
	hasRole := false
	for _, w := range words[i:] {
		lw := strings.ToLower(strings.TrimSuffix(w.s, "."))
		if _, isDemonym := demonymPlace(lw); isDemonym || isAllUpper(w.s) {
			continue
		}
		hasRole = hasRole || isRoleWord(lw)
		role = append(role, lw)
	}
	for len(role) > 0 && role[0] == "of" {
		role = role[1:]
	}
	if !hasRole {
		return ""
	}
	return strings.Join(role, " ")
}

// publicationNames gives back the "The" of a one-word name that is written
// with it inside a sentence: "As The Hill notes", "in The Atlantic". The
// capital says the article is part of a title, a publication's or a
// band's, which is an organisation and no one's surname: the name model
// had read "Hill" as a place or a person, and a bare "Hill" then became
// "Capitol Hill" across the corpus. A known place ("The Hague") and a
// name the alias table knows ("The U.S.") keep their names, and a
// heading's capitals prove nothing.
func publicationNames(d *Doc, ms []Mention, aliases *Aliases) {
	inSentence := map[string]bool{} // names written after a capital "The" inside a sentence
	for _, m := range ms {
		if m.Start < 4 || d.Text[m.Start-4:m.Start] != "The " {
			continue
		}
		if si := d.SentenceAt(m.Start); si >= 0 && d.Sentences[si].Start <= m.Start-4 && strings.TrimLeft(d.Text[d.Sentences[si].Start:m.Start-4], openMarks+" ") != "" {
			inSentence[m.Name] = true
		}
	}
	for i, m := range ms {
		if strings.Contains(m.Name, " ") || m.Start < 4 || d.Text[m.Start-4:m.Start] != "The " {
			continue
		}
		si := d.SentenceAt(m.Start)
		if si < 0 {
			continue
		}
		s := d.Sentences[si]
		if s.Start > m.Start-4 {
			continue // "The" ends the sentence before, as the splitter read a doubled mark (public.""The Obama ...)
		}
		if HeadingCased(d.Text[d.Paragraphs[s.Para].Start:d.Paragraphs[s.Para].End]) {
			continue // a heading's capitals
		}
		if strings.TrimLeft(d.Text[s.Start:m.Start-4], openMarks+" ") == "" && !inSentence[m.Name] {
			// A sentence's first word is capitalised anyway: the name
			// keeps its "The" there only where the article writes it
			// so inside a sentence too, so that one name is not two.
			continue
		}
		name := "The " + m.Name
		if _, known := aliases.Canonical(m.Name); known || knownPlace(aliases, name) || knownPlace(aliases, m.Name) || !startsUpper(m.Name) ||
			isAllUpper(m.Name) || isInstitutionHead(m.Name) || modifiesNoun(d, m) {
			continue // "The AP", "The House", "The Trump administration"
		}
		ms[i].Start, ms[i].Name, ms[i].Type = m.Start-4, name, Org
	}
}

// modifiesNoun reports whether the word after a mention is a noun the name
// modifies ("Trump administration", "Steele dossier").
func modifiesNoun(d *Doc, m Mention) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.End })
	return i < len(d.Tokens) && strings.HasPrefix(d.Tokens[i].Tag, "NN") && d.Tokens[i].Start-m.End <= 1
}

// titleObject returns how many bytes of the start of a name span are the
// rest of a title "X of Y" that ends before it: the model's span "National
// Intelligence Dan Coats" after "Director of " holds the title's object,
// whose words are those offices are named with ("state", "homeland
// security", "national intelligence": officeWords). At least two words
// stay. It returns 0 when the words before the span are no such title.
func titleObject(before, span string) int {
	if !titleEndsWith(before, "of") {
		return 0
	}
	words := wordSpans(span)
	k := 0
	for k < len(words)-2 && (officeWords[strings.ToLower(words[k].s)] && startsUpper(words[k].s) || k > 0 && (words[k].s == "of" || words[k].s == "and")) {
		k++
	}
	for k > 0 && (words[k-1].s == "of" || words[k-1].s == "and") {
		k-- // a joiner ends no title's object
	}
	if k == 0 {
		return 0
	}
	return words[k].start
}

// titleEndsWith reports whether before ends in a title's role word and one
// of links, perhaps with "the", and a space: "Director of ", "Ambassador
// to the ".
func titleEndsWith(before string, links ...string) bool {
	w := strings.Fields(before)
	n := len(w)
	if n > 0 && strings.EqualFold(w[n-1], "the") {
		n--
	}
	return n >= 2 && slices.Contains(links, w[n-1]) && isRoleWord(strings.ToLower(strings.TrimSuffix(w[n-2], "."))) && strings.HasSuffix(before, " ")
}

// titleBody returns how many bytes of the start of a name span are a body
// or a place the alias table knows that ends a title "X to Y" or "X of Y"
// before it: the model's span "United Nations Nikki Haley" after
// "Ambassador to the ". What follows must read as a person's name of two
// words or more, its first word no office's word ("Senate Foreign
// Relations" after "chairman of the" is a committee). It returns 0
// otherwise; the caller asks for a sign of a person besides (the model's
// label, or the surname written alone in the article), since a body's
// longer name reads as a person's name by its capitals ("National Security
// Archive").
func titleBody(before, span string) int {
	if !titleEndsWith(before, "of", "to") {
		return 0
	}
	words := wordSpans(span)
	for k := min(4, len(words)-2); k >= 1; k-- {
		if !knownBody(spanText(words[:k])) {
			continue
		}
		first := strings.ToLower(words[k].s)
		if officeWords[first] || lowerInNews(first) || !readsAsPerson(words[k:]) {
			return 0
		}
		return words[k].start
	}
	return 0
}

// surnameAlone reports whether the last word of name stands alone in text
// somewhere other than in name itself, as a person's surname does once
// the article has introduced the person ("Haley said").
func surnameAlone(text, name string) bool {
	last := lastField(name)
	return last != "" && countWord(text, last) > strings.Count(text, name)
}

// officeWords are the words the office of a title "X of Y" is named with
// in government: departments, ministries and staffs.
var officeWords = map[string]bool{
	"state": true, "defense": true, "defence": true, "homeland": true, "security": true, "national": true,
	"intelligence": true, "foreign": true, "affairs": true, "justice": true, "labor": true, "labour": true,
	"commerce": true, "energy": true, "education": true, "transportation": true, "agriculture": true,
	"treasury": true, "health": true, "human": true, "services": true, "interior": true, "housing": true,
	"urban": true, "development": true, "veterans": true, "staff": true, "joint": true, "chiefs": true,
	"public": true, "finance": true, "economy": true, "trade": true, "war": true, "navy": true, "army": true,
	"central": true, "home": true, "environment": true, "management": true, "budget": true, "information": true,
}

// addRole records that the article introduced name with a title
// (roles[role][name] is true).
func addRole(roles map[string]map[string]bool, role, name string) {
	if roles[role] == nil {
		roles[role] = map[string]bool{}
	}
	roles[role][name] = true
}

// addForeignRole records a title the article gave name with a demonym
// before it ("Brazilian President Dana Hale" is a "president"), which
// yields to the same title given without one (roles[role][name] is
// false): news calls its own country's president "the president" and
// another's "the Brazilian president".
func addForeignRole(roles map[string]map[string]bool, role, name string) {
	if roles[role] == nil {
		roles[role] = map[string]bool{}
	}
	if !roles[role][name] {
		roles[role][name] = false
	}
}

// demonymTitle reports whether the title that ends right before a name
// holds a demonym: "... with Brazilian President ".
func demonymTitle(before string) bool {
	words := wordSpans(before)
	for i := len(words) - 1; i >= 0 && i >= len(words)-6; i-- {
		w := words[i].s
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "of" {
			return false
		}
		if _, ok := demonymPlace(strings.TrimRight(w, ",;:")); ok {
			return true
		}
	}
	return false
}

// holder returns the one person a title stands for: the one person who
// carried it without a demonym, or else the one who carried it at all;
// foreign says it is the latter.
func holder(names map[string]bool) (name string, foreign, ok bool) {
	var bare, all []string
	for n, plain := range names {
		all = append(all, n)
		if plain {
			bare = append(bare, n)
		}
	}
	switch {
	case len(bare) == 1:
		return bare[0], false, true
	case len(bare) == 0 && len(all) == 1:
		return all[0], true, true
	}
	return "", false, false
}

// roleMentions resolves "the secretary of state" to the person the article
// introduced with that title, when exactly one person carried it (holder).
// A title the article gave only with a demonym ("Ukrainian President Dana
// Hale") stands for its holder only where no one is named more often
// than the holder: news calls its own country's president "the president"
// without naming the office's country, and a Daily Mail report of
// Trump's tweets, whose one titled president was Ukraine's, had given
// his "The president tweeted" to the Ukrainian.
func roleMentions(d *Doc, roles map[string]map[string]bool, have []Mention) []Mention {
	var out []Mention
	lower := strings.ToLower(d.Text)
	// Mentions of each person by surname: names are not yet resolved here
	// ("Trump" and "Donald Trump" are one person).
	named := map[string]int{}
	most := 0
	for _, m := range have {
		if m.Type == Person {
			k := lastField(m.Name)
			named[k]++
			most = max(most, named[k])
		}
	}
	for role, names := range roles {
		name, foreign, ok := holder(names)
		if !ok || !strings.Contains(role, " ") && len(role) < 6 || foreign && named[lastField(name)] < most {
			continue
		}
		needle := "the " + role
		for off := 0; ; {
			i := strings.Index(lower[off:], needle)
			if i < 0 {
				break
			}
			start := off + i + len("the ")
			end := start + len(role)
			off = end
			if end < len(lower) && isWordByte(lower[end]) || titleOfOrg(d.Text, end) {
				continue
			}
			if covered(have, start) {
				continue
			}
			out = append(out, Mention{Start: start, End: end, Name: name, Type: Person})
		}
	}
	return out
}

// standsAlone reports whether the last word of a two-word entity ("Obama"
// of "President Obama") is written in the article without the first: a
// person the title names, not a company or a place named with a title's
// word ("General Motors", "Ambassador Bridge", whose second word never
// stands alone).
func standsAlone(text, entity string) bool {
	w := strings.Fields(entity)
	if len(w) != 2 || !isRoleWord(strings.ToLower(strings.TrimSuffix(w[0], "."))) {
		return true // no title to keep or cut: the article need not be read
	}
	return countWord(text, w[1]) > strings.Count(text, w[0]+" "+w[1])
}

// countWord counts the occurrences of word in text that no letter or
// digit touches.
func countWord(text, word string) int {
	return countBounded(text, word, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// countBounded counts the occurrences of word in text that no rune for
// which touches is true stands right before or right after.
func countBounded(text, word string, touches func(rune) bool) int {
	n := 0
	for off := 0; ; {
		i := strings.Index(text[off:], word)
		if i < 0 {
			return n
		}
		at := off + i
		off = at + len(word)
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		after, _ := utf8.DecodeRuneInString(text[off:])
		if (at == 0 || !touches(before)) && (off == len(text) || !touches(after)) {
			n++
		}
	}
}

// apposed reports whether between is what stands between a name and a
// description of it set after the name: ", ", ", a ", ", the ".
func apposed(between string) bool {
	switch strings.ToLower(between) {
	case ", ", ", a ", ", an ", ", the ":
		return true
	}
	return false
}

// titleOfOrg reports whether the role ending at end goes on with "of"
// and what it heads: "the president of The A.P.", "the prime minister of
// the Palestinian Authority" are other titles than the one the article
// introduced. "Accused the president of lying" goes on with a verb's
// complement, not a title's. The price: "the president of the United
// States" is left unresolved too, which loses a mention and claims
// nothing false.
func titleOfOrg(text string, end int) bool {
	rest, ok := strings.CutPrefix(text[end:], " of ")
	if !ok {
		return false
	}
	w := firstWord(rest)
	if w == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || determiners[strings.ToLower(w)]
}

// determiners open a noun phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "his": true, "her": true,
	"its": true, "their": true, "our": true,
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-'
}

// sortMentions orders mentions by offset: they were collected paragraph by
// paragraph with the resolved titles last.
func sortMentions(ms []Mention) {
	slices.SortFunc(ms, func(a, b Mention) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(a.End, b.End)
	})
}
