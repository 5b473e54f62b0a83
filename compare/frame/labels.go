package frame

// Labels: what each outlet calls the same entity.
//
// Algorithm: for each salient entity of the event (mentioned by two
// outlets or more) and each outlet, every mention yields up to four labels,
// read off the tokens and their part-of-speech tags:
//
//   - name: the mention as written ("Kiev" and "Kyiv" are one entity, two
//     names; "the secretary of state" for Blinken);
//   - title: the capitalised words right before a person's name, ending
//     in a word for an office, rank or role ("Foreign Minister" Sergey
//     Lavrov, "US Secretary of State" Antony Blinken); a courtesy title
//     ("Mr.", "Ms.") says nothing of who the person is and is none;
//   - appositive: the phrase between commas after the name, starting with a
//     determiner or a possessive (Yuri Ushakov, "Putin’s foreign policy
//     adviser",);
//   - modifier: a noun phrase that describes a place or group itself:
//     its act, when it is written as an adjective before a noun for an act
//     or stance ("supposed Russian aggression", "Russian military action"),
//     or what kind of thing or which part of it is meant, before "of" ("the
//     battleground state of Ohio", "the breakaway regions of eastern
//     Ukraine").
//
// A label is what the outlet calls the entity itself. A noun phrase the
// name only modifies is most often another referent: the place's people
// or officials ("the American people", "Boston officials"), its things
// ("Vermont law", "an Acme video"), what happened there ("the
// Vermont shooting"); so are the people or parts of it after "of"
// ("the people of Alden", "members of Congress"). Those are no labels.
//
// Labels are counted per outlet and listed most used first; an entity is
// listed when at least two outlets label it.
//
// In other languages than English only the name is a label: the other
// kinds need English part-of-speech tags.
//
// Limits: only entities the annotator found are labelled, so a group named
// only by common nouns ("the separatists") has no row of its own; it shows
// up as a modifier of the place it belongs to when the text says so.

import (
	"sort"
	"strings"
	"unicode"

	"github.com/framediff/framediff/corpus/nlp"
)

const (
	maxLabels       = 8
	maxLabelTitle   = 5 // words
	maxAppositive   = 8 // words
	maxPhraseBefore = 2 // modifier words before the entity
	maxPhraseAfter  = 3 // nouns after it
)

// label kinds, in the order ties are broken.
var labelKinds = map[string]int{"name": 0, "title": 1, "appositive": 2, "modifier": 3}

func (c *Framer) labels(ev *Event, docs []*nlp.Doc) []Label {
	out := []Label{}
	for _, e := range salientEntities(ev, maxToneEntities) {
		l := Label{Entity: e.Name, Type: e.Type, Outlets: []OutletLabels{}}
		for _, o := range ev.Outlets {
			m := map[[2]string]*LabelUse{}
			add := func(d *nlp.Doc, kind string, si, from, to int) {
				text := strings.TrimSpace(strings.Join(strings.Fields(d.Text[from:to]), " "))
				if text == "" {
					return
				}
				k := [2]string{kind, text}
				u := m[k]
				if u == nil {
					u = &LabelUse{Text: text, Kind: kind, Example: sentenceExample(d, si, from, to)}
					m[k] = u
				}
				u.Count++
			}
			for _, d := range docs {
				if d.Outlet != o {
					continue
				}
				for _, men := range d.Entities {
					if men.Name != e.Name {
						continue
					}
					add(d, "name", men.Sent, men.Start, men.End)
					if docLanguage(d) != "en" {
						// Titles, appositives and noun phrases are read
						// off English part-of-speech tags; the coarse
						// tags of other languages would take a verb for
						// a noun ("Moskau bestreitet") or a genitive for
						// a title.
						continue
					}
					if men.Type == nlp.Person {
						if from, to, ok := titleSpan(d, men); ok {
							add(d, "title", men.Sent, from, to)
						}
					}
					if from, to, ok := appositiveSpan(d, men); ok {
						add(d, "appositive", men.Sent, from, to)
					}
					if men.Type != nlp.Person {
						if from, to, ok := phraseSpan(d, men); ok {
							add(d, "modifier", men.Sent, from, to)
						}
					}
				}
			}
			if len(m) == 0 {
				continue
			}
			ol := OutletLabels{Outlet: o}
			for _, u := range m {
				ol.Labels = append(ol.Labels, *u)
			}
			sort.Slice(ol.Labels, func(i, j int) bool {
				a, b := ol.Labels[i], ol.Labels[j]
				if a.Count != b.Count {
					return a.Count > b.Count
				}
				if a.Kind != b.Kind {
					return labelKinds[a.Kind] < labelKinds[b.Kind]
				}
				return a.Text < b.Text
			})
			if len(ol.Labels) > maxLabels {
				ol.Labels = ol.Labels[:maxLabels]
			}
			l.Outlets = append(l.Outlets, ol)
		}
		if len(l.Outlets) >= 2 {
			out = append(out, l)
		}
	}
	return out
}

// tokenAt returns the index of the token starting at off, or -1.
func tokenAt(d *nlp.Doc, off int) int {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= off })
	if i < len(d.Tokens) && d.Tokens[i].Start == off {
		return i
	}
	return -1
}

// tokenEnding returns the index of the token ending at off, or -1.
func tokenEnding(d *nlp.Doc, off int) int {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End >= off })
	if i < len(d.Tokens) && d.Tokens[i].End == off {
		return i
	}
	return -1
}

// titleSpan returns the title before a person's mention: "Foreign
// Minister" Sergey Lavrov. There is none when the words before the name
// end in "of" (a headline's "Photo of" Ellen Marsh), when the last of
// them is a courtesy title, which says nothing of who the person is and
// stands alone before a name ("Mr.", "Ms."; words between it and the
// mention are a given name: "Ms. Ellen" Marsh), or when they are only
// words of the person's own name the mention leaves out ("Ruth" of Ruth
// Calloway).
func titleSpan(d *nlp.Doc, m nlp.Mention) (from, to int, ok bool) {
	ti := tokenAt(d, m.Start)
	if ti < 0 {
		return 0, 0, false
	}
	s := d.Sentences[m.Sent]
	// The person's own given names before the mention are no title.
	own := map[string]bool{}
	for _, w := range strings.Fields(m.Name) {
		own[w] = true
	}
	last := ti - 1
	for last >= s.TokStart && own[d.TokenText(last)] && d.Tokens[last+1].Start-d.Tokens[last].End <= 1 {
		last--
	}
	if last < s.TokStart || !titleHead(d.TokenText(last)) && !titleOfObject(d, last, s.TokStart) {
		return 0, 0, false
	}
	first, words, real := -1, 0, false
	for j := last; j >= s.TokStart && words < maxLabelTitle; j-- {
		text := d.TokenText(j)
		if d.Tokens[j+1].Start-d.Tokens[j].End > 1 {
			break // not adjacent
		}
		if text == "of" {
			first = j
			words++
			continue
		}
		if real && titleTimeWords[strings.ToLower(text)] {
			// "former Vice President", "acting Mayor": a former governor is
			// no governor, and the word says so.
			first = j
			break
		}
		core := withoutTimePrefix(text)
		r := []rune(core)[0]
		tag := d.Tokens[j].Tag
		if !unicode.IsUpper(r) || !strings.HasPrefix(tag, "NNP") && !nlp.IsAcronym(core) && !(titleHead(core) && (strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "JJ"))) {
			// A title's word the tagger did not call a name ("Chief"
			// Justice, "Representative") is one still; "After" and
			// "Under" President are prepositions.
			break
		}
		if strings.ContainsAny(text, "()[]–—") {
			break // a dateline's outlet glued to its dash: "(PNN)–"
		}
		if courtesyTitles[strings.TrimSuffix(text, ".")] {
			return 0, 0, false // "Ms. Ellen" before Marsh: a given name
		}
		first, real = j, true
		words++
	}
	if !real {
		return 0, 0, false
	}
	for first < last && (d.TokenText(first) == "of" || strings.EqualFold(d.TokenText(first), "the")) {
		first++
	}
	if first > last || d.TokenText(first) == "of" {
		return 0, 0, false
	}
	return d.Tokens[first].Start, d.Tokens[last].End, true
}

// titleHead reports whether w can end a title before a name: a word for
// an office, rank or role, known by its ending ("Senator", "Chairwoman",
// "President", "Secretary", "Lieutenant", "Representative") or listed,
// or an abbreviated title ("Sen.", "Gen.") other than a courtesy title. A weekday, a given
// name or a headline's verb ("On Monday", "Dana", "Prints Photo of") is
// none.
func titleHead(w string) bool {
	w = withoutTimePrefix(w)
	if courtesyTitles[strings.TrimSuffix(w, ".")] {
		return false
	}
	if nlp.IsHonorific(w) || titleWords[strings.ToLower(w)] {
		return true
	}
	if len(w) < 4 || !unicode.IsUpper([]rune(w)[0]) {
		return false
	}
	lw := strings.ToLower(w)
	for _, suf := range []string{"man", "woman", "person", "er", "or", "ent", "ant", "ary", "ist", "ive"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// titleTimeWords place a title in time; before it, they are part of it:
// "former Vice President", "acting Mayor", "the late Senator".
var titleTimeWords = map[string]bool{
	"former": true, "acting": true, "interim": true, "outgoing": true, "incoming": true,
	"late": true, "then": true, "ex": true, "retired": true, "current": true,
}

// withoutTimePrefix returns w without a word of time joined to it by a
// hyphen: "Senator" of "then-Senator", "President" of "ex-President".
func withoutTimePrefix(w string) string {
	if pre, rest, ok := strings.Cut(w, "-"); ok && titleTimeWords[strings.ToLower(pre)] && rest != "" {
		return rest
	}
	return w
}

// titleOfObject reports whether the capitalised words ending at token last are
// the object of a title's "of": "Secretary of State", "Chief of Staff",
// "Secretary of Homeland Security".
func titleOfObject(d *nlp.Doc, last, sentStart int) bool {
	for j := last - 1; j > sentStart && j >= last-2; j-- {
		if d.TokenText(j) == "of" {
			return titleHead(d.TokenText(j - 1))
		}
		if !unicode.IsUpper([]rune(d.TokenText(j))[0]) {
			return false
		}
	}
	return false
}

// titleWords are the words for an office, rank or role whose ending does
// not tell it.
var titleWords = map[string]bool{
	"justice": true, "judge": true, "general": true, "whip": true, "sheriff": true,
	"captain": true, "chief": true, "chair": true, "candidate": true, "nominee": true,
	"host": true, "attorney": true, "coach": true, "bishop": true, "cardinal": true,
	"pope": true, "king": true, "queen": true, "prince": true, "princess": true,
	"emir": true, "sultan": true, "sheikh": true, "marshal": true, "admiral": true,
	"colonel": true, "major": true, "sergeant": true, "corporal": true, "private": true,
	"deputy": true, "envoy": true, "aide": true, "delegate": true, "rabbi": true,
	"imam": true, "pastor": true, "reverend": true, "czar": true, "tsar": true,
}

// courtesyTitles come before any adult's name and say nothing of who the
// person is; a newspaper's style decides them, not its view of the
// person.
var courtesyTitles = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Mx": true, "Messrs": true, "Mmes": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true}

// appositiveSpan finds ", the top US diplomat," after a mention.
func appositiveSpan(d *nlp.Doc, m nlp.Mention) (from, to int, ok bool) {
	ti := tokenEnding(d, m.End)
	s := d.Sentences[m.Sent]
	if ti < 0 || ti+2 >= s.TokEnd || d.TokenText(ti+1) != "," {
		return 0, 0, false
	}
	start := ti + 2
	first := d.TokenText(start)
	possessive := start+1 < s.TokEnd && (d.TokenText(start+1) == "’s" || d.TokenText(start+1) == "'s")
	if !determiners[strings.ToLower(first)] && !possessive {
		return 0, 0, false
	}
	noun, words, lower := false, 0, false
	for j := start; j < s.TokEnd; j++ {
		text := d.TokenText(j)
		if text == "," {
			if !noun || words > maxAppositive {
				return 0, 0, false
			}
			if strings.EqualFold(first, "the") && !lower {
				// "the" and a name: the next item of a list ("Canada,
				// the European Union, and Japan"), not a
				// description.
				return 0, 0, false
			}
			return d.Tokens[start].Start, d.Tokens[j-1].End, true
		}
		if !nlp.IsWord(text) && text != "’s" && text != "'s" {
			return 0, 0, false
		}
		if strings.HasPrefix(d.Tokens[j].Tag, "NN") {
			noun = true
		}
		if j > start && unicode.IsLower([]rune(text)[0]) {
			lower = true
		}
		if strings.HasPrefix(d.Tokens[j].Tag, "VB") && d.Tokens[j].Tag != "VBN" && d.Tokens[j].Tag != "VBG" {
			return 0, 0, false // a clause, not an appositive
		}
		words++
	}
	return 0, 0, false
}

// phraseSpan finds the noun phrase that describes a place or group
// mention itself: its act, with modifiers before it and a noun of
// actNouns after it ("supposed Russian aggression"), or what kind of
// thing or which part of it is meant, a phrase of kindNouns before "of"
// ("the breakaway regions of eastern Ukraine").
func phraseSpan(d *nlp.Doc, m nlp.Mention) (from, to int, ok bool) {
	t0, t1 := tokenAt(d, m.Start), tokenEnding(d, m.End)
	if t0 < 0 || t1 < 0 {
		return 0, 0, false
	}
	s := d.Sentences[m.Sent]
	isNoun := func(j int) bool {
		return j >= s.TokStart && j < s.TokEnd && strings.HasPrefix(d.Tokens[j].Tag, "NN") && !strings.HasPrefix(d.Tokens[j].Tag, "NNP") && nlp.IsWord(d.TokenText(j))
	}
	isMod := func(j int) bool {
		if j < s.TokStart || j >= s.TokEnd {
			return false
		}
		t := d.Tokens[j].Tag
		return (strings.HasPrefix(t, "JJ") || t == "VBN") && nlp.IsWord(d.TokenText(j))
	}
	// Nouns after: "Russian aggression", "Western sanctions". The phrase
	// names the entity's act only when the entity is written as an
	// adjective and the head noun is an act ("Russian aggression"); the
	// other nouns a name modifies are other referents: the state's people
	// or officials ("American people", "Boston officials"), its things
	// ("Vermont law", "Acme video"), or what happened there ("the
	// Vermont shooting").
	end := t1
	for j := t1 + 1; j < t1+1+maxPhraseAfter && isNoun(j); j++ {
		end = j
	}
	if end > t1 && (!strings.HasPrefix(d.Tokens[t1].Tag, "JJ") || !actNouns[strings.ToLower(d.TokenText(end))]) {
		return 0, 0, false
	}
	// Modifiers before, unless a verb's auxiliary comes before them: in
	// "he was not insulting Palestinian culture" the participle is the
	// verb, not what the outlet calls the culture.
	start := t0
	for j := t0 - 1; j > t0-1-maxPhraseBefore && isMod(j); j-- {
		start = j
	}
	for start < t0 && start > s.TokStart && auxiliaries[strings.ToLower(d.TokenText(start-1))] {
		start++
	}
	if end > t1 {
		return d.Tokens[start].Start, d.Tokens[end].End, true
	}
	// "N of [modifiers] <mention>", where the mention ends the phrase: in
	// "the endorsement of former Polish President Whitfield", "assessment
	// of Britain's readiness" or "surveys of Americans watching", the
	// phrase is of someone or something else.
	j := start - 1
	if j > s.TokStart && d.TokenText(j) == "of" && endsPhrase(d, t1+1, s.TokEnd) {
		k := j - 1
		if !isNoun(k) || !kindNouns[strings.ToLower(d.TokenText(k))] {
			return 0, 0, false // "the people of Alden", "members of Congress"
		}
		first := k
		for k--; k >= s.TokStart && k > j-1-maxPhraseAfter-maxPhraseBefore && (isNoun(k) || isMod(k)); k-- {
			first = k
		}
		if k >= s.TokStart && strings.EqualFold(d.TokenText(k), "the") {
			first = k
		}
		return d.Tokens[first].Start, d.Tokens[t1].End, true
	}
	return 0, 0, false
}

// endsPhrase reports whether token j, the one after a mention, ends the
// noun phrase the mention is in: no noun, adjective, possessive or
// participle follows it ("Catholic social teaching", "Americans
// watching"). A finite verb may: "the people of Alden want".
func endsPhrase(d *nlp.Doc, j, sentEnd int) bool {
	if j >= sentEnd {
		return true
	}
	t, tag := d.TokenText(j), d.Tokens[j].Tag
	switch {
	case t == "'s" || t == "’s" || tag == "POS":
		return false
	case strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "JJ"):
		return !nlp.IsWord(t) // the tagger calls a dash a noun at times
	case tag == "VBG" || tag == "VBN":
		return ingPrepositions[strings.ToLower(t)]
	}
	return true
}

// actNouns are nouns for an act, campaign or stance a state or group is
// said to take. A place or group written as an adjective before one of
// them is the actor, and the phrase is how the outlet frames the act
// ("Russian aggression", "Western sanctions"); before any other noun it
// names something else (the "American people", a "Catholic
// university").
var actNouns = map[string]bool{
	"aggression": true, "aggressiveness": true, "belligerence": true, "hostility": true,
	"attack": true, "attacks": true, "assault": true, "invasion": true, "incursion": true,
	"intervention": true, "interference": true, "meddling": true, "occupation": true,
	"annexation": true, "shelling": true, "bombing": true, "bombardment": true,
	"airstrikes": true, "offensive": true, "provocation": true, "provocations": true,
	"propaganda": true, "expansion": true, "expansionism": true, "imperialism": true,
	"militarism": true, "hegemony": true, "threat": true, "threats": true,
	"crackdown": true, "repression": true, "action": true, "actions": true,
	"involvement": true, "pressure": true, "sanctions": true, "opposition": true,
	"resistance": true, "defiance": true, "refusal": true, "intransigence": true,
	"support": true, "aid": true, "assistance": true, "diplomacy": true,
}

// kindNouns say what kind of thing the entity after "of" is: "the state
// of Ohio", "the thorny issue of Medicaid", or which part of a
// place ("the breakaway regions of eastern Ukraine"). The other nouns
// before "of" name another referent: its people, members or officials
// ("the people of Alden", "members of Congress"), or a thing of it
// ("the cost of Medicaid").
var kindNouns = map[string]bool{
	"state": true, "city": true, "town": true, "village": true, "country": true,
	"nation": true, "republic": true, "kingdom": true, "island": true, "county": true,
	"province": true, "provinces": true, "territory": true, "territories": true,
	"region": true, "regions": true, "district": true, "borough": true,
	"part": true, "parts": true, "area": true, "areas": true,
	"issue": true, "question": true, "subject": true, "topic": true, "matter": true,
}

// ingPrepositions are participles that work as prepositions: "members of
// Congress regarding their accounts".
var ingPrepositions = map[string]bool{
	"regarding": true, "including": true, "concerning": true, "following": true,
	"according": true, "excluding": true, "considering": true,
}

// auxiliaries come before a verb's participle, never before an adjective
// of a noun phrase's: "was not insulting", "has been".
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"am": true, "not": true, "n't": true, "has": true, "have": true, "had": true,
}
