package nlp

// Mending the segmenter's sentence breaks.
//
// prose's segmenter (Punkt, trained on general English) ends a sentence
// after an abbreviation it does not know, or knows but reads as final
// before a capitalised word it has not seen: "Sen. || Bob Menendez said",
// "Mr. || Sellers responded", "Susan E. || Rice", "FERGUSON, Mo. || —
// Attorney General". Every stage that reads sentences then errs with it:
// a quote's speaker is looked for in a sentence holding only "Sen.", a
// lead sentence is a title, a sentence's tone misses its subject.
//
// mendBreaks joins a sentence to the next one in the same paragraph when
// the break cannot end a sentence:
//
//   - the sentence ends with a title abbreviation that stands before a
//     name (titleAbbrevs: "Sen.", "Rep.", "Gov.", "Mr.", "Dr.", "Capt.",
//     "Rev."...), which a sentence does not end with in news prose;
//   - it ends with a capital initial after a capitalised word and the next
//     sentence starts with a capitalised word that is no function word
//     ("Eric H. || Holder", not "Plan B. || The");
//   - it ends with a place's abbreviation and the next sentence starts
//     with a dash: a dateline ("KANSAS CITY, Mo. — Leaders ...").
//
// A state's abbreviation before a capitalised word is left a break: "held
// in Tempe, Ariz. It will be" ends a sentence as often as not.
//
// Initials with inner stops ("U.S.", "D.C.") end a sentence as often as
// they open a body's name, and the segmenter cuts both: "the U.S. ||
// Marshals Service", "acting head of U.S. || Citizenship and Immigration
// Services, told". Such a break is mended only where the next sentence
// starts with a capitalised word that is no function word and either the
// entity model read one name across the break that is not a person's
// (a person's would be "in the U.S. || Trump said", the model running
// two sentences together), or the word is a role ("two U.S. ||
// Senators"). "in the U.S. || It was" and "in the U.S. || Infections
// rose" stay two.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleAbbrevs are abbreviated titles written before a name. Case
// matters: "Gen." is a title, "gen." is not a word that ends sentences
// either way, and a lower-case word is no title.
var titleAbbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Messrs": true, "Dr": true, "Drs": true, "Prof": true,
	"Sen": true, "Sens": true, "Rep": true, "Reps": true, "Gov": true, "Govs": true, "Cong": true,
	"Lt": true, "Col": true, "Gen": true, "Maj": true, "Capt": true, "Cmdr": true, "Cdr": true,
	"Adm": true, "Sgt": true, "Cpl": true, "Pvt": true, "Brig": true, "Insp": true, "Det": true,
	"Supt": true, "Rev": true, "Msgr": true, "Fr": true, "Hon": true, "Amb": true, "Atty": true,
	"Pres": true, "Sec": true, "Gens": true, "Cols": true, "Lts": true,
}

// monthAbbrevs are the months as news abbreviates them before a day
// ("Feb. 3", "Sept. 11").
var monthAbbrevs = map[string]bool{
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}

// sentenceBreak is a sentence's extent within a paragraph's text.
type sentenceBreak struct{ start, end int }

// nameSpan is the extent of a name the entity model read in a paragraph's
// text, and whether it read a person's.
type nameSpan struct {
	start, end int
	person     bool
}

// mendBreaks joins, in text, the sentences broken where no sentence ends
// (see the comment atop this file). sents are in order and do not
// overlap; the result covers the same text. names are the entity model's
// names in text, in any order.
func mendBreaks(text string, sents []sentenceBreak, names []nameSpan) []sentenceBreak {
	if len(sents) < 2 {
		return sents
	}
	out := []sentenceBreak{sents[0]}
	for _, s := range sents[1:] {
		last := &out[len(out)-1]
		if joins(text[last.start:last.end], text[s.start:s.end], nameAcross(names, last.end, s.start)) {
			last.end = s.end
			continue
		}
		out = append(out, s)
	}
	return out
}

// nameAcross reports whether a name that is no person's starts before end
// and ends after start: one name read across a break.
func nameAcross(names []nameSpan, end, start int) bool {
	for _, n := range names {
		if !n.person && n.start < end && n.end > start {
			return true
		}
	}
	return false
}

// joins says whether a sentence ending as prev does and one starting as
// next are one sentence; named says whether the entity model read a name
// that is no person's across the break.
func joins(prev, next string, named bool) bool {
	prev = strings.TrimRightFunc(prev, unicode.IsSpace)
	if !strings.HasSuffix(prev, ".") {
		return false
	}
	body := prev[:len(prev)-1]
	i := strings.LastIndexFunc(body, func(r rune) bool { return !unicode.IsLetter(r) })
	word := body[i+1:]
	if word == "" {
		return false
	}
	next = strings.TrimLeftFunc(next, unicode.IsSpace)
	if i >= 0 && body[i] == '.' {
		// "U.S.", "D.C.": see the comment atop this file.
		w := firstWord(next)
		return isCapitalised(w) && !isFunctionWord(w) && (named || roleOrRoles(w))
	}
	first, _ := utf8.DecodeRuneInString(next)
	switch {
	case titleAbbrevs[word]:
		return unicode.IsUpper(first)
	case word == "v":
		// A court case's "v." ("Roe v. Wade"): no sentence ends in
		// the letter.
		return unicode.IsUpper(first)
	case partyAbbrevs[word] && word != "No":
		// "Tempe Bd. of Education", "Acme Inc. and its rivals": a
		// body's abbreviation ends a sentence only before a capital.
		return !unicode.IsUpper(first)
	case monthAbbrevs[word] || word == "No" || word == "Nos":
		// "Feb. 3", "No. 2": an abbreviation before a number.
		return unicode.IsDigit(first)
	case first == '—' || first == '–' || strings.HasPrefix(next, "--") || strings.HasPrefix(next, "- "):
		// A dateline's place: "FERGUSON, Mo. — ". A sentence that ends
		// before a dash starting the next is rare enough in news.
		return isAbbrevLike(word)
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper(first):
		return unicode.IsUpper([]rune(word)[0]) && capitalisedBefore(body[:i+1]) && !isFunctionWord(firstWord(next))
	}
	return false
}

// isAbbrevLike says whether word looks like an abbreviation: capitalised
// and at most five letters ("Mo", "Ariz", "Calif"); the dash after it,
// which the caller asks for, is what makes it a dateline.
func isAbbrevLike(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r) && utf8.RuneCountInString(word) <= 5
}

// capitalisedBefore says whether the word before an initial is
// capitalised: a first name ("Eric H."), not a sentence's last word ("plan
// B." after a lower-case word is read as a break).
func capitalisedBefore(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	w := s[i+1:]
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsUpper(r) && !isFunctionWord(w)
}

// roleOrRoles says whether w (any case) is a role written before a name
// (isRoleWord), or its plural: "Senator", "Senators".
func roleOrRoles(w string) bool {
	w = strings.ToLower(w)
	return isRoleWord(w) || strings.HasSuffix(w, "s") && isRoleWord(w[:len(w)-1])
}

// firstWord returns the letters that start s.
func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if i < 0 {
		return s
	}
	return s[:i]
}

// isFunctionWord says whether w (any case) is a stop word: "The", "In",
// "But" start sentences; a surname after an initial is none of them.
func isFunctionWord(w string) bool {
	return w != "" && builtinStopwords()[strings.ToLower(w)]
}
