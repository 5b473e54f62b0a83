package nlp

// Who said a quotation.
//
// Algorithm: news prose attributes a quotation with a cue, a verb of
// saying ("said", "told", "according to"), and the cue's subject is the
// speaker. For each quotation (its parts across paragraphs together) the
// cue is looked for in this order:
//
//  1. right after the closing mark, within the next few words of the same
//     clause: ",” Blinken told reporters", ",” said Blinken";
//  2. before the opening mark in the same sentence, the nearest cue:
//     "Lavrov told Blinken that the US was waging “a propaganda campaign”";
//     or, with no cue, the verb before a colon ("Biden responded: “...”"),
//     also when the colon ends the paragraph before the quote;
//  3. later in the closing sentence: ",” Rep. Peter King, R-N.Y., said".
//
// The speaker is then the head of the noun phrase that is the cue's
// subject, never a name that merely stands near the cue:
//
//	“It is over,” Sen. Jane Doe, the panel’s chair, said Tuesday.
//	              └ subject ┘└─ appositive ─┘ └cue┘ └time┘
//
//   - Before the cue, skipping adverbs, auxiliaries and days ("also",
//     "has", "on Tuesday"): a name ends there; or an appositive or a party
//     tag ends there and the name before it is taken ("Lauten, the
//     communications director for Rep. Fincher (R-Tenn.), wrote");
//     or a pronoun, resolved below; or a common noun ("the police chief
//     said", "officials said"), which names no one, and the quote stays
//     without a speaker rather than going to a name nearby.
//   - After the cue, for an inverted "said X" or "according to X": the
//     head of the noun phrase there ("said White House spokesman Jay
//     Carney"). Not after "told", "called", "accused", "urged" or
//     "described": what follows them is who was told or called, not who
//     spoke ("Bloomberg called Trump a “dangerous demagogue”").
//   - A participle cue ("saying", "accusing"), a second verb ("stormed
//     back and said") and an infinitive ("went on to say") have the
//     sentence's subject: "Santorum tried to clarify his comment that Obama
//     subscribed to a “phony theology,” saying ...". A second verb inside
//     a subordinate clause, in the tense of the clause's own verb, has the
//     clause's subject: in "Ferris pushed the man away after the man
//     approached him and asked if he backed the “tax”", the man asked.
//   - A passive ("she was called “...”") names who was called, not the
//     speaker.
//
// A quotation that ends a sentence with its own full stop (“... wrong.”
// The former governor said ...) takes no cue from the sentence after it;
// one that ends with "?" or "!" may (“Why?” Obama asked).
//
// A speaker is a person or an organisation. A place is one only as the
// cue's own subject, where it stands for a government ("Russia said"),
// never as a modifier ("the former Alaska governor said"), a party tag
// ("(D-Arizona)"), a possessive ("Putin’s adviser said") or a name inside
// the quotation.
//
// A pronoun ("he said") whose sentence names no one before it stands for
// the one person the sentence right before names, outside quotations and
// not as a possessive, when that sentence has no he or she of its own:
// the sentence is about that person, as subject or not ("That did not
// persuade Justice Lind. “...,” he said"). Recency wins over subjecthood
// there; giving the pronoun to anyone quoted before, tried first, went
// wrong far more often than right. Otherwise a pronoun stands for the
// nearest person already named, outside quotations, whose gender does not
// clash with it and who was the subject of a verb or a speaker before;
// failing that, the nearest person whose gender does not clash. A he or
// she resolved before, outside quotations, stands where it is written for
// its person, as the subject it was: a speaker's she goes on past a person
// named in passing (“...,” she said. ... Asked about Governor Brant, she
// said ...: Brant is no nearer subject than the earlier she), and a
// speaker named more than pronounParas paragraphs back is still found
// through the chain of her pronouns. A second he or she of one sentence is the
// first one's person when the first looks back to someone the sentence
// named and no one named between them says or tells something ("Ferris
// said he was not questioning whether Whitfield is honest when he
// referred to her “...”": Ferris, not Whitfield); and a person named inside
// what someone else in the sentence says is not the one found: after
// "Ferris said he believes Whitfield is honest.", "he said" is Ferris
// (reporter). A pronoun after a person the sentence speaks of without a
// name ("the man", "a student", "a so-called “heckler”") may stand for
// that person, so it names no one: in "Ferris shoved the heckler aside
// when he asked ...", the one who asked is not Ferris. A noun that
// modifies another ("student loans") or describes the person just named
// ("Ferris, the son of a ferryman,") is no such person.
// A person's gender is known from "Mr.", "Ms."
// and gendered titles ("congresswoman"), and from "he", "she" or "his" in
// earlier sentences where that person was the only one named just before.
// Names the model tags as people but the text shows are not (a plural, a
// name after "in" or "at") stand for no one.
//
// A quotation with no cue of its own keeps the speaker of the quotation
// before it when it opens the next paragraph, or the next sentence of the
// same paragraph (“...,” he said. “...”); so does one whose cue is
// "continued" or "added" with no name ("the Texas governor continued").
//
// Complexity: linear in the tokens, plus, per quotation, a pass over the
// mentions (appositives) and, per pronoun, a walk back over the mentions
// of the last few paragraphs: O(T + Q·M).
//
// Limits: a cue's subject that is not a named entity nor a pronoun
// ("officials said", "the president said") leaves the quote without a
// speaker. Pronoun resolution knows no world knowledge: an unknown
// gender never clashes, so "he" can go to a woman whose gender the
// article never showed. The part-of-speech tags are the model's and are
// sometimes wrong.

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cueKind says how a cue relates to the names around it.
type cueKind uint8

const (
	// cueSay may have its subject after it: ",” said Blinken".
	cueSay cueKind = iota + 1
	// cueObject has after it who was addressed or described, never the
	// speaker: "told reporters", "called Trump".
	cueObject
	// cueGoesOn says the speaker before goes on: "continued", "added".
	cueGoesOn
)

// cueWords are the verbs (and the first word of "according to") that
// attribute a quotation, lower case, in their finite and -ing forms.
var cueWords = func() map[string]cueKind {
	m := map[string]cueKind{}
	add := func(k cueKind, words ...string) {
		for _, w := range words {
			m[w] = k
		}
	}
	add(cueSay, "said", "says", "say", "saying",
		"insisted", "insists", "insisting", "warned", "warns", "warning",
		"argued", "argues", "arguing", "stated", "declared", "declares", "declaring",
		"noted", "notes", "noting", "explained", "explains", "explaining",
		"claimed", "claims", "claiming", "asked", "asks", "asking",
		"replied", "replies", "replying", "responded", "responds", "responding",
		"retorted", "wrote", "writes", "write", "writing", "tweeted", "tweeting", "posted",
		"stressed", "stresses", "stressing", "reiterated", "reiterates",
		"repeated", "repeats", "acknowledged", "admitted", "announced", "announces",
		"suggested", "suggests", "suggesting", "recalled", "recalls", "conceded",
		"observed", "observes", "observing", "clarified", "summarized", "lamented",
		"countered", "complained", "complaining", "cautioned", "vowed", "vowing",
		"remarked", "testified", "quipped", "joked", "boasted", "contended",
		"predicted", "predicts", "asserted", "asserts", "recounted", "recounts",
		"according", "per")
	add(cueObject, "told", "tells", "tell", "telling", "called", "calls", "calling",
		"accused", "accuses", "accusing", "urged", "urges", "urging",
		"described", "describes", "describing", "reminded", "referred")
	// "Concluded" ends what a speaker said, as "added" goes on with it:
	// ",” the commissioner concluded" is the speaker before when its
	// subject names no one.
	add(cueGoesOn, "added", "adds", "adding", "continued", "continues", "continuing",
		"concluded", "concludes")
	return m
}()

// personalCues report a forecast, a claim, a memory or a conclusion, as
// often as "said" does after a quotation (",” Ferris predicted"). They
// are a person's or a body's, not a government's: a place as their
// subject is mostly a person the entity model typed as a place ("Alden
// predicted" of a man named Alden), and names no one. "Concluded" often
// ends a long argument (a dissent, a report, a memo) the article has
// paraphrased, whose author a "he concluded" stands for more often than
// the person named last: with a pronoun as its subject it goes on from
// the quotation before, as "added" does, and names no one when none is
// near.
var personalCues = map[string]bool{
	"predicted": true, "predicts": true, "asserted": true, "asserts": true,
	"recounted": true, "recounts": true, "concluded": true, "concludes": true,
}

// ReportsSpeech reports whether the token text, as written, is a verb that
// introduces what someone said in the reporter's words: "said", "told",
// "argued", "added", "according" (to). "States" in "United States" and a
// capitalised "Says" heading are not. Framing reads the rest of such a
// verb's sentence as reported speech (compare/frame, voice.go).
func ReportsSpeech(text string) bool {
	w := strings.ToLower(text)
	if w != text {
		return false
	}
	switch cueWords[w] {
	case cueSay, cueGoesOn:
		return !strings.HasSuffix(w, "ing") // "saying" goes with a clause already reported or quoted
	case cueObject:
		return w == "told" || w == "tells"
	}
	return false
}

// skipBeforeCue are the words that may stand between a subject and its
// cue: auxiliaries and adverbs of time ("Obama has also said", "Romney
// later told").
var skipBeforeCue = map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true,
	"be": true, "been": true, "did": true, "does": true, "do": true, "also": true, "then": true,
	"later": true, "earlier": true, "again": true, "once": true, "today": true, "yesterday": true,
	"tonight": true, "morning": true, "afternoon": true, "evening": true, "night": true,
	"on": true, "last": true, "this": true,
}

// speakingTexts are the nouns for a text that speaks for its author: "a
// statement that claimed", "a letter which said".
var speakingTexts = map[string]bool{
	"statement": true, "letter": true, "report": true, "ad": true, "advertisement": true,
	"release": true, "memo": true, "tweet": true, "post": true, "column": true, "email": true,
	"e-mail": true, "video": true, "speech": true, "message": true, "note": true, "filing": true,
	"op-ed": true, "editorial": true, "petition": true,
	"statements": true, "letters": true, "tweets": true, "posts": true, "emails": true, "messages": true,
}

// beForms make a passive of the cue after them.
var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true}

// Gender of a name or a pronoun.
const (
	unknown byte = 0
	male    byte = 'm'
	female  byte = 'f'
)

// pronounGender gives the gender of the subject pronouns that stand for a
// person.
var pronounGender = map[string]byte{"he": male, "she": female}

// clueGender gives the gender of the pronouns that show the gender of the
// subject before them: "he", "she" and "his" ("Ferris thanked his staff").
// "Her" and "him" are left out: as objects they stand for someone else
// ("Ferris interrupted her").
var clueGender = map[string]byte{"he": male, "she": female, "his": male}

// genderedTitles are the words before a name that say its gender.
var genderedTitles = map[string]byte{
	"mr": male, "mrs": female, "ms": female, "miss": female,
	"congressman": male, "congresswoman": female, "spokesman": male, "spokeswoman": female,
	"chairman": male, "chairwoman": female, "assemblyman": male, "assemblywoman": female,
	"councilman": male, "councilwoman": female, "businessman": male, "businesswoman": female,
	"king": male, "queen": female, "prince": male, "princess": female, "sir": male, "lady": female,
}

// attribution is who said a quotation, and the cue that says so.
type attribution struct {
	speaker string
	mention int // the speaker's mention in Doc.Entities, -1 when none
	cue     string
	// again: the cue says the speaker before goes on ("continued") and
	// its subject names no one.
	again bool
}

// subject is what the search for a cue's subject found.
type subject struct {
	name    string
	mention int
	// decided: the subject was found, even if it names no one ("officials
	// said"); the search stops there.
	decided bool
	// definite: the subject is a noun phrase with "the" ("the governor").
	definite bool
	// pronoun: the subject is a he or she, resolved to mention.
	pronoun bool
}

var undecided = subject{mention: -1}

// attributor attributes the quotations of one document.
type attributor struct {
	d     *Doc
	spans []quoteSpan
	// tokMention is, per token, the mention holding its start, or -1.
	tokMention []int
	// said marks the mentions already taken as a speaker.
	said map[int]bool
	// clues are the gender clues of each name, in text order; a clue at
	// -1 holds everywhere.
	clues map[string][]genderClue
	// notPerson holds the names tagged as people that the text shows are
	// not one: a plural ("Militants"), or a place something is in ("in
	// Tripoli", "at Fox News").
	notPerson map[string]bool
	// chain holds the he and she outside quotations already resolved to a
	// named person.
	chain []chainLink
	// quote is the text of the quotation being attributed; titled, the
	// lower-case names it writes after a title ("Chairman Steele", "Sen.
	// Schumer"), read from it when a pronoun's speaker is first asked for
	// (namedInQuote).
	quote  string
	titled map[string]bool
}

// chainLink is a pronoun resolved to the person of a mention.
type chainLink struct {
	tok, mention int
	gender       byte
}

type genderClue struct {
	off    int
	name   string
	gender byte
	weight int
}

func newAttributor(d *Doc, spans []quoteSpan) *attributor {
	a := &attributor{d: d, spans: spans, said: map[int]bool{}, tokMention: make([]int, len(d.Tokens))}
	for i := range a.tokMention {
		a.tokMention[i] = -1
	}
	for mi, m := range d.Entities {
		for ti := a.tokenAt(m.Start); ti < len(d.Tokens) && d.Tokens[ti].Start < m.End; ti++ {
			if a.tokMention[ti] < 0 {
				a.tokMention[ti] = mi
			}
		}
	}
	a.clues = a.genderClues()
	a.notPerson = map[string]bool{}
	for _, m := range d.Entities {
		if m.Type != Person {
			continue
		}
		first, last := a.tokenAt(m.Start), a.tokenAt(m.End)-1
		if last >= first && last < len(d.Tokens) && d.Tokens[last].Tag == "NNPS" {
			a.notPerson[m.Name] = true
		}
		if first > 0 && (a.word(first-1) == "in" || a.word(first-1) == "at") && !possessive(d.Text, m) {
			a.notPerson[m.Name] = true
		}
	}
	return a
}

// tokenAt returns the index of the first token starting at or after off.
func (a *attributor) tokenAt(off int) int {
	return sort.Search(len(a.d.Tokens), func(i int) bool { return a.d.Tokens[i].Start >= off })
}

// quoted reports whether offset off lies inside a quotation, its marks
// included.
func (a *attributor) quoted(off int) bool { return a.spanAt(off) >= 0 }

// spanAt returns the index of the quotation offset off lies inside, its
// marks included, or -1.
func (a *attributor) spanAt(off int) int {
	end := func(i int) int { return max(a.spans[i].end, a.spans[i].close) }
	i := sort.Search(len(a.spans), func(i int) bool { return end(i) >= off })
	if i < len(a.spans) && a.spans[i].open <= off {
		return i
	}
	return -1
}

// labelQuoted reports whether offset off lies inside a quotation of at
// most labelWords words: a label set in quotation marks ("a so-called
// “heckler”"), not a statement.
func (a *attributor) labelQuoted(off int) bool {
	i := a.spanAt(off)
	return i >= 0 && len(strings.Fields(a.d.Text[a.spans[i].start:a.spans[i].end])) <= labelWords
}

// labelWords bounds a label in quotation marks.
const labelWords = 2

func (a *attributor) word(ti int) string { return strings.ToLower(a.d.TokenText(ti)) }

// attribute finds the cue and speaker of a quotation whose first part is
// first and last part last.
func (a *attributor) attribute(first, last quoteSpan) attribution {
	d := a.d
	a.quote, a.titled = d.Text[first.start:max(last.end, first.end)], nil
	// 1. Right after the closing mark, in the same clause: ",” Blinken
	// told reporters", ",” said Blinken"; or a dash and the name that
	// signs the quotation: "“...” — Tom Hale, Alden Ledger".
	var later []int // cues further on in the closing sentence
	from, limit := -1, -1
	if last.close >= 0 {
		if mi, dash, ok := a.signature(last.close); ok {
			return attribution{speaker: a.d.Entities[mi].Name, mention: mi, cue: dash}
		}
	}
	if last.close >= 0 && !a.closesSentence(last.close) {
		si := d.SentenceAt(last.close)
		s := d.Sentences[si]
		toks := s.TokEnd
		next := si + 1
		extended := false
		if a.endsSentence(last.close, si) {
			// The segmenter ended the sentence with the quotation's own
			// "?" or "!" (or a "." before a lower-case cue): “Why?”
			// Obama asked. The cue is in the next sentence.
			s.End, toks = d.Sentences[next].End, d.Sentences[next].TokEnd
			extended = true
		}
		from, limit = last.close, s.End
		if next := nextMark(d.Text, last.close+1, s.End); next >= 0 {
			limit = next
		}
		words, clause := 0, true
		for ti := s.TokStart; ti < toks; ti++ {
			t := d.Tokens[ti]
			if t.Start <= last.close || t.Start >= limit {
				continue
			}
			if !IsWord(d.TokenText(ti)) {
				clause = false
				continue
			}
			if a.word(ti) == "but" {
				// A clause set against the quotation: in "Ferris called
				// the plan a “deal of the decade,” but Brandt called it a
				// theft", Brandt's cue is not the quotation's. It may
				// still be the cue found later in the sentence, when no
				// cue comes before the quotation.
				clause = false
			}
			words++
			if _, ok := a.cueAt(ti); !ok {
				continue
			}
			if extended && d.Tokens[ti].Start >= d.Sentences[next].Start && ti+1 < len(d.Tokens) && a.word(ti+1) == "that" {
				// A cue in the next sentence that reports a clause of its
				// own is that sentence's, not the question's: “... is
				// there?” Okafor claimed that the court had erred.
				break
			}
			if clause && words <= cueAfterWords {
				return a.fromCue(ti, from+1, limit, first.open, true)
			}
			later = append(later, ti)
		}
	}
	// 2. Before the opening mark, in the same sentence: the nearest cue
	// outside other quotations.
	si := d.SentenceAt(first.open)
	s := d.Sentences[si]
	for ti := s.TokEnd - 1; ti >= s.TokStart; ti-- {
		if d.Tokens[ti].Start >= first.open || a.quoted(d.Tokens[ti].Start) {
			continue
		}
		if _, ok := a.cueAt(ti); ok && !strings.HasPrefix(a.word(ti), "continu") {
			// "The trouble continued Friday when ..." is no cue; "he
			// continued:" is, and the colon finds it.
			if a.closedRelative(ti, s.TokStart, first.open) {
				// "Critics cast Quill, who once called the plan “a gift,”
				// as one of the “worst stewards”": what Quill once said
				// ends with its clause.
				break
			}
			return a.fromCue(ti, s.Start, first.open, first.open, false)
		}
	}
	// A name right after the closing mark whose cue comes later in the
	// sentence, past an appositive, speaks, whatever a colon before the
	// quotation introduced: "It is possible Alden just got unlucky: “...,”
	// Jeffrey Martin, an epidemiologist at Brenton University, told me."
	if len(later) > 0 {
		if at := a.fromCue(later[0], from+1, limit, first.open, true); at.mention >= 0 && a.namedAfter(last.close, at.mention) {
			return at
		}
	}
	// A colon before the mark: "Biden responded: “...”"; or at the end of
	// the paragraph before, when the quote opens its own.
	if at, ok := a.colon(si, first.open); ok {
		return at
	}
	para := paraAt(d.Paragraphs, first.open)
	if mi := a.nameColon(d.Paragraphs[para].Start, first.open); mi >= 0 {
		return attribution{speaker: d.Entities[mi].Name, mention: mi, cue: ":"}
	}
	if para > 0 && opensParagraph(d, first.open, para) {
		prev := d.Paragraphs[para-1]
		if prev.End > prev.Start && d.Text[prev.End-1] == ':' {
			if at, ok := a.colon(d.SentenceAt(prev.End-1), prev.End); ok {
				return at
			}
			if mi := a.nameColon(prev.Start, prev.End); mi >= 0 {
				return attribution{speaker: d.Entities[mi].Name, mention: mi, cue: ":"}
			}
		}
	}
	// 3. Later in the closing sentence: ", the Russian foreign ministry
	// said", ", spokesman Ned Price said in a statement".
	if len(later) > 0 {
		return a.fromCue(later[0], from+1, limit, first.open, true)
	}
	return attribution{mention: -1}
}

// namedAfter reports whether mention mi follows the closing mark at
// offset close with only the mark, a comma and spaces between: ",” Dana
// Hale, ...".
func (a *attributor) namedAfter(close, mi int) bool {
	m := a.d.Entities[mi]
	return m.Start > close && strings.TrimLeft(a.d.Text[close:m.Start], "”\"’', ") == ""
}

// signature reports the mention of the person who signs the quotation
// closing at offset close, and the dash before the name: after its mark, a dash, then a person's name
// that ends the paragraph, or is followed only by a comma and a few words
// (an outlet, a title) to the paragraph's end: "“...” — Tom Hale, Alden
// Ledger", as a roundup of others' words quotes each. A dash that goes on
// into a sentence ("“...” — Hale's words — were ...") signs nothing.
func (a *attributor) signature(close int) (int, string, bool) {
	d := a.d
	para := paraAt(d.Paragraphs, close)
	if para >= len(d.Paragraphs) {
		return -1, "", false
	}
	end := d.Paragraphs[para].End
	rest := d.Text[close:end]
	_, n := utf8.DecodeRuneInString(rest) // the closing mark
	rest = strings.TrimLeft(rest[n:], " ")
	dash := ""
	for _, p := range []string{"—", "–", "-"} {
		if strings.HasPrefix(rest, p) {
			dash = p
			break
		}
	}
	if dash == "" {
		return -1, "", false
	}
	at := end - len(rest) + len(dash)
	at += len(d.Text[at:end]) - len(strings.TrimLeft(d.Text[at:end], " "))
	for mi, m := range d.Entities {
		if m.Start != at {
			continue
		}
		if m.Type != Person {
			return -1, "", false
		}
		tail := strings.TrimSpace(d.Text[m.End:end])
		if tail == "" || strings.HasPrefix(tail, ",") && len(strings.Fields(tail)) <= signatureWords && !strings.ContainsAny(tail[1:], ".,;:!?") {
			return mi, dash, true
		}
		return -1, "", false
	}
	return -1, "", false
}

// signatureWords bounds what may follow a signing name: an outlet or a
// title ("Alden Ledger", "a columnist").
const signatureWords = 6

// closesSentence reports whether the quotation closing at close ends its
// sentence with a full stop and a new sentence follows in the same
// segment: “... are somehow ‘racists.’” The former governor said ... The
// cue after it belongs to the next sentence.
func (a *attributor) closesSentence(close int) bool {
	before := strings.TrimRight(a.d.Text[:close], " '’")
	if !strings.HasSuffix(before, ".") || strings.HasSuffix(before, "...") {
		return false
	}
	after := strings.TrimLeft(a.d.Text[close:], "”\" ")
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.IsUpper(r)
}

// endsSentence reports whether the closing mark at close ends sentence si
// and the next sentence of the paragraph may hold its cue: the quotation
// ends with "?" or "!", or with "." and the next sentence opens in lower
// case (“...events.” added Lauten).
func (a *attributor) endsSentence(close, si int) bool {
	d := a.d
	if si+1 >= len(d.Sentences) || d.Sentences[si+1].Para != d.Sentences[si].Para {
		return false
	}
	for ti := d.Sentences[si].TokStart; ti < d.Sentences[si].TokEnd; ti++ {
		if d.Tokens[ti].Start > close && IsWord(d.TokenText(ti)) {
			return false
		}
	}
	before := strings.TrimRight(d.Text[:close], " ")
	next := d.Sentences[si+1]
	switch {
	case strings.HasSuffix(before, "?"), strings.HasSuffix(before, "!"):
		return true
	case strings.HasSuffix(before, "."):
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(d.Text[next.Start:next.End], " "))
		return unicode.IsLower(r)
	}
	return false
}

// cueAfterWords is how many words after a closing mark may precede the
// cue: ",” the secretary of state told reporters".
const cueAfterWords = 6

// closedRelative reports whether the cue at token ti stands in a relative
// clause set off by commas (", who once called ...,") that closes before
// the quotation opening at open: the cue reports what the clause's person
// said there, not the quotation after it ("Critics cast Quill, who once
// called the plan “a gift,” as one of the “worst stewards”"). lo is the
// sentence's first token. The clause closes at a comma, outside marks or
// inside those of a quotation it holds (“...,”, as American style sets
// it), that is neither the cue's own (", who said, “...”") nor inside
// parentheses; a quotation it only lists ("emails declaring “...,” and
// “...”") or one a phrase of the clause introduces (", with the
// commentary, “...”") is still the clause's.
func (a *attributor) closedRelative(ti, lo, open int) bool {
	d := a.d
	opened := false
	for k := ti - 1; k > lo; k-- {
		if a.quoted(d.Tokens[k].Start) {
			continue
		}
		w := d.TokenText(k)
		if (w == "who" || w == "which") && d.TokenText(k-1) == "," {
			opened = true
			break
		}
		if !IsWord(w) {
			return false // a comma, a dash, a bracket: another clause
		}
	}
	if !opened {
		return false
	}
	closing, depth := -1, 0
	var after []string // the words outside quotations after the closing comma
	last := ""         // the last token outside quotations before open
	for k := ti + 1; k < len(d.Tokens) && d.Tokens[k].Start < open; k++ {
		t, w := d.Tokens[k], d.TokenText(k)
		inQuote := a.quoted(t.Start)
		if closing < 0 {
			switch {
			case w == "(":
				depth++
			case w == ")":
				depth--
			case w == "," && depth == 0 && k > ti+1:
				if r, _ := utf8.DecodeRuneInString(d.Text[t.End:]); !inQuote || isDoubleMark(r) {
					closing = k
				}
			}
			continue
		}
		if inQuote {
			continue
		}
		last = w
		if IsWord(w) {
			after = append(after, strings.ToLower(w))
		}
	}
	if closing < 0 || last == "," {
		return false
	}
	for _, w := range after {
		if w != "and" && w != "or" && w != "but" {
			return true
		}
	}
	return len(after) == 0
}

// cueAt reports whether token ti is a cue, and its text: "according to"
// for "according" followed by "to".
func (a *attributor) cueAt(ti int) (string, bool) {
	text := a.d.TokenText(ti)
	w := strings.ToLower(text)
	if cueWords[w] == 0 || text != w && !a.invertedOpening(ti) {
		return "", false // "States" in "United States" is no cue
	}
	if (w == "concluded" || w == "concludes") && ti+1 < len(a.d.Tokens) {
		// With an object it ends something else: "as she concluded
		// her remarks", "the panel concluded its review".
		switch tag := a.d.Tokens[ti+1].Tag; {
		case tag == "DT", tag == "PRP$", tag == "PRP", tag == "CD", strings.HasPrefix(tag, "NN"), strings.HasPrefix(tag, "JJ"):
			return "", false
		}
	}
	if w == "according" {
		if ti+1 < len(a.d.Tokens) && a.word(ti+1) == "to" {
			return "according to", true
		}
		return "", false
	}
	if w == "per" {
		// Right after a quotation's closing mark and its comma, "per"
		// names the source as "according to" does: "“...,” per the
		// Ledger". Elsewhere it is a rate or a rule ("per the contract").
		before := strings.TrimRight(a.d.Text[:a.d.Tokens[ti].Start], " ")
		if !strings.HasSuffix(before, ",”") && !strings.HasSuffix(before, ",\"") && !strings.HasSuffix(before, "”,") && !strings.HasSuffix(before, "\",") {
			return "", false
		}
	}
	return w, true
}

// invertedOpening reports whether the capitalised token at ti is a verb
// of saying that opens its sentence before its subject: "Said Okafor: “...”",
// "Added Dana Okafor, a delegate from Alden: “...”", as features
// introduce a quotation. Only the past tense, "says" and "adds" count,
// followed by a name or a determiner: "Claims", "Calls" and "Notes" open
// sentences as nouns ("Claims of fraud were ..."), and so may "Told" or
// "Asked" as participles ("Asked about the vote, Ferris said").
func (a *attributor) invertedOpening(ti int) bool {
	d := a.d
	w := a.word(ti)
	if !strings.HasSuffix(w, "ed") && w != "said" && w != "says" && w != "adds" && w != "wrote" || w == "asked" || cueWords[w] == cueObject {
		return false
	}
	si := d.SentenceAt(d.Tokens[ti].Start)
	if si >= len(d.Sentences) || d.Sentences[si].TokStart != ti || ti+1 >= len(d.Tokens) {
		return false
	}
	next := d.TokenText(ti + 1)
	return a.tokMention[ti+1] >= 0 || d.Tokens[ti+1].Tag == "DT" || isCapitalised(next) && d.Tokens[ti+1].Tag == "NNP"
}

// fromCue finds the subject of the cue at token ti, looking no further
// back than lo and no further on than hi. quoteStart is where the
// quotation opens: a participle's subject is looked for before it. after
// says the cue follows the quotation, where an inverted subject may come
// after it (",” said Blinken"); before a quotation, a name after the cue
// is its subject only when no verb follows it ("said Trump in an
// interview, “...”", but not "said Obama had “failed”").
func (a *attributor) fromCue(ti, lo, hi, quoteStart int, after bool) attribution {
	cue, _ := a.cueAt(ti)
	kind := cueWords[a.word(ti)]
	var s subject
	participle := strings.HasSuffix(cue, "ing")
	switch {
	case participle && !a.bareParticiple(ti, lo) && a.personNounBefore(ti):
		// "a video of an epidemiologist explaining why “...”": the
		// participle is the unnamed person's, not the sentence's subject.
		s = subject{mention: -1, decided: true}
	case participle && !a.bareParticiple(ti, lo):
		// "Romney released a statement late Tuesday saying: “...”": the
		// statement's noun names no one, the sentence's subject does.
		if s = a.subjectBefore(ti, lo); s.name == "" {
			s = a.participleSubject(ti, quoteStart)
		}
	case participle:
		// ",” saying ...", "..., accusing the president of “...”".
		s = a.participleSubject(ti, quoteStart)
	case cue == "according to" || cue == "per":
		s = a.subjectAfter(ti, hi, true)
	default:
		s = a.subjectBefore(ti, lo)
		if !s.decided && kind != cueObject {
			s = a.subjectAfter(ti, hi, false)
			if !after && s.mention >= 0 && (a.verbFollows(a.tokenAt(a.d.Entities[s.mention].End)) || a.opensWith(a.d.Entities[s.mention].End, quoteStart)) {
				// Before a quotation, a name after the cue that a verb
				// follows is what was said: "said Obama had “failed”",
				// and so is one the quotation goes on from with no comma
				// between: "claimed Obama “has fought against ...”".
				s = undecided
			}
		}
	}
	if s.mention >= 0 && a.d.Entities[s.mention].Type == Place {
		// A place written as another of its names that is the surname of
		// a person of the article speaks as that person: "Holland said"
		// after "Jeff Holland" is no Netherlands.
		if m := a.d.Entities[s.mention]; a.d.Text[m.Start:m.End] != m.Name {
			if p := a.personNamed(a.tokenAt(m.End) - 1); p >= 0 {
				s = a.named(p)
			}
		}
	}
	if personalCues[cue] && s.mention >= 0 && a.d.Entities[s.mention].Type == Place {
		s = subject{mention: -1, decided: true} // "Alden predicted": see personalCues
	}
	if personalCues[cue] && kind == cueGoesOn && s.pronoun {
		s = undecided // "he concluded": the speaker before, if near (see personalCues)
	}
	return attribution{
		speaker: s.name, mention: s.mention, cue: cue,
		again: kind == cueGoesOn && s.name == "" && (s.definite || !s.decided),
	}
}

// opensWith reports whether the quotation opening at offset open (its
// mark) follows offset end with only a space between: the name that ends
// at end is the subject of the quoted words. "said Obama, “We will ...”"
// has a comma between: Obama speaks.
func (a *attributor) opensWith(end, open int) bool {
	return end <= open && strings.TrimSpace(a.d.Text[end:open]) == ""
}

// personNounBefore reports whether a noun for a person, outside any
// name, comes right before the participle at ti: "an epidemiologist
// explaining", "a reader writing".
func (a *attributor) personNounBefore(ti int) bool {
	j := ti - 1
	if j < 0 || a.tokMention[j] >= 0 || !strings.HasPrefix(a.d.Tokens[j].Tag, "NN") {
		return false
	}
	w := a.word(j)
	if _, ok := personNouns[w]; ok || isRoleWord(w) {
		return true
	}
	// Professions: "epidemiologist", "analyst", "physician".
	return len(w) > 5 && (strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "yst") || strings.HasSuffix(w, "ian"))
}

// bareParticiple reports whether the participle cue at ti opens a phrase
// of its own, after a comma, a closing mark or the start of the span (lo):
// its subject is then the sentence's ("Ferris scolded Lindqvist, accusing
// her of ..."), perhaps after adverbs (", falsely saying ...", ",
// again accusing ...").
func (a *attributor) bareParticiple(ti, lo int) bool {
	j := ti - 1
	for j >= 0 && a.d.Tokens[j].Start >= lo && a.d.Tokens[j].Tag == "RB" && j > 0 && a.d.TokenText(j-1) == "," {
		j--
	}
	if j < 0 || a.d.Tokens[j].Start < lo {
		return true
	}
	switch a.d.TokenText(j) {
	case ",", "”", "\"", "’", "'":
		return true
	}
	return false
}

// colon attributes a quotation whose opening mark at open follows a colon
// in sentence si: the verb before the colon is the cue.
func (a *attributor) colon(si, open int) (attribution, bool) {
	d := a.d
	s := d.Sentences[si]
	if si > 0 && s.Start >= open && d.Sentences[si-1].Para == s.Para {
		// The segmenter ended the sentence at the colon.
		si--
		s = d.Sentences[si]
	}
	c := -1
	for ti := s.TokEnd - 1; ti >= s.TokStart; ti-- {
		if d.Tokens[ti].Start >= open {
			continue
		}
		if d.TokenText(ti) == ":" {
			c = ti
		}
		break
	}
	if c < 0 || a.quoted(d.Tokens[c].Start) {
		return attribution{}, false
	}
	// A cue in the clause before the colon: "Lindqvist said in a
	// statement on Friday:".
	for ti := c - 1; ti >= s.TokStart && !a.quoted(d.Tokens[ti].Start); ti-- {
		if _, ok := a.cueAt(ti); ok {
			at := a.fromCue(ti, s.Start, d.Tokens[c].Start, d.Tokens[c].Start, false)
			return at, at.speaker != ""
		}
	}
	// Else the verb right before it: "Biden was quick to retort:".
	for ti := c - 1; ti >= s.TokStart && ti >= c-4; ti-- {
		tag := d.Tokens[ti].Tag
		if !strings.HasPrefix(tag, "VB") {
			continue
		}
		if tag == "VBN" && a.passiveAt(ti, s.TokStart) {
			// "The city had been divided between two camps: “blue” ...",
			// "the question got swallowed by another: “...”": what is
			// done to the subject is not its speaking.
			return attribution{}, false
		}
		sub := a.subjectBefore(ti, s.Start)
		if !sub.decided {
			sub = a.mainSubject(si, d.Tokens[ti].Start)
		}
		if !sub.decided {
			return attribution{}, false
		}
		return attribution{speaker: sub.name, mention: sub.mention, cue: a.word(ti)}, true
	}
	return attribution{}, false
}

// passiveAt reports whether the participle at ti is passive: a form of
// "be" or "get" before it, perhaps past adverbs ("was quickly divided").
func (a *attributor) passiveAt(ti, from int) bool {
	for j := ti - 1; j >= from && j >= ti-3; j-- {
		switch a.word(j) {
		case "be", "been", "being", "is", "are", "was", "were", "get", "gets", "got", "gotten", "getting":
			return true
		}
		if !strings.HasPrefix(a.d.Tokens[j].Tag, "RB") {
			return false
		}
	}
	return false
}

// nameColon returns the speaker of a quotation opening at offset open
// after a paragraph, from offset start, that only names someone and ends
// with a colon, as lists of reactions and roundups set them: "● Sen. Dana
// Vance: “...”", "Tom Hale, a ferry pilot from Alden: “...”", "Alden
// Ledger: “...”". The speaker is the person or organisation whose name
// ends the capitalised words before the first comma, not as a possessive
// ("Vance's lesson:" names a lesson, not who says it); an organisation
// only when nothing but a bullet stands before it. Nothing before the
// colon may be a finite verb ("Officials said:" is colon's), nor a
// quotation mark; at most nameColonTokens tokens. Returns -1 when none.
func (a *attributor) nameColon(start, open int) int {
	d := a.d
	before := strings.TrimRight(d.Text[start:open], " ")
	if !strings.HasSuffix(before, ":") || strings.ContainsAny(before, "“”\"") {
		return -1
	}
	colon := start + len(before) - 1
	first, end := a.tokenAt(start), a.tokenAt(colon)
	if end-first > nameColonTokens {
		return -1
	}
	for k := first; k < end; k++ {
		switch d.Tokens[k].Tag {
		case "VB", "VBD", "VBZ", "VBP", "MD":
			return -1
		}
	}
	// The quotation runs to the end of its paragraph, as a list's item
	// does; a headline goes on after it ("Ferris: ‘No Deal’ Is Off").
	para := paraAt(d.Paragraphs, open)
	span := a.spanAt(open)
	if span < 0 || a.spans[span].close >= 0 && strings.TrimRight(d.Text[a.spans[span].close:d.Paragraphs[para].End], "”\"’' .,") != "" {
		return -1
	}
	// The name heads the words before the first comma, which are all
	// capitalised (titles, the name, an outlet): "Sen. Dana Vance", not
	// "Son of a victim addresses Vance" nor "Vance associate Tom Hale".
	head := colon
	if c := strings.IndexByte(d.Text[start:colon], ','); c >= 0 {
		head = start + c
	}
	headEnd := strings.TrimRight(d.Text[start:head], " ")
	for _, w := range strings.Fields(headEnd) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return -1
		}
	}
	for mi := sort.Search(len(d.Entities), func(i int) bool { return d.Entities[i].Start >= start }); mi < len(d.Entities) && d.Entities[mi].End <= head; mi++ {
		m := d.Entities[mi]
		if m.End != start+len(headEnd) || possessive(d.Text, m) || a.notPerson[m.Name] {
			continue
		}
		if m.Type == Person || m.Type == Org && strings.TrimLeft(d.Text[start:m.Start], "●•*-–— ") == "" {
			return mi
		}
	}
	return -1
}

// nameColonTokens bounds the words of a name and its description before
// a colon: "Nanci Gunning, a consultant having lunch with two friends at
// a tavern in Alden:".
const nameColonTokens = 25

// subjectBefore finds the subject that ends before the cue at token ti,
// no further back than offset lo.
func (a *attributor) subjectBefore(ti, lo int) subject {
	d := a.d
	in := func(j int) bool { return j >= 0 && d.Tokens[j].Start >= lo }
	j := ti - 1
	untagged := -1 // the person an untagged name at j names (untaggedName)
	for in(j) {
		w := a.word(j)
		tag := d.Tokens[j].Tag
		if beForms[w] && cueWords[a.word(ti)] == cueObject {
			// The passive: "she was sometimes referred to as “...”",
			// "he was called “...”". Its subject is who was called.
			return subject{mention: -1, decided: true}
		}
		if skipBeforeCue[w] || weekdays[d.TokenText(j)] || tag == "RB" || tag == "MD" {
			if tag == "RB" {
				if untagged = a.untaggedName(j); untagged >= 0 {
					break // "Hartly said": a surname the tagger took for an adverb
				}
			}
			j--
			continue
		}
		break
	}
	if !in(j) {
		return undecided
	}
	w := a.word(j)
	if untagged < 0 && a.tokMention[j] < 0 && !strings.HasPrefix(d.Tokens[j].Tag, "NN") {
		untagged = a.untaggedName(j)
	}
	switch {
	case untagged >= 0:
		return a.named(untagged) // "Hartly said", tagged as an adverb
	case pronounGender[w] != unknown && d.Tokens[j].Tag == "PRP":
		return a.pronoun(j)
	case w == "which" && in(j-2) && d.TokenText(j-1) == "," && speakingTexts[a.word(j-2)] && a.authorOf(j-2, lo) >= 0:
		// "Hale's letter, which said": the text speaks for the one whose
		// name is on it, whoever the sentence's subject did something to
		// it.
		return a.named(a.authorOf(j-2, lo))
	case (w == "that" || w == "which") && in(j-1) && speakingTexts[a.word(j-1)]:
		// "two Trump tweets that called ...", as "Hale's letter, which".
		if mi := a.authorOf(j-1, lo); mi >= 0 {
			return a.named(mi)
		}
		// "put out a statement that claimed": the statement speaks for
		// the one who put it out, the subject of its clause.
		return a.participleSubject(ti, d.Tokens[ti].Start)
	case (w == "that" || w == "which") && in(j-1) && (d.Tokens[j-1].Tag == "NN" || d.Tokens[j-1].Tag == "NNS") && a.tokMention[j-1] < 0:
		// A relative clause on a common noun names no one: "a clause
		// that said Ferris “shall not disclose”", "a rumour that claimed
		// ...". The name after the cue is what was said, not who said it.
		return subject{mention: -1, decided: true}
	case w == "who" || w == "which":
		// "Smith, who said": the name before the comma, or before the
		// appositive that ends there ("the Log Cabin Republicans, a gay
		// and lesbian group, which said").
		k := j - 1
		if in(k) && d.TokenText(k) == "," {
			k--
		}
		if in(k) && a.tokMention[k] >= 0 && a.eligible(a.tokMention[k], false) {
			return a.named(a.tokMention[k])
		}
		if in(k+1) && d.TokenText(k+1) == "," {
			if s := a.appositiveOf(k+1, lo, true); s.decided {
				return s
			}
		}
		return subject{mention: -1, decided: true}
	case d.Tokens[j].Tag == "PRP" || d.Tokens[j].Tag == "WP":
		return subject{mention: -1, decided: true} // "they said", "I said"
	case a.tokMention[j] >= 0 && !a.quoted(d.Tokens[j].Start):
		mi := a.tokMention[j]
		if k := a.tokenAt(d.Entities[mi].Start) - 1; in(k) && isPreposition(d, k) {
			// The name ends a prepositional phrase whose head comes
			// before it: "Sen. Jeff Sessions of Alabama complained", "a
			// spokesperson for Google says", "a poll in Wyoming said".
			return a.subjectBefore(k, lo)
		}
		if a.eligible(mi, true) {
			return a.named(mi)
		}
		return subject{mention: -1, decided: true}
	case w == "," || w == ")":
		return a.appositiveOf(j, lo, false)
	case strings.HasPrefix(d.Tokens[j].Tag, "NN") && IsWord(w):
		if mi := a.untaggedName(j); mi >= 0 {
			return a.named(mi) // ",” Okafor said", the model missing "Okafor" here
		}
		// A common noun: "the police chief said", "officials said".
		return subject{mention: -1, decided: true, definite: a.definite(j, lo)}
	case w == "and" || w == "but" || w == "to":
		// A second verb or an infinitive has the subject of its clause:
		// the sentence's ("Grimm stormed back, leaned into him and said",
		// "She went on to say"), or, inside a subordinate clause, the
		// clause's own ("Ferris pushed the man away after the man
		// approached him and asked ...": the man asked).
		if w != "to" {
			// "tweets that called ballots “fraudulent” and predicted
			// ...": the second verb has the relative clause's subject.
			// From the sentence's start, not lo: after a quotation lo is
			// its closing mark, and the relative clause opens before it.
			from := d.Sentences[d.SentenceAt(d.Tokens[j].Start)].Start
			if v := a.relativeVerbBefore(j, from); v >= 0 {
				return a.subjectBefore(v, from)
			}
			if s, ok := a.clauseSubject(j, ti, lo); ok {
				return s
			}
		}
		return a.participleSubject(ti, d.Tokens[ti].Start)
	}
	return undecided
}

// relativeVerbBefore returns the cue before the "and" at token j, in its
// clause, that a relative "that" or "which" opens right before it, or -1.
func (a *attributor) relativeVerbBefore(j, lo int) int {
	d := a.d
	for k := j - 1; k > 0 && d.Tokens[k].Start >= lo && j-k <= 12; k-- {
		t := d.TokenText(k)
		if t == "," || t == ";" || a.quoted(d.Tokens[k].Start) && !a.labelQuoted(d.Tokens[k].Start) {
			return -1
		}
		if _, ok := a.cueAt(k); !ok {
			continue
		}
		if w := a.word(k - 1); (w == "that" || w == "which") && d.Tokens[k-1].Start >= lo {
			return k
		}
		return -1
	}
	return -1
}

// authorOf returns the mention of the person whose name stands right
// before the text noun at token k, perhaps in the possessive ("Trump
// tweets", "Hale's letter", "a Hale memo"), or -1.
func (a *attributor) authorOf(k, lo int) int {
	d := a.d
	j := k - 1
	if j >= 0 && d.Tokens[j].Start >= lo && (d.TokenText(j) == "’s" || d.TokenText(j) == "'s") {
		j--
	}
	if j < 0 || d.Tokens[j].Start < lo || a.tokMention[j] < 0 || a.quoted(d.Tokens[j].Start) {
		return -1
	}
	mi := a.tokMention[j]
	if d.Entities[mi].Type != Person || a.notPerson[d.Entities[mi].Name] {
		return -1
	}
	return mi
}

// clauseSubject returns the subject of the subordinate clause that token
// j, the "and" or "but" before the second verb at cue, ends inside: the
// nearest subordinator before j in its sentence ("after", "when",
// "because") that is followed by a subject and a finite verb of its own
// in the cue's tense, with no comma between it and j (a comma may close
// the clause and go back to the main one). Two verbs joined by "and"
// share their tense: in "Obama said growth will be higher if Congress
// passes the deal and urged lawmakers to ...", "urged" goes with "said",
// not with "passes". A subordinator followed by a noun phrase and no verb
// opens no clause ("after the vote and said"): ok is false, and so it is
// when the subordinator opens the sentence, whose clause mainSubject
// skips.
func (a *attributor) clauseSubject(j, cue, lo int) (subject, bool) {
	d := a.d
	s := d.Sentences[d.SentenceAt(d.Tokens[j].Start)]
	k := j - 1
	for ; k > s.TokStart && d.Tokens[k].Start >= lo; k-- {
		if t := d.TokenText(k); t == "," || t == ";" || a.quoted(d.Tokens[k].Start) {
			return undecided, false
		}
		if subordinators[a.word(k)] {
			break
		}
	}
	if k <= s.TokStart || d.Tokens[k].Start < lo || !subordinators[a.word(k)] {
		return undecided, false
	}
	h := k + 1 // the clause's subject starts here
	if h >= j {
		return undecided, false
	}
	// sameTense: the clause's verb comes right at k (adverbs aside) and
	// has the cue's tag.
	sameTense := func(k int) bool {
		for k < j && d.Tokens[k].Tag == "RB" {
			k++
		}
		return k < j && d.Tokens[k].Tag == d.Tokens[cue].Tag && strings.HasPrefix(d.Tokens[k].Tag, "VB")
	}
	switch w := a.word(h); {
	case (w == "he" || w == "she") && d.Tokens[h].Tag == "PRP":
		if sameTense(h + 1) {
			return a.pronoun(h), true
		}
	case a.tokMention[h] >= 0 && d.Entities[a.tokMention[h]].Start == d.Tokens[h].Start:
		mi := a.tokMention[h]
		if end := a.tokenAt(d.Entities[mi].End); end < j && sameTense(end) && a.eligible(mi, false) {
			return a.named(mi), true
		}
	default:
		// A common noun phrase: determiners and modifiers, then nouns,
		// then a finite verb ("the man approached"). It names no one.
		n := h
		for n < j && (d.Tokens[n].Tag == "DT" || d.Tokens[n].Tag == "PRP$" || strings.HasPrefix(d.Tokens[n].Tag, "JJ") || d.Tokens[n].Tag == "CD") {
			n++
		}
		nouns := n
		for n < j && a.tokMention[n] < 0 && (d.Tokens[n].Tag == "NN" || d.Tokens[n].Tag == "NNS") && IsWord(d.TokenText(n)) {
			n++
		}
		if n > nouns && n < j && sameTense(n) {
			return subject{mention: -1, decided: true, definite: a.word(h) == "the"}, true
		}
	}
	return undecided, false
}

// isPreposition reports whether token k is a preposition that heads a
// phrase inside a noun phrase, the determiner after it skipped: "of the",
// "for". Words that also open clauses ("after Santorum told") are not.
func isPreposition(d *Doc, k int) bool { return prepositionBefore(d, k) >= 0 }

// prepositionBefore returns the preposition that heads the phrase a name
// ends, the name's first token coming after token k: k itself, or the one
// before a few lower-case words of the phrase ("of the law firm", "for
// the advocacy group", "at the"); else -1.
func prepositionBefore(d *Doc, k int) int {
	for n := 0; k >= 0 && n < maxPhraseWords; n++ {
		w := d.TokenText(k)
		if phrasePrepositions[strings.ToLower(w)] {
			return k
		}
		tag := d.Tokens[k].Tag
		if w != strings.ToLower(w) || tag != "DT" && tag != "NN" && tag != "NNS" && !strings.HasPrefix(tag, "JJ") {
			return -1
		}
		k--
	}
	return -1
}

// maxPhraseWords bounds the words prepositionBefore looks back over.
const maxPhraseWords = 4

var phrasePrepositions = map[string]bool{
	"of": true, "for": true, "in": true, "from": true, "to": true, "at": true, "with": true,
	"by": true, "on": true, "about": true, "among": true, "near": true, "inside": true,
	"outside": true, "across": true, "throughout": true,
}

// definite reports whether the noun phrase ending at token j opens with
// "the" and its head is singular: "the governor" may be the one speaker
// before, "the researchers" are a group, not that speaker.
func (a *attributor) definite(j, lo int) bool {
	if j >= 0 && (a.d.Tokens[j].Tag == "NNS" || a.d.Tokens[j].Tag == "NNPS") {
		return false
	}
	for ; j >= 0 && a.d.Tokens[j].Start >= lo; j-- {
		tag := a.d.Tokens[j].Tag
		if a.word(j) == "the" {
			return true
		}
		if !strings.HasPrefix(tag, "NN") && !strings.HasPrefix(tag, "JJ") {
			return false
		}
	}
	return false
}

// appositiveOf finds the subject before an appositive or a parenthesis
// that ends at token j: the first name after lo that a comma or a
// parenthesis follows and that is no verb's or preposition's object
// ("Teresa Fryer, chief officer for the Centers for Medicare and Medicaid
// Services, wrote"). For a relative pronoun's antecedent (objects true),
// objects count too: "denounced by the Log Cabin Republicans, a group,
// which said".
func (a *attributor) appositiveOf(j, lo int, objects bool) subject {
	d := a.d
	end := d.Tokens[j].Start
	best := -1
	for mi, m := range d.Entities {
		if m.Start < lo || m.End > end {
			continue
		}
		if !a.eligible(mi, false) && !a.apposedPlace(mi) || !objects && a.objectOf(mi) {
			continue
		}
		k := a.tokenAt(m.End)
		if k < len(d.Tokens) && (d.TokenText(k) == "," || d.TokenText(k) == "(") {
			best = mi
			break
		}
	}
	if best < 0 {
		return undecided
	}
	// "William Vance of the law firm Hale Dorr,": the name before the
	// phrase is the appositive's.
	if p := prepositionBefore(d, a.tokenAt(d.Entities[best].Start)-1); p > 0 {
		if mi := a.tokMention[p-1]; mi >= 0 && d.Entities[mi].Start >= lo && a.eligible(mi, false) {
			best = mi
		}
	}
	return a.named(best)
}

// apposedPlace reports whether mention mi, typed a place, is described
// right after it by an appositive that opens with a determiner or a
// lower-case word, as a person or a group is and a place seldom is:
// "Dana Okafor, a hurricane researcher at Alden College, responded", where
// the entity model typed the unfamiliar name a place. A place is set off
// by another place ("Palm Coast, Florida,") or follows a preposition
// ("Sen. Okafor of West Alden, another Democrat, told"): neither counts,
// and the person before the preposition is found as before. Nor does a
// place the verb follows at once ("the silver-haired Alden native,
// described"). A real place
// so described ("Alden, a close ally, said") speaks as its government
// does when it is the cue's own subject.
func (a *attributor) apposedPlace(mi int) bool {
	d := a.d
	m := d.Entities[mi]
	if m.Type != Place || possessive(d.Text, m) || a.quoted(m.Start) || a.inParens(m) {
		return false
	}
	first, k := a.tokenAt(m.Start), a.tokenAt(m.End)
	if first > 0 {
		if tag := d.Tokens[first-1].Tag; tag == "IN" || tag == "TO" || a.word(first-1) == "and" || a.word(first-1) == "or" {
			return false
		}
		// "In hard-hit Alden, which ...": a preposition past the
		// adjectives before the place.
		p := first - 1
		for p > 0 && strings.HasPrefix(d.Tokens[p].Tag, "JJ") && !isCapitalised(d.TokenText(p)) {
			p--
		}
		if p < first-1 && (d.Tokens[p].Tag == "IN" || d.Tokens[p].Tag == "TO") {
			return false
		}
		if first > 1 && d.TokenText(first-1) == "," {
			if before := a.tokMention[first-2]; before >= 0 && d.Entities[before].Type == Place {
				return false // "a pilot from Brela, Alden, told"
			}
		}
	}
	if k+1 >= len(d.Tokens) || d.TokenText(k) != "," || !IsWord(d.TokenText(k+1)) {
		return false
	}
	// The appositive: words, not at once the verb ("the silver-haired
	// Alden native, described him as").
	tag := d.Tokens[k+1].Tag
	return tag == "DT" || !isCapitalised(d.TokenText(k+1)) && !strings.HasPrefix(tag, "VB") && tag != "MD"
}

// subjectAfter finds the subject after the cue at token ti, before offset
// hi: the head of the noun phrase there ("said White House spokesman Jay
// Carney", "said the Texas governor"). A place counts only right after
// the cue, or after "according to" (skipTo: ti is "according").
func (a *attributor) subjectAfter(ti, hi int, skipTo bool) subject {
	d := a.d
	k := ti + 1
	if skipTo {
		k++ // "to"
	}
	start := k
	for k < len(d.Tokens) && d.Tokens[k].Start < hi && (weekdays[d.TokenText(k)] || d.Tokens[k].Tag == "RB") {
		k++ // ",” said Tuesday Smith" is rare, ",” Smith said Tuesday" is not
	}
	if k >= len(d.Tokens) || d.Tokens[k].Start >= hi {
		return undecided
	}
	if d.Tokens[k].Tag == "PRP" {
		return undecided // what was said: "said he would"
	}
	// The noun phrase: determiners, adjectives, nouns and names, and
	// "of" between capitalised words ("Secretary of State John Kerry").
	head, lastName := -1, -1
	for ; k < len(d.Tokens) && d.Tokens[k].Start < hi; k++ {
		t := d.TokenText(k)
		tag := d.Tokens[k].Tag
		if mi := a.tokMention[k]; mi >= 0 {
			head = k
			if a.eligible(mi, k == start) {
				lastName = mi
			}
			continue
		}
		if (t == "of" || t == "for") && k+1 < len(d.Tokens) && isCapitalised(d.TokenText(k+1)) {
			if lastName >= 0 && d.Entities[lastName].Type == Person && a.tokMention[k-1] == lastName &&
				(t == "of" || strings.Contains(d.Entities[lastName].Name, " ")) {
				// "said Professor Dana Hale of Alden Law School": the
				// person speaks; what follows "of" is where they work.
				break
			}
			// "said Alden for Progress Chairman Tomas Vela": "for"
			// joins a body's name as "of" does, and one word before it
			// that the model took for a person opens that name.
			continue
		}
		if tag == "POS" && k > start && a.tokMention[k-1] >= 0 {
			// A name's possessive before the speaker: "said Harbor News'
			// chief correspondent Dana Hale".
			continue
		}
		if tag == "CD" && k > start && d.Tokens[k-1].Tag == "POS" {
			continue // "said Ferris' 2016 campaign manager, Dana Hale"
		}
		if t == "," && lastName >= 0 {
			if e := a.stateAfterTown(lastName, k); e > 0 {
				k = e // "said Colebrook, New Hampshire, voter John Jolles"
				continue
			}
		}
		if strings.HasPrefix(tag, "NN") && IsWord(t) || strings.HasPrefix(tag, "JJ") || tag == "DT" {
			if tag != "DT" && !strings.HasPrefix(tag, "JJ") {
				head = k
				if !isCapitalised(t) {
					// A name before a common noun modifies it: "said
					// Alden small business owners ...", "said CNN legal
					// analyst Dana Hale". It is no speaker.
					lastName = -1
				}
			}
			continue
		}
		break
	}
	if head >= 0 && head+1 == k {
		if mi := a.tokMention[head]; mi >= 0 && a.demonymAlone(mi) {
			// ",” said Cuban, who ...": a demonym alone as the cue's
			// subject is no state that speaks but a person's surname
			// ("Cuban" of Mark Cuban), or else no one named.
			if p := a.personNamed(head); p >= 0 {
				return a.named(p)
			}
			return subject{mention: -1, decided: true}
		}
	}
	untagged := -1
	if head >= 0 && a.tokMention[head] < 0 && head+1 == k && lastName < 0 {
		untagged = a.untaggedName(head)
	}
	switch {
	case head < 0:
		return undecided
	case a.tokMention[head] >= 0 && a.eligible(a.tokMention[head], head == start):
		return a.named(a.tokMention[head])
	case untagged >= 0:
		return a.named(untagged) // ",” said Okafor", the model missing "Okafor" here
	case a.tokMention[head] < 0 && !isCapitalised(d.TokenText(head)):
		// A common noun, "said a spokesman", unless a name follows it
		// in apposition: "said the legislator, Representative Carl Seel."
		if k < len(d.Tokens) && d.TokenText(k) == "," {
			n := k + 1
			for n < len(d.Tokens) && a.tokMention[n] < 0 && isCapitalised(d.TokenText(n)) && d.Tokens[n].Tag == "NNP" {
				n++ // a title
			}
			if n < len(d.Tokens) && a.tokMention[n] >= 0 && a.eligible(a.tokMention[n], false) {
				e := a.tokenAt(d.Entities[a.tokMention[n]].End)
				if e >= len(d.Tokens) || !IsWord(d.TokenText(e)) {
					return a.named(a.tokMention[n])
				}
			}
		}
		return subject{mention: -1, decided: true, definite: a.definite(head, d.Tokens[start].Start)}
	case lastName >= 0:
		return a.named(lastName) // "said Smith of Georgia"
	}
	return subject{mention: -1, decided: true}
}

// stateAfterTown returns the comma that closes ", <place>," after place
// mention mi, whose own comma is token k, when a lower-case word follows
// it: a town and its state set off by commas modify the noun phrase that
// goes on after them ("Colebrook, New Hampshire, voter John Jolles").
// Else 0.
func (a *attributor) stateAfterTown(mi, k int) int {
	d := a.d
	if d.Entities[mi].Type != Place || a.tokenAt(d.Entities[mi].End) != k || k+1 >= len(d.Tokens) {
		return 0
	}
	state := a.tokMention[k+1]
	if state < 0 || d.Entities[state].Type != Place {
		return 0
	}
	if e := a.tokenAt(d.Entities[state].End); e+1 < len(d.Tokens) && d.TokenText(e) == "," && !isCapitalised(d.TokenText(e+1)) {
		return e
	}
	return 0
}

// untaggedName returns a person's mention elsewhere in the document
// that the capitalised word at token j names, where the entity model
// tagged no name at j itself: a surname or a first name alone, which
// features write for someone introduced in full ("Nicole Okafor ...
// “...,” Okafor said"; "“...,” Charlie says"), or the same name the model
// tagged elsewhere. The word must end a run of capitalised words tagged
// as names (a title may open it: "Professor Okafor") that is no part of a
// mention, outside quotations, with no determiner, possessive or
// adjective before the run (a description: "the veteran Democrat
// said"), and only one person of the document may match: by the whole
// run or by surname, else by first name alone. A word no person of the
// document bears names no one: the model that left it untagged is more
// often right there ("Alden Mutual said", "HPLA stated") than wrong. The
// mention returned is the last before j, else the first after it; -1
// when none.
func (a *attributor) untaggedName(j int) int {
	if j < 0 || a.tokMention[j] >= 0 {
		return -1
	}
	return a.personNamed(j)
}

// personNamed returns the person's mention that the capitalised word at
// token j, outside quotations, names as untaggedName says, whatever the
// entity model tagged at j; -1 when none.
func (a *attributor) personNamed(j int) int {
	d := a.d
	nameWord := func(k int) bool {
		return k >= 0 && a.tokMention[k] < 0 && d.Tokens[k].Tag == "NNP" && isCapitalised(d.TokenText(k)) && IsWord(d.TokenText(k))
	}
	// The word itself may have any tag: the tagger takes surnames in
	// -ly for adverbs ("Hartly said").
	if j < 0 || !isCapitalised(d.TokenText(j)) || !IsWord(d.TokenText(j)) || a.quoted(d.Tokens[j].Start) {
		return -1
	}
	k := j
	for k > 0 && j-k < 3 && nameWord(k-1) {
		k--
	}
	if k > 0 {
		if tag := d.Tokens[k-1].Tag; tag == "DT" || tag == "PRP$" || tag == "POS" || strings.HasPrefix(tag, "JJ") {
			return -1 // "the veteran Democrat", "his Alden colleague"
		}
	}
	run := d.Text[d.Tokens[k].Start:d.Tokens[j].End]
	last := d.TokenText(j)
	pick := func(match func(Mention) bool) int {
		found, name := -1, ""
		for mi, m := range d.Entities {
			if m.Type != Person || a.notPerson[m.Name] || a.quoted(m.Start) || !match(m) {
				continue
			}
			if name != "" && m.Name != name {
				return -2 // two people match: no one is safe
			}
			name = m.Name
			if found < 0 || m.Start < d.Tokens[j].Start {
				found = mi
			}
		}
		return found
	}
	mi := pick(func(m Mention) bool {
		sn, _ := Surname(m.Name)
		return m.Name == run || m.Name == last || sn == last
	})
	if mi == -1 && k == j {
		mi = pick(func(m Mention) bool {
			p, ok := partsOf(m.Name)
			return ok && p.first == last
		})
	}
	return max(mi, -1)
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// mainSubject finds the subject of sentence si before offset limit: the
// first name or he/she that a verb follows, else the first name that is
// no verb's or preposition's object; after an opening subordinate clause
// ("After ..., ") when there is one. When the sentence's first verb comes
// after a common noun and before any name, that noun is its subject ("The
// source said ..."), and no one is named.
func (a *attributor) mainSubject(si, limit int) subject {
	return a.subjectFrom(si, a.d.Sentences[si].TokStart, limit)
}

// participleSubject finds the subject of the participle cue at ti, or of
// a second verb ("... and said"), before offset quoteStart: that of the
// clause it ends. In "Apple's executive called her, and Parker
// sent a letter citing ... and saying “...”", Parker is saying it: a
// sentence of clauses joined by ", and", ", but" or ";" gives the
// participle the last clause's subject when that clause has one, a name
// or a common noun (no one is then named: "..., but the board's staff
// issued a statement saying"), and the sentence's otherwise. A list of
// names ("Brown, Smith, and Jones issued a statement saying") joins no
// clauses: no verb stands before its ", and".
func (a *attributor) participleSubject(ti, quoteStart int) subject {
	d := a.d
	si := d.SentenceAt(d.Tokens[ti].Start)
	limit := min(quoteStart, d.Tokens[ti].Start)
	if from := a.lastClause(si, ti); from > d.Sentences[si].TokStart {
		if s := a.subjectFrom(si, from, limit); s.name != "" || s.decided && !s.pronoun {
			return s // a name, or a common noun: "..., but the port's press team issued a statement saying"
		}
	}
	return a.mainSubject(si, limit)
}

// lastClause returns the first token of the last clause joined before
// token ti in sentence si (see participleSubject), or the sentence's
// first token.
func (a *attributor) lastClause(si, ti int) int {
	d := a.d
	s := d.Sentences[si]
	verb, start := false, s.TokStart
	for k := s.TokStart; k < ti; k++ {
		if a.quoted(d.Tokens[k].Start) {
			continue
		}
		tag := d.Tokens[k].Tag
		if strings.HasPrefix(tag, "VB") && tag != "VBG" && tag != "VBN" {
			verb = true
		}
		if !verb {
			continue
		}
		w := d.TokenText(k)
		joined := w == ";" || (w == "," && k+1 < ti && (a.word(k+1) == "and" || a.word(k+1) == "but"))
		if !joined {
			continue
		}
		if w == "," {
			k++
		}
		start, verb = k+1, false
	}
	return start
}

// subjectFrom finds the subject of the clause of sentence si that starts
// at token from, before offset limit.
func (a *attributor) subjectFrom(si, from, limit int) subject {
	d := a.d
	s := d.Sentences[si]
	firstFree := -1
	if from < s.TokEnd && subordinators[a.word(from)] {
		// A sentence that opens with a subordinate clause has its subject
		// after the clause: "After Scotto finished, Grimm stormed back".
		if k, ok := a.afterComma(s, from, limit, false); ok {
			from = k
		}
	}
	if from < s.TokEnd && d.Tokens[from].Tag == "IN" && !subordinators[a.word(from)] && a.word(from) != "according" {
		// An opening prepositional phrase names no subject: "In a
		// statement to KLBN, the lawyer, Dana Hale, said". It ends at a
		// comma before any verb.
		if k, ok := a.afterComma(s, from+1, limit, true); ok {
			from = k
		}
	}
	noun := false // a common noun came before any name
	verb := false // a verb came before
	for ti := from; ti < s.TokEnd && d.Tokens[ti].Start < limit; ti++ {
		if a.quoted(d.Tokens[ti].Start) {
			continue
		}
		tag := d.Tokens[ti].Tag
		if !verb && firstFree < 0 && ti > from && subordinators[a.word(ti)] && a.word(ti) != "as" && a.word(ti) != "once" {
			// A subordinate clause before the main one, after a few
			// words: "A few hours after Ferris left Alden, the mayor's
			// office said": its subject is not the sentence's.
			k := ti
			for k < s.TokEnd && d.Tokens[k].Start < limit && d.TokenText(k) != "," {
				k++
			}
			if k < s.TokEnd && d.Tokens[k].Start < limit {
				ti = k
				continue
			}
		}
		if strings.HasPrefix(tag, "VB") && !IsWord(d.TokenText(ti)) {
			tag = "" // a quotation mark the tagger took for a verb
		}
		if strings.HasPrefix(tag, "VB") {
			verb = true
		}
		if firstFree < 0 && a.tokMention[ti] < 0 && (tag == "NN" || tag == "NNS") && IsWord(d.TokenText(ti)) {
			noun = true
		}
		if firstFree < 0 && noun && strings.HasPrefix(tag, "VB") && tag != "VBG" && tag != "VBN" {
			// The first verb, with a common noun before it and no name:
			// that noun is the subject ("The source said Reid is ...
			// and added “...”"). "It came after Boehner chided" goes on.
			return subject{mention: -1, decided: true}
		}
		if pronounGender[a.word(ti)] != unknown && d.Tokens[ti].Tag == "PRP" && (a.word(ti) == "he" || a.word(ti) == "she") {
			if a.verbFollows(ti + 1) {
				return a.pronoun(ti)
			}
			continue
		}
		mi := a.tokMention[ti]
		if mi < 0 || d.Entities[mi].Start != d.Tokens[ti].Start || !a.eligible(mi, false) {
			continue
		}
		if a.verbFollows(a.tokenAt(d.Entities[mi].End)) {
			return a.named(mi)
		}
		if firstFree < 0 && !a.objectOf(mi) && !a.modifier(mi) {
			firstFree = mi
		}
	}
	if firstFree >= 0 {
		return a.named(firstFree)
	}
	return undecided
}

// afterComma returns the token after the first comma of sentence s from
// token from, before offset limit, and whether there is one; with
// beforeVerb, only a comma before any finite verb counts.
func (a *attributor) afterComma(s Sentence, from, limit int, beforeVerb bool) (int, bool) {
	d := a.d
	for k := from; k < s.TokEnd && d.Tokens[k].Start < limit; k++ {
		if tag := d.Tokens[k].Tag; beforeVerb && strings.HasPrefix(tag, "VB") && tag != "VBG" && tag != "VBN" {
			return 0, false
		}
		if d.TokenText(k) == "," {
			return k + 1, true
		}
	}
	return 0, false
}

// modifier reports whether mention mi modifies a common noun after it,
// which is the head of its phrase: "a top White House adviser".
// demonymAlone reports whether mention mi is a demonym the annotator made
// its place ("Cuban" as Cuba) with no noun after it: "said Cuban".
func (a *attributor) demonymAlone(mi int) bool {
	m := a.d.Entities[mi]
	text := a.d.Text[m.Start:m.End]
	if m.Type != Place || text == m.Name || a.modifier(mi) {
		return false
	}
	c, ok := demonymPlace(text)
	return ok && c == m.Name
}

func (a *attributor) modifier(mi int) bool {
	k := a.tokenAt(a.d.Entities[mi].End)
	return k < len(a.d.Tokens) && strings.HasPrefix(a.d.Tokens[k].Tag, "NN") && !isCapitalised(a.d.TokenText(k)) && IsWord(a.d.TokenText(k))
}

// subordinators open a subordinate clause before a sentence's subject.
var subordinators = map[string]bool{
	"after": true, "before": true, "when": true, "while": true, "although": true, "though": true,
	"because": true, "if": true, "since": true, "as": true, "once": true, "until": true, "unless": true,
	"whereas": true,
}

func (a *attributor) named(mi int) subject {
	return subject{name: a.d.Entities[mi].Name, mention: mi, decided: true}
}

// eligible reports whether mention mi can be a speaker: a person or an
// organisation, or a place when adjacent (it is the cue's own subject) and
// not the last of a list ("politicians in Boston and San Francisco have
// said"); never a possessive, a name in parentheses or one inside a
// quotation.
func (a *attributor) eligible(mi int, adjacent bool) bool {
	m := a.d.Entities[mi]
	switch {
	case m.Type == Place && (!adjacent || a.listed(mi)), m.Type != Person && m.Type != Org && m.Type != Place:
		return false
	case possessive(a.d.Text, m), a.quoted(m.Start), a.inParens(m):
		return false
	case m.Type == Person && a.described(mi):
		return false
	}
	return true
}

// described reports whether a person's mention is a description with
// "the" rather than a name: "the Texas Republican said". A title the
// article gave a person ("the secretary of state", "the prince") is that
// person's mention, not a description.
func (a *attributor) described(mi int) bool {
	m := a.d.Entities[mi]
	k := a.tokenAt(m.Start) - 1
	return k >= 0 && a.d.TokenText(k) == "the" && isCapitalised(a.d.Text[m.Start:m.End])
}

// listed reports whether mention mi ends a list: "and" or "or" comes
// before it.
func (a *attributor) listed(mi int) bool {
	k := a.tokenAt(a.d.Entities[mi].Start) - 1
	return k >= 0 && (a.word(k) == "and" || a.word(k) == "or")
}

// inParens reports whether a mention stands inside parentheses within its
// sentence: "(D-Arizona)", "(R-Tenn.)".
func (a *attributor) inParens(m Mention) bool {
	s := a.d.Sentences[a.d.SentenceAt(m.Start)]
	before := a.d.Text[s.Start:m.Start]
	return strings.LastIndexByte(before, '(') > strings.LastIndexByte(before, ')')
}

// verbFollows reports whether a finite verb comes at token k, after
// adverbs, days, a parenthesis and appositives between commas: the name
// before k is that verb's subject ("Boehner publicly chided", "Perry (R)
// said", "Rep. Bobby Scott, D-Va., one of the nine lawmakers to vote
// against, said"). An aside with a subject and verb of its own ("Obama, he
// said, was") is no appositive.
func (a *attributor) verbFollows(k int) bool {
	d := a.d
	finite := func(k int) bool {
		tag := d.Tokens[k].Tag
		return tag == "MD" || strings.HasPrefix(tag, "VB") && tag != "VBG" && IsWord(d.TokenText(k))
	}
	for n := 0; k < len(d.Tokens) && n < 10; n++ {
		t := d.TokenText(k)
		tag := d.Tokens[k].Tag
		switch {
		case tag == "RB" || weekdays[t] || t == "on" && k+1 < len(d.Tokens) && weekdays[d.TokenText(k+1)]:
			k++
		case tag == "PRP" && strings.HasSuffix(strings.ToLower(t), "self"):
			k++ // "Ferris himself conceded"
		case t == "(":
			for k < len(d.Tokens) && d.TokenText(k) != ")" {
				k++
			}
			k++
		case t == ",":
			// Appositives: the first ", <finite verb>" ahead, before the
			// sentence ends or a clause of its own begins.
			for j := k + 1; j+1 < len(d.Tokens) && j < k+appositiveTokens; j++ {
				switch tj := d.TokenText(j); {
				case tj == "." || tj == ";" || tj == "“" || tj == "\"":
					return false
				case d.Tokens[j].Tag == "PRP" && finite(j+1):
					return false
				case tj == ",":
					n := j + 1
					for n+1 < len(d.Tokens) && d.Tokens[n].Tag == "RB" {
						n++ // "Ferris, speaking to reporters, flatly denied"
					}
					if finite(n) {
						return true
					}
				}
			}
			return false
		case t == "’s" || t == "'s":
			return false
		case t == "of" && k+1 < len(d.Tokens) && (isCapitalised(d.TokenText(k+1)) || d.TokenText(k+1) == "the"):
			// "Roger Pilon of the Cato Institute said"
			for k++; k < len(d.Tokens) && (isCapitalised(d.TokenText(k)) || d.TokenText(k) == "the"); k++ {
			}
		default:
			return finite(k)
		}
	}
	return false
}

// appositiveTokens bounds the appositives between a subject and its verb.
const appositiveTokens = 40

// objectOf reports whether mention mi is a verb's or a preposition's
// object: the word before it (titles skipped: "for Rep. Stephen
// Fincher") is a verb or a preposition, and no verb follows it ("after
// Boehner chided" is a subject all the same).
func (a *attributor) objectOf(mi int) bool {
	d := a.d
	k := a.tokenAt(d.Entities[mi].Start) - 1
	for k >= 0 && a.tokMention[k] < 0 {
		t := d.TokenText(k)
		switch {
		case isCapitalised(t) && d.Tokens[k].Tag == "NNP", t == "the":
			k-- // a title or a determiner: "for Rep. Fincher", "of the NAACP"
			continue
		case t == "of" && k > 0 && isCapitalised(d.TokenText(k-1)):
			k-- // inside a title: "Secretary of State"
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	tag := d.Tokens[k].Tag
	if tag != "IN" && tag != "TO" && !strings.HasPrefix(tag, "VB") {
		return false
	}
	return !a.verbFollows(a.tokenAt(d.Entities[mi].End))
}

// pronoun resolves the he or she at token j to the nearest person named
// before it (see the file comment). A name inside a prepositional phrase
// ("Pilon of the Cato Institute said") is not the subject of the verb
// after it.
func (a *attributor) pronoun(j int) subject {
	sub := a.resolvePronoun(j)
	sub.pronoun = true
	if sub.mention >= 0 && !a.quoted(a.d.Tokens[j].Start) && !slices.ContainsFunc(a.chain, func(l chainLink) bool { return l.tok == j }) {
		a.chain = append(a.chain, chainLink{tok: j, mention: sub.mention, gender: pronounGender[a.word(j)]})
	}
	return sub
}

// resolvePronoun is pronoun, without adding to the chain.
// namedInQuote reports whether the quotation being attributed names the
// person by a title (roleWords, capitalised) and surname, as one names
// another, not oneself:
// "“Chairman Steele needs to apologize,” he said" is not Steele's, whom
// the sentence before named last. (A surname alone is no sign: a
// politician's posts name himself, "vindicates “Trump”".)
func (a *attributor) namedInQuote(name string) bool {
	sn, _ := Surname(name)
	if sn == "" {
		return false
	}
	if a.titled == nil {
		a.titled = map[string]bool{}
		words := strings.Fields(a.quote)
		for i := 1; i < len(words); i++ {
			if t := words[i-1]; isCapitalised(t) && isRoleWord(strings.ToLower(strings.TrimSuffix(t, "."))) {
				a.titled[strings.ToLower(strings.TrimRightFunc(words[i], func(r rune) bool { return !unicode.IsLetter(r) }))] = true
			}
		}
	}
	return a.titled[strings.ToLower(sn)]
}

func (a *attributor) resolvePronoun(j int) subject {
	d := a.d
	g := pronounGender[a.word(j)]
	off := d.Tokens[j].Start
	sentStart := d.Sentences[d.SentenceAt(off)].Start
	// A person the sentence speaks of without a name, between the
	// pronoun and any name before it, may be whom it stands for ("he
	// shoved the heckler aside when he asked ..."): no name is then safe.
	unnamed := a.unnamedPerson(j, sentStart, g)
	if k := a.earlierPronoun(j, sentStart); k >= 0 && k > unnamed {
		return a.pronoun(k)
	}
	if unnamed >= 0 {
		return subject{mention: -1, decided: true}
	}
	if mi := a.recentPerson(j, g, sentStart); mi >= 0 {
		return a.named(mi)
	}
	para := paraAt(d.Paragraphs, off)
	fallback := -1
	// The last he or she before, resolved already, stands for a person
	// who was speaking or acting there: a person found further back than
	// it is no nearer subject than it (“...,” he said. ... Saying Obama,
	// he said, ...: the second he is the first one's person, not Obama).
	link := a.lastLink(j, g, para)
	for mi := sort.Search(len(d.Entities), func(i int) bool { return d.Entities[i].Start >= off }) - 1; mi >= 0; mi-- {
		m := d.Entities[mi]
		if link >= 0 && m.End <= d.Tokens[a.chain[link].tok].Start {
			return a.linked(link)
		}
		if paraAt(d.Paragraphs, m.Start) < para-pronounParas {
			break
		}
		if m.Type != Person || m.End > off || a.quoted(m.Start) || a.notPerson[m.Name] || a.described(mi) || a.namedInQuote(m.Name) {
			continue
		}
		if mg := a.gender(m.Name, sentStart); mg != unknown && mg != g {
			continue
		}
		if a.saysInverted(mi) {
			// The one who says is no reporter's subject: in "X likely
			// had a hand in it, said Ryan", Ryan reports X.
			return subject{name: m.Name, mention: mi, decided: true}
		}
		if a.said[mi] || (a.verbFollows(a.tokenAt(m.End)) || a.apposedSubject(mi) || a.possessiveSubject(mi)) && !isPreposition(d, a.tokenAt(m.Start)-1) {
			if r := a.reporter(mi, g, sentStart); r >= 0 {
				mi = r
			}
			return subject{name: d.Entities[mi].Name, mention: mi, decided: true}
		}
		if fallback < 0 {
			fallback = mi
		}
	}
	if link >= 0 {
		return a.linked(link)
	}
	if fallback < 0 {
		return subject{mention: -1, decided: true}
	}
	return subject{name: d.Entities[fallback].Name, mention: fallback, decided: true}
}

// saysInverted reports whether mention mi is the subject of a verb of
// saying set before it, as reported speech puts it: "..., said Dana
// Hale, who runs a consultancy." Hale spoke there, as much as one whose
// verb follows the name; a name with a verb after it further back ("the
// ferry company likely has ...") is not the nearer subject.
func (a *attributor) saysInverted(mi int) bool {
	k := a.tokenAt(a.d.Entities[mi].Start) - 1
	if k < 0 || a.quoted(a.d.Tokens[k].Start) {
		return false
	}
	switch a.word(k) {
	case "said", "says", "added", "adds", "explained", "noted", "wrote", "writes":
	default:
		return false
	}
	// Inverted only after the clause it reports: ", said Ryan" or ",”
	// said Ryan"; in "Mazet said Shi's work was sound" the name is what
	// was said, and so it is when the name is a possessive.
	if k == 0 || possessive(a.d.Text, a.d.Entities[mi]) {
		return false
	}
	// The name ends the clause, perhaps before an appositive: ", said
	// Dana Hale, a lawyer"; not ", said Hale was told to wait" (Hale is
	// what was said), nor ", said Alden University lecturer Tom Hale"
	// (a name that modifies the speaker's).
	if e := a.tokenAt(a.d.Entities[mi].End); e < len(a.d.Tokens) {
		switch a.d.TokenText(e) {
		case ",", ".", ";", "(":
		default:
			return false
		}
	}
	switch a.d.TokenText(k - 1) {
	case ",", "”", "\"", "’", "'":
		return true
	}
	return false
}

// lastLink returns the latest link of a.chain before token j whose
// pronoun has gender g and lies within pronounParas paragraphs before
// paragraph para, or -1.
func (a *attributor) lastLink(j int, g byte, para int) int {
	best := -1
	for k, l := range a.chain {
		if l.tok < j && l.gender == g && (best < 0 || l.tok > a.chain[best].tok) {
			best = k
		}
	}
	if best >= 0 && paraAt(a.d.Paragraphs, a.d.Tokens[a.chain[best].tok].Start) < para-pronounParas {
		return -1
	}
	return best
}

// linked is the subject a chain link stands for.
func (a *attributor) linked(k int) subject {
	mi := a.chain[k].mention
	return subject{name: a.d.Entities[mi].Name, mention: mi, decided: true}
}

// recentPerson returns the person the pronoun at token j (of gender g,
// its sentence starting at sentStart) stands for when its sentence names
// no one before it and the sentence right before, in the same paragraph
// or the one before, names one person only, outside quotations and not
// as a possessive, and has no he or she of its own (whose person would be
// what it is about); else -1. That sentence is about that person,
// whatever their grammatical role: in "Mr. Brandt answered that ....
// That did not persuade Justice Lind. “...,” he said", Lind speaks,
// though Brandt was the last subject, which the walk in pronoun prefers.
func (a *attributor) recentPerson(j int, g byte, sentStart int) int {
	d := a.d
	si := d.SentenceAt(sentStart)
	if si <= 0 || si >= len(d.Sentences) || d.Sentences[si-1].Para < d.Sentences[si].Para-1 {
		return -1
	}
	person := func(m Mention) bool { return m.Type == Person && !a.quoted(m.Start) && !a.notPerson[m.Name] }
	first := sort.Search(len(d.Entities), func(i int) bool { return d.Entities[i].Start >= sentStart })
	for mi := first; mi < len(d.Entities) && d.Entities[mi].End <= d.Tokens[j].Start; mi++ {
		if person(d.Entities[mi]) {
			return -1
		}
	}
	prev := d.Sentences[si-1]
	for k := prev.TokStart; k < prev.TokEnd; k++ {
		if pronounGender[a.word(k)] != unknown && d.Tokens[k].Tag == "PRP" && !a.quoted(d.Tokens[k].Start) {
			return -1
		}
	}
	found := -1
	for mi := sort.Search(len(d.Entities), func(i int) bool { return d.Entities[i].Start >= prev.Start }); mi < len(d.Entities) && d.Entities[mi].Start < prev.End; mi++ {
		m := d.Entities[mi]
		if !person(m) {
			continue
		}
		if found >= 0 && m.Name != d.Entities[found].Name {
			return -1
		}
		found = mi
	}
	if found < 0 {
		return -1
	}
	m := d.Entities[found]
	if possessive(d.Text, m) || a.described(found) {
		return -1
	}
	if mg := a.gender(m.Name, sentStart); mg != unknown && mg != g {
		return -1
	}
	return found
}

// unnamedPerson returns the last token before j in its sentence (from
// sentStart) that is a singular noun for a person of gender g or of
// either ("the man", "a student", "the reporter"), outside names, or -1.
// Inside a quotation it counts only as a label ("a so-called
// “heckler”"): what a quoted statement speaks of is the speaker's.
func (a *attributor) unnamedPerson(j, sentStart int, g byte) int {
	d := a.d
	for k := j - 1; k >= 0 && d.Tokens[k].Start >= sentStart; k-- {
		if a.tokMention[k] >= 0 || d.Tokens[k].Tag != "NN" || a.quoted(d.Tokens[k].Start) && !a.labelQuoted(d.Tokens[k].Start) {
			continue
		}
		if pg, ok := personNouns[a.word(k)]; ok && (pg == unknown || pg == g) && a.headNoun(k) && !a.apposed(k, sentStart) {
			return k
		}
	}
	return -1
}

// headNoun reports whether the noun at k heads its phrase: no noun or
// possessive follows it ("student loans", "a reporter's question" speak
// of loans and a question).
func (a *attributor) headNoun(k int) bool {
	d := a.d
	if k+1 >= len(d.Tokens) {
		return true
	}
	next := d.TokenText(k + 1)
	tag := d.Tokens[k+1].Tag
	if next == "’s" || next == "'s" || tag == "POS" {
		return false
	}
	// The tagger calls quotation marks nouns at times: only a word counts.
	return !IsWord(next) || !strings.HasPrefix(tag, "NN")
}

// apposed reports whether the noun at k ends an appositive that
// describes a person named right before it ("Ferris, the son of a
// ferryman,"; "Lindqvist, a law student and founder of ..."): the
// words back to a comma after that name are a noun phrase, with "of"
// and "and" phrases.
func (a *attributor) apposed(k, sentStart int) bool {
	d := a.d
	for j := k - 1; j >= 0 && d.Tokens[j].Start >= sentStart && k-j <= appositiveTokens; j-- {
		t, tag := d.TokenText(j), d.Tokens[j].Tag
		if t == "," {
			mi := -1
			if j > 0 {
				mi = a.tokMention[j-1]
			}
			return mi >= 0 && d.Entities[mi].Type == Person
		}
		switch {
		case tag == "DT", tag == "CD", tag == "IN", tag == "CC", tag == "PRP$", tag == "POS", tag == "HYPH",
			strings.HasPrefix(tag, "JJ"), strings.HasPrefix(tag, "NN"), t == "-", t == "’s", t == "'s":
			continue
		}
		return false
	}
	return false
}

// personNouns are singular nouns that stand for one person, with the
// gender they give (unknown for either): who a pronoun may refer to when
// the article never names them. Titles that come before names ("the
// senator") are left out: they mostly stand for a person the article
// names (annotate.go's role mentions).
var personNouns = map[string]byte{
	"man": male, "boy": male, "father": male, "son": male, "husband": male, "brother": male,
	"woman": female, "girl": female, "mother": female, "daughter": female, "wife": female, "sister": female,
	"person": unknown, "student": unknown, "reporter": unknown, "journalist": unknown, "protester": unknown,
	"protestor": unknown, "demonstrator": unknown, "voter": unknown, "resident": unknown, "worker": unknown,
	"employee": unknown, "soldier": unknown, "teacher": unknown, "activist": unknown, "supporter": unknown,
	"critic": unknown, "witness": unknown, "victim": unknown, "suspect": unknown, "driver": unknown,
	"passenger": unknown, "customer": unknown, "caller": unknown, "questioner": unknown, "heckler": unknown,
	"constituent": unknown, "bystander": unknown, "neighbor": unknown, "neighbour": unknown, "friend": unknown,
	"child": unknown, "teenager": unknown, "youth": unknown, "stranger": unknown, "passer-by": unknown,
}

// earlierPronoun returns the first subject pronoun of the same gender as
// the one at token j in its sentence before it (from sentStart), outside
// quotations, or -1. One sentence's he's are one person: in "Ferris said
// Monday he was not questioning whether Whitfield is honest when he
// referred to ...", the second he is the first, Ferris, not Whitfield,
// whom the walk back meets first. A person named between two he's who is
// the subject of a saying verb before the second ("he said Jones had
// told the board he would resign") breaks the chain, and so does a first
// he that names someone only named after it.
func (a *attributor) earlierPronoun(j, sentStart int) int {
	d := a.d
	g := pronounGender[a.word(j)]
	first := -1
	for k := j - 1; k >= 0 && d.Tokens[k].Start >= sentStart; k-- {
		if pronounGender[a.word(k)] == g && d.Tokens[k].Tag == "PRP" && !a.quoted(d.Tokens[k].Start) {
			first = k
		}
	}
	if first < 0 {
		return -1
	}
	// The first he must look back to someone the sentence named before
	// it: one that looks ahead ("On what she knew, Clinton said ... she
	// wrote") is the person named after it, whom the walk back finds.
	named := false
	for mi := sort.Search(len(d.Entities), func(i int) bool { return d.Entities[i].Start >= sentStart }); mi < len(d.Entities) && d.Entities[mi].End <= d.Tokens[first].Start; mi++ {
		if m := d.Entities[mi]; m.Type == Person && !a.quoted(m.Start) {
			named = true
			break
		}
	}
	if !named {
		return -1
	}
	from, to := d.Tokens[first].End, d.Tokens[j].Start
	for mi := sort.Search(len(d.Entities), func(i int) bool { return d.Entities[i].Start >= from }); mi < len(d.Entities) && d.Entities[mi].End <= to; mi++ {
		m := d.Entities[mi]
		if m.Type == Person && !a.quoted(m.Start) && a.says(mi, j) {
			return -1
		}
	}
	return first
}

// reporter returns the person of mention mi's sentence, before it, who
// says what mi is named in, or -1: in "Ferris said he believes Whitfield
// is honest", Whitfield is the subject of "is", but inside what Ferris
// said, and a "he" after the sentence is Ferris. The person must not
// clash with gender g as known before before.
func (a *attributor) reporter(mi int, g byte, before int) int {
	d := a.d
	m := d.Entities[mi]
	if m.Sent >= len(d.Sentences) {
		return -1
	}
	start := d.Sentences[m.Sent].Start
	for k := mi - 1; k >= 0 && d.Entities[k].Start >= start; k-- {
		e := d.Entities[k]
		if e.Type != Person || e.Name == m.Name || a.quoted(e.Start) || a.notPerson[e.Name] {
			continue
		}
		if eg := a.gender(e.Name, before); eg != unknown && eg != g {
			continue
		}
		if a.says(k, a.tokenAt(m.Start)) {
			return k
		}
	}
	// The subject of a clause inside the main one is less salient than
	// the main clause's subject (Lappin & Leass), and a clause opened by
	// "that" is what the subject says or claims, whatever the verb: in
	// "Ferris kept up his attack, charging that Mayor Whitfield is running
	// ...", a "he" after the sentence is Ferris, not Whitfield.
	if !a.embedded(mi) {
		return -1
	}
	s := a.mainSubject(m.Sent, m.Start)
	if s.mention < 0 || s.mention == mi {
		return -1
	}
	e := d.Entities[s.mention]
	// Only a subject the sentence names: one found through a pronoun of
	// its own is a guess on a guess.
	if e.Type != Person || e.Name == m.Name || e.Start >= m.Start || e.Start < start || a.notPerson[e.Name] {
		return -1
	}
	if eg := a.gender(e.Name, before); eg != unknown && eg != g {
		return -1
	}
	return s.mention
}

// embedded reports whether mention mi opens a clause inside its
// sentence's main one: after "that", after a verb of saying with "that"
// left out, or after a subordinator, a title between skipped: "charging
// that President Whitfield is", "he said Whitfield was", "before Whitfield
// ran".
func (a *attributor) embedded(mi int) bool {
	d := a.d
	k := a.beforeTitle(a.tokenAt(d.Entities[mi].Start) - 1) // "that President Whitfield", "that Mr. Whitfield"
	if k < 0 || a.quoted(d.Tokens[k].Start) {
		return false
	}
	w := a.word(k)
	return w == "that" || cueWords[w] == cueSay || subordinators[w] && w != "as"
}

// beforeTitle returns the token before the title that ends at token k
// ("President", "Mr."): capitalised words tagged as names that no mention
// holds, and abbreviation dots; k itself when none ends there.
func (a *attributor) beforeTitle(k int) int {
	d := a.d
	for k >= 0 && a.tokMention[k] < 0 && (isCapitalised(d.TokenText(k)) && d.Tokens[k].Tag == "NNP" || d.TokenText(k) == ".") {
		k--
	}
	return k
}

// possessiveSubject reports whether mention mi is a possessive that opens
// its sentence, its owner's thing the subject: "Ferris's main point was to
// attack Whitfield." A "he" after it is Ferris. Not when what is owned is
// a person ("Ferris's spokesman said"): the pronoun may be that person.
func (a *attributor) possessiveSubject(mi int) bool {
	d := a.d
	m := d.Entities[mi]
	if !possessive(d.Text, m) || m.Sent >= len(d.Sentences) {
		return false
	}
	first := a.tokenAt(m.Start)
	if s := d.Sentences[m.Sent]; first != s.TokStart {
		return false
	}
	k := a.tokenAt(m.End)
	for k < len(d.Tokens) && (d.TokenText(k) == "’s" || d.TokenText(k) == "'s" || d.TokenText(k) == "’" || d.Tokens[k].Tag == "POS" || strings.HasPrefix(d.Tokens[k].Tag, "JJ")) {
		k++
	}
	if k >= len(d.Tokens) {
		return false
	}
	w := a.word(k)
	_, person := personNouns[w]
	return !person && !isRoleWord(w) && !ownedPeople[w]
}

// ownedPeople are nouns for people who work for or belong to someone:
// "Ferris's campaign said" speaks for Ferris, but not as him.
var ownedPeople = map[string]bool{
	"campaign": true, "team": true, "staff": true, "office": true, "aides": true, "advisers": true,
	"advisors": true, "lawyer": true, "lawyers": true, "attorney": true, "attorneys": true,
	"spokesmen": true, "family": true, "allies": true, "supporters": true, "critics": true,
}

// apposedSubject reports whether mention mi is set off by commas right
// before a finite verb, naming the noun phrase before it: "A spokesman
// for Mayor Whitfield, Ben Okafor, accused ...". The name is that verb's
// subject, not the name inside the phrase before the commas.
//
// The phrase before the commas must not itself name the subject: in "Sen.
// Dan Whitfield, Alden Republican, said" the name between the commas only
// describes Whitfield. A name there counts only as a preposition's object
// ("for Mayor Whitfield").
func (a *attributor) apposedSubject(mi int) bool {
	d := a.d
	first, k := a.tokenAt(d.Entities[mi].Start), a.tokenAt(d.Entities[mi].End)
	if first < 2 || d.TokenText(first-1) != "," || k+1 >= len(d.Tokens) || d.TokenText(k) != "," {
		return false
	}
	if before := a.tokMention[first-2]; before < 0 && isCapitalised(d.TokenText(first-2)) && d.Tokens[first-2].Tag == "NNP" {
		return false // a name the model missed: "Sen. Ben Okafor, Alden Democrat, said"
	} else if before >= 0 {
		j := a.beforeTitle(a.tokenAt(d.Entities[before].Start) - 1) // "for Mayor Whitfield"
		if j < 0 || d.Tokens[j].Tag != "IN" {
			return false
		}
	}
	tag := d.Tokens[k+1].Tag
	return (tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD") && IsWord(d.TokenText(k+1))
}

// says reports whether mention mi is the subject of a saying verb
// (cueSay, cueObject) before token j: "Jones told", "Jones has said".
func (a *attributor) says(mi, j int) bool {
	d := a.d
	for k, n := a.tokenAt(d.Entities[mi].End), 0; k < j && n < 6; k, n = k+1, n+1 {
		w := a.word(k)
		if skipBeforeCue[w] || weekdays[d.TokenText(k)] || d.Tokens[k].Tag == "RB" {
			continue
		}
		kind := cueWords[w]
		return kind == cueSay || kind == cueObject
	}
	return false
}

// pronounParas is how many paragraphs back a pronoun's person may have
// been named.
const pronounParas = 5

// gender returns what the clues before offset before say of a name's
// gender: the side with more weight, unknown on a tie; with no clue at
// all, the gender firstnames.tsv gives a full name's first name (from news
// counts, or US births where those do not settle it; FirstNameGender),
// unknown for one the table does not know.
func (a *attributor) gender(name string, before int) byte {
	var m, f int
	for _, c := range a.clues[name] {
		if c.off >= before {
			break
		}
		if c.gender == male {
			m += c.weight
		} else {
			f += c.weight
		}
	}
	switch {
	case m > f:
		return male
	case f > m:
		return female
	}
	if m == 0 {
		// No title or pronoun says it: the gender news writing gives
		// the first name, where it is known ("he raged" had gone to a
		// Nancy named just before).
		if g, ok := FirstNameGender(FirstName(name)); ok && strings.Contains(name, " ") {
			return g
		}
	}
	return unknown
}

// titleWeight is how much a gendered title ("Mr.", "congresswoman") counts
// against one pronoun: it names the person for certain, a pronoun only
// probably.
const titleWeight = 3

// genderClues collects the clues to the gender of the people a document
// names: a gendered title right before a name (at -1, holding
// everywhere), and each he, she or his outside quotations whose sentence,
// up to it, or else the sentence before, names exactly one person.
func (a *attributor) genderClues() map[string][]genderClue {
	d := a.d
	var out []genderClue
	for _, m := range d.Entities {
		if m.Type != Person {
			continue
		}
		before := strings.Fields(d.Text[max(0, m.Start-20):m.Start])
		if len(before) == 0 {
			continue
		}
		w := strings.ToLower(strings.TrimSuffix(before[len(before)-1], "."))
		if g := genderedTitles[w]; g != unknown {
			out = append(out, genderClue{off: -1, name: m.Name, gender: g, weight: titleWeight})
		}
	}
	// People named per sentence, outside quotations, in text order.
	bySent := make([][]Mention, len(d.Sentences))
	for _, m := range d.Entities {
		if m.Type == Person && !a.quoted(m.Start) && m.Sent < len(bySent) {
			bySent[m.Sent] = append(bySent[m.Sent], m)
		}
	}
	for si, s := range d.Sentences {
		for ti := s.TokStart; ti < s.TokEnd; ti++ {
			g := clueGender[a.word(ti)]
			off := d.Tokens[ti].Start
			if g == unknown || a.quoted(off) {
				continue
			}
			var names []string
			for _, m := range bySent[si] {
				if m.End <= off {
					names = append(names, m.Name)
				}
			}
			if len(names) == 0 && si > 0 && d.Sentences[si-1].Para >= s.Para-1 {
				for _, m := range bySent[si-1] {
					names = append(names, m.Name)
				}
			}
			if one := distinctOne(names); one != "" {
				out = append(out, genderClue{off: off, name: one, gender: g, weight: 1})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].off < out[j].off })
	byName := map[string][]genderClue{}
	for _, c := range out {
		byName[c.name] = append(byName[c.name], c)
	}
	return byName
}

// distinctOne returns the one name that names holds, or "" when it holds
// none or several.
func distinctOne(names []string) string {
	one := ""
	for _, n := range names {
		if one != "" && n != one {
			return ""
		}
		one = n
	}
	return one
}

// nextMark returns the offset of the next opening double mark in
// text[from:to], or -1.
func nextMark(text string, from, to int) int {
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '“' {
			return i
		}
		i += size
	}
	return -1
}

// possessive reports whether a mention is a possessive ("Putin’s adviser"),
// which names whose the subject is rather than the subject.
func possessive(text string, m Mention) bool {
	rest := text[m.End:]
	if strings.HasSuffix(text[m.Start:m.End], "s") && strings.HasPrefix(rest, "' ") {
		return true // "Harbor News' chief correspondent"
	}
	return strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’ ")
}
