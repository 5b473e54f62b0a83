package target

// Features: where the tone words of a sentence stand relative to the
// target.
//
// Algorithm, per mention (O(tokens of its sentence)):
//
//	sentence ─VADER, names and the target masked─▶ words with values
//	         ─news lexicon (news.go)─▶ words with learned tone and charge
//	tokens ─clause breaks (, ; : — brackets, "but", "because", "who",
//	  "which", ...)─▶ the target's clause
//	clause ─verb groups by POS tag (auxiliaries, "not", adverbs joined to
//	  the verb they lead to)─▶ the verb group after the target (the target
//	  is its subject) and before it (the target is its object)
//	each tone word ─▶ one group below; feature = the group's positive
//	  values summed, and its negative values summed (as a positive number),
//	  once for VADER's values and once for the news lexicon's tones
//
// Groups, in the order a word is claimed (the first that fits):
//
//	spoken   inside a quote the target is the speaker of: the target's
//	         words, not words about it
//	harmed   physical harm done to the target, or a death it suffered,
//	         from the cue list of harm.go: a harm word in the verb group
//	         whose object it is ("police shot X"), its passive verb group
//	         ("X was shot and killed"), a noun of harm it is the
//	         complement or the possessor of ("the killing of X", "X's
//	         death"), "X died", and in a relative clause or after an
//	         appositive ("X, who was shot", "X, 46, died", "X, a man
//	         killed by police"); not "X was charged with murder" (see
//	         harm.go). Around a noun of harm, the words that would be
//	         acted, acts or object are the harm's ("protests over the
//	         death of X"). Harm is not criticism: NewsMTSC's annotators
//	         read most such targets as neutral, "X was slammed" as
//	         negative
//	acted    what is done to the target: a verb group before it in its
//	         clause whose object it is ("critics slammed X"), a passive
//	         verb group after it ("X was criticised"), the complement of
//	         "is", "seems", "becomes" after it ("X is corrupt"), words
//	         modifying it ("the embattled X")
//	acts     what the target does: an active verb group after it ("X
//	         slammed ..."), a passive verb group before "by X"
//	object   the rest of a clause the target is the subject of: what the
//	         target acts on ("X slammed the corrupt deal")
//	clause   the rest of the target's clause
//	other    the sentence's other clauses
//
// And: the whole sentence's VADER compound with names and the target
// masked; whether the target stands inside a quotation (its words are
// then the speaker's) and whether it speaks a quotation of its sentence;
// whether it is the subject of an active verb group, or an object or a
// passive subject; whether "'s" follows it; the number of other names in
// its sentence; the news lexicon's charge (how far the words lean either
// way) summed in its clause and in the other clauses; all tone values
// weighted by exp(-d/4), d the distance in tokens from the target
// ("near"); whether a preposition comes before it ("in Honolulu", not
// "by X"); and whether harm is done to it ("harmed", 1 when a word stands
// in the harmed group, rated by VADER or the news lexicon or not: "shot"
// is in neither). The words of the harmed group count in no other
// feature (the charge and near ones included), so that the classifier
// weighs harm apart from the rest; the sentence's compound still holds
// them. Negation, boosters and "but" are VADER's own: a word's value is
// its part in the sentence's score.
//
// Limits: prose has no parser, so the subject and object are guessed from
// word order: the verb group nearest after the target within its clause
// is the one it is the subject of. A target in a list ("X and Y
// slammed...") is the subject; a relative clause ("X, who was praised by
// Y, ...") is a clause of its own, so "praised" counts as other there
// (harm is the exception: "X, who was shot" is harmed).

import (
	"math"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// group is where a tone word stands relative to the target.
type group int

const (
	gSpoken group = iota
	gHarmed
	gActed
	gActs
	gObject
	gClause
	gOther
	nGroups
)

var groupNames = [nGroups]string{"spoken", "harmed", "acted", "acts", "object", "clause", "other"}

// Feature indexes: the groups' positive and negative sums of VADER
// values, then of the news lexicon's values, then the rest.
const fNews = 2 * int(nGroups)

const (
	fSentence     = 4*int(nGroups) + iota // the sentence's compound
	fInQuote                              // 1 when the target is inside a quotation
	fSpeaker                              // 1 when the target speaks a quotation of its sentence
	fSubject                              // 1 when the target is the subject of an active verb group
	fPatient                              // 1 when it is an object or a passive subject
	fPossessive                           // 1 when it is followed by "'s"
	fOthers                               // the number of other names in its sentence
	fChargeClause                         // the news lexicon's charge in its clause
	fChargeOther                          // and in the other clauses
	fNearPos                              // positive values weighted by exp(-distance/4)
	fNearNeg                              // negative values, the same
	fPrep                                 // 1 when a preposition comes before it
	fHarmed                               // 1 when a word of harm done to it stands in its harmed group
	nFeatures
)

// FeatureNames names the features in the order of a model's weights.
func FeatureNames() []string {
	out := make([]string, 0, nFeatures)
	for _, g := range groupNames {
		out = append(out, g+"+", g+"-")
	}
	for _, g := range groupNames {
		out = append(out, "news_"+g+"+", "news_"+g+"-")
	}
	return append(out, "sentence", "in_quote", "speaker", "subject", "patient", "possessive", "others", "charge_clause", "charge_other", "near+", "near-", "prep", "harmed")
}

// clauseWords end a clause before them: subordinators, relative pronouns
// and the coordinators that join clauses rather than names.
var clauseWords = map[string]bool{
	"but": true, "yet": true, "because": true, "although": true, "though": true,
	"while": true, "whereas": true, "unless": true, "since": true, "if": true,
	"when": true, "whether": true, "after": true, "before": true, "until": true,
	"who": true, "whom": true, "whose": true, "which": true,
}

// copulas link a subject to what is said of it ("X is corrupt").
var copulas = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"'s": true, "’s": true, "'re": true, "’re": true,
	"seems": true, "seemed": true, "appears": true, "appeared": true,
	"becomes": true, "became": true, "remains": true, "remained": true,
	"looks": true, "looked": true,
}

// auxiliaries lead to the verb they serve ("has been criticised").
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "having": true,
	"do": true, "does": true, "did": true,
	"get": true, "gets": true, "got": true, "gotten": true, "getting": true,
}

// scene is one sentence prepared for scoring its mentions: tokens, clause
// of each token, and the tone words with the token each starts in.
type scene struct {
	d          *nlp.Doc
	sent       int
	tok0, tok1 int   // the sentence's tokens in d.Tokens
	clause     []int // per token of the sentence, its clause number
	// The sentence read with its names masked, once read is set.
	read bool
	p    nlp.Polarity
	keys []lexKey
}

func newScene(d *nlp.Doc, si int) *scene {
	s := d.Sentences[si]
	sc := &scene{d: d, sent: si, tok0: s.TokStart, tok1: s.TokEnd}
	sc.clause = make([]int, s.TokEnd-s.TokStart)
	c := 0
	for i := s.TokStart; i < s.TokEnd; i++ {
		text := strings.ToLower(d.TokenText(i))
		t := d.Tokens[i]
		switch {
		case text == "," || text == ";" || text == ":" || text == "—" || text == "–" || text == "--" ||
			text == "(" || text == ")" || text == "[" || text == "]":
			c++
			sc.clause[i-s.TokStart] = -1 // a break belongs to no clause
			continue
		case clauseWords[text] && (t.Tag == "IN" || t.Tag == "CC" || t.Tag == "WP" || t.Tag == "WDT" || t.Tag == "WRB" || t.Tag == "WP$"):
			c++
		case text == "that" && t.Tag == "WDT":
			c++
		}
		sc.clause[i-s.TokStart] = c
	}
	return sc
}

// tokenAt returns the index in d.Tokens of the token holding byte off, or
// of the first token after it; -1 when off is past the sentence.
func (sc *scene) tokenAt(off int) int {
	for i := sc.tok0; i < sc.tok1; i++ {
		if sc.d.Tokens[i].End > off {
			return i
		}
	}
	return -1
}

func (sc *scene) clauseOf(i int) int { return sc.clause[i-sc.tok0] }

// isVerb reports whether token i is a verb by its tag and is a word (prose
// tags "—" as a verb).
func (sc *scene) isVerb(i int) bool {
	return strings.HasPrefix(sc.d.Tokens[i].Tag, "VB") && nlp.IsWord(sc.d.TokenText(i))
}

// verbGroup is a run of verbs with the adverbs, "not" and "to" between
// them: "has not been criticised", "refused to condemn".
type verbGroup struct {
	from, to int // tokens [from, to) in d.Tokens
	passive  bool
	copula   bool // the group's last verb links a complement: "is", "became"
}

// groupAround returns the verb group holding token i.
func (sc *scene) groupAround(i int) verbGroup {
	joins := func(k int) bool {
		if sc.isVerb(k) {
			return true
		}
		tag := sc.d.Tokens[k].Tag
		return tag == "RB" || tag == "MD" || tag == "TO"
	}
	from, to := i, i+1
	for from > sc.tok0 && joins(from-1) && sc.clauseOf(from-1) == sc.clauseOf(i) {
		from--
	}
	for to < sc.tok1 && joins(to) && sc.clauseOf(to) == sc.clauseOf(i) {
		to++
	}
	// Trim adverbs at the ends: they belong to the group only between verbs.
	for from < to && !sc.isVerb(from) && sc.d.Tokens[from].Tag != "MD" {
		from++
	}
	for to > from && !sc.isVerb(to-1) {
		to--
	}
	g := verbGroup{from: from, to: to}
	last := to - 1
	be := false
	for k := from; k < last; k++ {
		w := strings.ToLower(sc.d.TokenText(k))
		if copulas[w] || w == "get" || w == "got" || w == "gets" || w == "getting" || w == "gotten" {
			be = true
		}
	}
	lastWord := strings.ToLower(sc.d.TokenText(last))
	g.passive = be && sc.d.Tokens[last].Tag == "VBN"
	g.copula = copulas[lastWord] && !auxiliaries[lastWord]
	return g
}

// roles is where a target stands in its sentence: its tokens, its
// clause, the verb groups around it and the quotations it speaks.
type roles struct {
	sc      *scene
	a, b    int // the target's tokens [a, b) in d.Tokens; a < 0 if none
	clause  int
	before  verbGroup // the verb group before the target in its clause; from < 0 if none
	after   verbGroup // the verb group after it
	byAgent bool      // "... was criticised by X"
	inQuote bool
	spoken  []corpus.Span // quotations of the sentence the target speaks
	others  int           // other names in the sentence
	harmed  map[int]bool  // tokens naming harm done to the target (harm.go)
}

// rolesOf finds the target tgt (byte offsets in d.Text) in the scene.
func (sc *scene) rolesOf(tgt corpus.Span) *roles {
	d := sc.d
	r := &roles{sc: sc, a: sc.tokenAt(tgt.Start), before: verbGroup{from: -1}, after: verbGroup{from: -1}}
	name := sc.nameOf(tgt)
	s := d.Sentences[sc.sent]
	for _, m := range d.Entities {
		if m.Start >= s.Start && m.End <= s.End && !(m.Start < tgt.End && tgt.Start < m.End) && m.Name != name {
			r.others++
		}
	}
	for _, q := range d.Quotes {
		if q.Sent != sc.sent && d.SentenceAt(q.End-1) != sc.sent {
			continue
		}
		if q.Start <= tgt.Start && tgt.End <= q.End {
			r.inQuote = true
			continue
		}
		if name != "" && q.Speaker == name {
			r.spoken = append(r.spoken, corpus.Span{Start: q.Start, End: q.End})
		}
	}
	if r.a < 0 {
		return r
	}
	a := r.a
	b := a + 1
	for b < sc.tok1 && d.Tokens[b].Start < tgt.End {
		b++
	}
	r.b = b
	r.clause = sc.clauseOf(a)
	if r.clause < 0 {
		r.clause = sc.clauseOf(min(b, sc.tok1-1))
	}
	// The verb groups: after the target (it is their subject) and before
	// it (it is their object), within its clause.
	for i := b; i < sc.tok1 && sc.clauseOf(i) == r.clause; i++ {
		if sc.isVerb(i) {
			r.after = sc.groupAround(i)
			break
		}
	}
	for i := a - 1; i >= sc.tok0 && sc.clauseOf(i) == r.clause; i-- {
		if sc.isVerb(i) {
			r.before = sc.groupAround(i)
			break
		}
	}
	r.byAgent = a > sc.tok0 && strings.EqualFold(d.TokenText(a-1), "by") && r.before.from >= 0 && r.before.passive
	r.harmed = r.harmedTokens()
	return r
}

// group returns the group of the word at bytes [start, end).
func (r *roles) group(start, end int) group {
	for _, s := range r.spoken {
		if s.Start <= start && end <= s.End {
			return gSpoken
		}
	}
	sc := r.sc
	if r.a < 0 {
		return gOther
	}
	i := sc.tokenAt(start)
	if i >= 0 && r.harmed[i] {
		return gHarmed
	}
	if i < 0 || sc.clauseOf(i) != r.clause {
		return gOther
	}
	before, after := r.before, r.after
	switch {
	case before.from >= 0 && i >= before.from && i < before.to:
		if r.byAgent {
			return gActs
		}
		return gActed
	case after.from >= 0 && i >= after.from && i < after.to:
		if after.passive || after.copula {
			return gActed
		}
		return gActs
	case after.from >= 0 && i >= after.to:
		if after.passive || after.copula {
			return gActed // "X is a disgrace", "X was called corrupt"
		}
		return gObject
	case i < r.a && (before.from < 0 || i >= before.to):
		// Between the verb before (or the clause's start) and the
		// target: its modifiers, "the embattled X".
		return gActed
	}
	return gClause
}

// features computes the feature vector of the target, given the sentence's VADER reading with names and the target
// masked, and the news lexicon's words (nil for none).
func (r *roles) features(p nlp.Polarity, news, charges []nlp.Valence) []float64 {
	x := make([]float64, nFeatures)
	x[fSentence] = p.Compound
	if r.inQuote {
		x[fInQuote] = 1
	}
	if len(r.spoken) > 0 {
		x[fSpeaker] = 1
	}
	if r.a >= 0 {
		switch {
		case r.before.from >= 0 && !r.byAgent, r.after.from >= 0 && (r.after.passive || r.after.copula):
			x[fPatient] = 1
		case r.after.from >= 0, r.byAgent:
			x[fSubject] = 1
		}
		if r.b < r.sc.tok1 && r.sc.d.Tokens[r.b].Tag == "POS" {
			x[fPossessive] = 1
		}
		x[fOthers] = float64(r.others)
		if len(r.harmed) > 0 {
			x[fHarmed] = 1
		}
		// A preposition before the target (and its determiner): "in
		// Honolulu", "to the White House", but not "by X", the agent.
		k := r.a - 1
		for k >= r.sc.tok0 && r.sc.d.Tokens[k].Tag == "DT" {
			k--
		}
		if k >= r.sc.tok0 && !r.byAgent {
			if tag := r.sc.d.Tokens[k].Tag; tag == "IN" || tag == "TO" {
				x[fPrep] = 1
			}
		}
	}
	add := func(base int, ws []nlp.Valence) {
		for _, w := range ws {
			g := r.group(w.Start, w.End)
			if w.Value > 0 {
				x[base+2*int(g)] += w.Value
			} else {
				x[base+2*int(g)+1] -= w.Value
			}
		}
	}
	add(0, p.Words)
	add(fNews, news)
	for _, ws := range [][]nlp.Valence{p.Words, news} {
		for _, w := range ws {
			i := r.sc.tokenAt(w.Start)
			if r.a < 0 || i < 0 || r.harmed[i] {
				continue
			}
			dist := 0
			if i < r.a {
				dist = r.a - i
			} else if i >= r.b {
				dist = i - r.b + 1
			}
			wt := math.Exp(-float64(dist) / 4)
			if w.Value > 0 {
				x[fNearPos] += wt * w.Value
			} else {
				x[fNearNeg] -= wt * w.Value
			}
		}
	}
	for _, w := range charges {
		switch g := r.group(w.Start, w.End); g {
		case gHarmed:
			// Harm done to the target is weighed in its own group.
		case gOther, gSpoken:
			x[fChargeOther] += w.Value
		default:
			x[fChargeClause] += w.Value
		}
	}
	return x
}

// nameOf returns the normalised name of the entity mention at tgt, or "".
func (sc *scene) nameOf(tgt corpus.Span) string {
	for _, m := range sc.d.Entities {
		if m.Start < tgt.End && tgt.Start < m.End {
			return m.Name
		}
	}
	return ""
}

// polarity reads sentence si with VADER, the spans of names (the tone
// mask's names and the target) masked; word offsets are offsets of d.Text.
func polarity(d *nlp.Doc, si int, names []corpus.Span) nlp.Polarity {
	s := d.Sentences[si]
	var mask []corpus.Span
	for _, m := range names {
		if m.Start < s.End && s.Start < m.End {
			mask = append(mask, corpus.Span{Start: max(m.Start, s.Start) - s.Start, End: min(m.End, s.End) - s.Start})
		}
	}
	p := nlp.Sentiment(d.Text[s.Start:s.End], mask)
	for k := range p.Words {
		p.Words[k].Start += s.Start
		p.Words[k].End += s.Start
	}
	return p
}
