package target

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/refer"
)

// Tone is the tone toward one mention of an entity.
type Tone struct {
	// Score is P(pos) − P(neg), in [-1, 1].
	Score float64
	// Label is the most probable class.
	Label Class
	// P is P(neg), P(neu), P(pos).
	P [nClasses]float64
}

// Reader scores targets in one document; it keeps the document's name
// mask and sentence scenes between calls. Not safe for concurrent use.
type Reader struct {
	m      *Model
	d      *nlp.Doc
	names  []corpus.Span
	scenes map[int]*scene
	stem   nlp.Stemmer
	// own are the document's own-voice sentence tones when the caller
	// has them (OwnVoice), and touched says which sentences a quotation
	// touches.
	own     []nlp.Polarity
	touched []bool
}

// NewReader prepares d for scoring with m.
func (m *Model) NewReader(d *nlp.Doc) *Reader { return m.NewReaderWith(d, nil) }

// NewReaderWith is NewReader stemming with st, a cache the caller keeps
// from one document to the next (one goroutine's: nlp.Stemmer is not
// safe for concurrent use). A reader made for each document with a
// cache of its own found every word of the document missing from it and
// went to the process-wide cache for it, word by word. A nil st is a
// cache of the reader's own.
func (m *Model) NewReaderWith(d *nlp.Doc, st nlp.Stemmer) *Reader {
	if st == nil {
		st = nlp.Stemmer{}
	}
	return &Reader{m: m, d: d, names: d.ToneMask(), scenes: map[int]*scene{}, stem: st}
}

// OwnVoice hands the reader the document's own-voice sentence tones
// (nlp.Doc.OwnVoiceTones, one per sentence), which a caller framing the
// document has computed already. A sentence that no quotation touches is
// masked the same way for both, its names and nothing else, so its tone
// with the names masked is taken from them instead of being scored by
// VADER again; the others are scored as before. Tones of another length
// than the sentences are ignored.
func (r *Reader) OwnVoice(tones []nlp.Polarity) {
	if len(tones) != len(r.d.Sentences) {
		return
	}
	r.own = tones
	r.touched = make([]bool, len(r.d.Sentences))
	for si, s := range r.d.Sentences {
		for _, q := range r.d.Quotes {
			// As OwnVoiceTones and polarity decide that a span masks
			// part of a sentence.
			if q.Start < s.End && s.Start < q.End {
				r.touched[si] = true
				break
			}
		}
	}
}

// namesOnly returns the tone of sentence si with the names masked, from
// OwnVoice where it is the same, else from VADER.
func (r *Reader) namesOnly(si int) nlp.Polarity {
	if r.own != nil && !r.touched[si] {
		return r.own[si]
	}
	return polarity(r.d, si, r.names)
}

// Sample is a target read in its sentence, before any lexicon is applied:
// what training keeps of each example.
type Sample struct {
	r    *roles
	p    nlp.Polarity
	keys []lexKey
}

// Sample reads the target tgt (byte offsets in the document's text).
func (r *Reader) Sample(tgt corpus.Span) Sample {
	si := r.d.SentenceAt(tgt.Start)
	if si < 0 || si >= len(r.d.Sentences) {
		return Sample{}
	}
	sc := r.scenes[si]
	if sc == nil {
		sc = newScene(r.d, si)
		r.scenes[si] = sc
	}
	ro := sc.rolesOf(tgt)
	if covered(r.names, tgt) {
		// The target is one of the masked names, as an entity mention
		// usually is: the sentence reads the same for every such target,
		// so its reading is kept in the scene.
		if !sc.read {
			sc.p, sc.keys, sc.read = r.namesOnly(si), lexKeys(r.d, si, r.names, r.stem), true
		}
		return Sample{r: ro, p: sc.p, keys: sc.keys}
	}
	mask := append(slices.Clip(r.names), tgt)
	return Sample{r: ro, p: polarity(r.d, si, mask), keys: lexKeys(r.d, si, mask, r.stem)}
}

// Features returns the sample's feature vector with lexicon lex, in the
// order of FeatureNames.
func (s Sample) Features(lex Lexicon) []float64 {
	if s.r == nil {
		return make([]float64, nFeatures)
	}
	tone, charge := lex.values(s.keys)
	return s.r.features(s.p, tone, charge)
}

// Features returns the feature vector of the target tgt with the model's
// lexicon.
func (r *Reader) Features(tgt corpus.Span) []float64 {
	return r.Sample(tgt).Features(r.m.Lexicon)
}

// Tone returns the tone toward the target tgt.
func (r *Reader) Tone(tgt corpus.Span) Tone {
	return r.Read(tgt).Tone
}

// Reading is the tone toward a target with the evidence a reader can
// check: VADER's words in the target's own clause (what is done to it,
// what it does, the rest of its clause), each with its value in VADER's
// reading of the sentence with names masked. The classifier reads more
// than these (its news lexicon, the other clauses), but these are the
// words said of the target. Words of harm done to it ("X was shot", the
// harmed group of features.go) are not among them: harm suffered is no
// tone toward the one who suffers it.
type Reading struct {
	Tone
	Words []nlp.Valence
}

// Read returns the tone toward the target tgt and its clause's tone words.
func (r *Reader) Read(tgt corpus.Span) Reading {
	s := r.Sample(tgt)
	p := r.m.Probs(s.Features(r.m.Lexicon))
	t := Tone{Score: p[Pos] - p[Neg], P: p, Label: Neu}
	for c := range nClasses {
		if p[c] > p[t.Label] {
			t.Label = c
		}
	}
	out := Reading{Tone: t}
	if s.r != nil {
		for _, w := range s.p.Words {
			switch s.r.group(w.Start, w.End) {
			case gActed, gActs, gObject, gClause:
				out.Words = append(out.Words, w)
			}
		}
	}
	return out
}

// Mentions returns the tone toward each of d.Entities, in their order.
func (m *Model) Mentions(d *nlp.Doc) []Tone {
	r := m.NewReader(d)
	out := make([]Tone, len(d.Entities))
	for i, e := range d.Entities {
		out[i] = r.Tone(corpus.Span{Start: e.Start, End: e.End})
	}
	return out
}

// Reference is a pronoun of the document (package refer: "he", "their"),
// resolved to an entity or to none, with the tone toward it read at its
// own span like an entity mention's.
type Reference struct {
	refer.Reference
	Tone Tone
}

// References resolves d's pronouns and reads the tone toward each, in
// text order.
func (m *Model) References(d *nlp.Doc) []Reference {
	refs := refer.Resolve(d)
	if len(refs) == 0 {
		return nil
	}
	r := m.NewReader(d)
	out := make([]Reference, len(refs))
	for i, ref := range refs {
		out[i] = Reference{Reference: ref, Tone: r.Tone(corpus.Span{Start: ref.Start, End: ref.End})}
	}
	return out
}

// Stance is one article's tone toward one entity: its mentions' and
// resolved references' scores aggregated.
type Stance struct {
	Entity string
	Type   string
	// Mentions is the number of the entity's mentions by name, References
	// the number of pronouns resolved to it; both are scored.
	Mentions, References int
	// Score is the mean of the mentions' and references' scores, in
	// [-1, 1].
	Score float64
	// Label is the article stance model's reading (DefaultStance, trained
	// on BASIL's annotations of the author's attitude), P its
	// probabilities of neg, neu and pos.
	Label Class
	P     [nClasses]float64
	// Count is the number of mentions and references labelled neg, neu
	// and pos.
	Count [nClasses]int
}

// Stances aggregates the tones of d's mentions (Mentions(d)) and of the
// references resolved to an entity (References(d)) per entity, most
// mentioned (mentions and references) first, then by name, and reads each
// entity's stance with the article stance model (DefaultStance).
// Unresolved references belong to no entity and are left out.
func (m *Model) Stances(d *nlp.Doc, tones []Tone, refs []Reference) []Stance {
	at := map[string]int{}
	var out []Stance
	add := func(name, typ string, t Tone) *Stance {
		k, ok := at[name]
		if !ok {
			k = len(out)
			at[name] = k
			out = append(out, Stance{Entity: name, Type: typ})
		}
		s := &out[k]
		s.Score += t.Score
		s.Count[t.Label]++
		return s
	}
	for i, e := range d.Entities {
		if !Setting(d, e) {
			add(e.Name, e.Type, tones[i]).Mentions++
		}
	}
	for _, r := range refs {
		if r.Resolved() {
			add(r.Entity, r.Type, r.Tone).References++
		}
	}
	sm := DefaultStance()
	sd := newStanceDoc(d, tones, refs, m, sm)
	for k := range out {
		s := &out[k]
		s.Score /= float64(s.Mentions + s.References)
		s.P = sm.Probs(sd.features(map[string]bool{s.Entity: true}))
		s.Label = argmax(s.P)
	}
	slices.SortStableFunc(out, func(a, b Stance) int {
		if c := cmp.Compare(b.Mentions+b.References, a.Mentions+a.References); c != 0 {
			return c
		}
		return cmp.Compare(a.Entity, b.Entity)
	})
	return out
}

// StanceOf reads an entity's mean mention score by the per-mention model's
// thresholds, chosen on NewsMTSC: Neg at or below Stance.Neg, Pos at or
// above Stance.Pos, Neu between. It is the stance before the article
// stance model (Stances, StanceModel.OfTones), kept as its baseline.
func (m *Model) StanceOf(score float64) Class {
	switch {
	case score <= m.Stance.Neg:
		return Neg
	case score >= m.Stance.Pos:
		return Pos
	}
	return Neu
}

// Setting reports whether a mention of a place names where something
// happened rather than an actor: the dateline's place ("SAN BERNARDINO,
// Calif. (AP) —"), a place after a preposition of location ("the
// shooting in San Bernardino", "protests across the country") and one
// that modifies the noun after it ("the San Bernardino attack"). Its
// sentence's tone is the event's, not a stance toward the place: on 268
// ABP articles of December 2015 every outlet had read as negative toward
// the city of a mass shooting. A place that acts or is acted on ("Russia
// warned", "sanctions against Russia", "Ukraine's army") is a target as
// before, and so are people and bodies whatever the word before them.
// Stances and the comparison's tone toward an entity leave settings out;
// each mention's own tone is still read.
//
// An organisation's name that modifies the noun after it is no target
// either where that noun is not the body acting: "former Senate aide Dana
// Hale alleged assault" (a title before a person's name), "the CNN
// reporter read", "the House impeachment inquiry", "Friday's White House
// meeting". The sentence speaks of the aide, the reporter, the inquiry;
// on 618 ABP articles of April 2020 such mentions had made outlets
// "negative" toward the Senate in every story of a former aide's
// allegation. Those who act or speak for the body keep it a target
// ("Democratic leaders blocked the bill", "a White House spokesperson
// denied it": bodyAgents), and so does a body that acts or is acted on
// ("the Senate acquitted", "CNN's ratings fell"); a person's name before a
// noun ("the Trump administration") is always one, since what the
// administration does is said of the person too.
//
// A place's or a body's name in a title before a person's name is no
// target of the sentence's either: "Ukrainian President Dana Hale said",
// "Alliance Secretary-General Tom Ferris warned", "Republican Sen. Ana
// Ruiz voted" speak of the person (titleBefore).
func Setting(d *nlp.Doc, m nlp.Mention) bool {
	if m.Type == nlp.Org || m.Type == nlp.Place {
		if titleBefore(d, m) {
			return true
		}
	}
	if m.Type == nlp.Org {
		j := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Start >= m.End })
		return j < len(d.Tokens) && modifiesThing(d, m, j)
	}
	if m.Type != nlp.Place {
		return false
	}
	if len(d.Paragraphs) > 0 {
		if p := d.Paragraphs[0]; m.Start < p.Start+nlp.DatelineLen(d.Text[p.Start:p.End]) {
			return true
		}
	}
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.Start })
	if j := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Start >= m.End }); j < len(d.Tokens) && modifies(d, m, j) {
		return true
	}
	if i > 0 && strings.EqualFold(d.TokenText(i-1), "the") {
		i--
	}
	return i > 0 && locatives[strings.ToLower(d.TokenText(i-1))]
}

// modifies reports whether the place's or the body's name, written as its
// name, comes right before a common noun that it modifies (token j): "the
// San Bernardino attack", "the Paris talks", "a Senate aide". A demonym
// before a noun names the state as an actor ("Russian troops") and an
// alias its seat ("Moscow talks"), so only the name itself counts.
func modifies(d *nlp.Doc, m nlp.Mention, j int) bool {
	if !strings.EqualFold(d.Text[m.Start:m.End], m.Name) || d.Tokens[j].Start > m.End+1 {
		return false
	}
	w := d.TokenText(j)
	r, _ := utf8.DecodeRuneInString(w)
	return (d.Tokens[j].Tag == "NN" || d.Tokens[j].Tag == "NNS") && unicode.IsLower(r)
}

// modifiesThing reports whether the body's name, written as its name,
// modifies the common nouns from token j on, perhaps after adjectives
// ("the Democratic presidential race"), and these name a thing or are a
// title before a person's name ("Senate aide Dana Hale"), not someone who
// acts or speaks for the body ("White House officials", "Democratic
// presidential candidates": bodyAgents).
func modifiesThing(d *nlp.Doc, m nlp.Mention, j int) bool {
	if !strings.EqualFold(d.Text[m.Start:m.End], m.Name) || d.Tokens[j].Start > m.End+1 {
		return false
	}
	adjacent := func(k int) bool { return d.Tokens[k].Start <= d.Tokens[k-1].End+1 }
	for j+1 < len(d.Tokens) && lowerTagged(d, j, "JJ") && adjacent(j+1) {
		j++
	}
	if !commonNoun(d, j) {
		return false
	}
	k := j
	for k+1 < len(d.Tokens) && adjacent(k+1) && commonNoun(d, k+1) {
		k++
	}
	if k+1 < len(d.Tokens) {
		next := d.Tokens[k+1].Start
		i := sort.Search(len(d.Entities), func(i int) bool { return d.Entities[i].Start >= next })
		if i < len(d.Entities) && d.Entities[i].Start == next && d.Entities[i].Type == nlp.Person {
			return true // a title: the person named is the target
		}
	}
	w := strings.ToLower(d.TokenText(k))
	if !bodyAgents[w] && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1]
	}
	return !bodyAgents[w]
}

// titleBefore reports whether mention m opens a title that a person's
// name follows on the same line: one to titleWords words after it, each
// capitalised, a lower-case noun, "of", a full stop or a hyphen, then the
// person's mention ("Ukrainian President Dana Hale", "Republican Sen. Ana
// Ruiz", "Joint Chiefs of Staff Gen. Tom Ferris").
func titleBefore(d *nlp.Doc, m nlp.Mention) bool {
	j := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Start >= m.End })
	for k := j; k < len(d.Tokens) && k-j < titleWords; k++ {
		t := d.Tokens[k]
		if strings.ContainsAny(d.Text[m.End:t.Start], "\n,") {
			return false
		}
		if k > j {
			i := sort.Search(len(d.Entities), func(i int) bool { return d.Entities[i].Start >= t.Start })
			if i < len(d.Entities) && d.Entities[i].Start == t.Start {
				return d.Entities[i].Type == nlp.Person
			}
		}
		w := d.TokenText(k)
		if w != "of" && w != "." && w != "-" && !isCapitalisedWord(w) && !commonNoun(d, k) {
			return false
		}
	}
	return false
}

// titleWords bounds the words of a title between a place's or a body's
// name and the person's.
const titleWords = 5

// isCapitalisedWord reports whether w starts with a capital letter.
func isCapitalisedWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// commonNoun reports whether token j is a noun in lower case.
func commonNoun(d *nlp.Doc, j int) bool {
	return lowerTagged(d, j, "NN") || lowerTagged(d, j, "NNS")
}

// lowerTagged reports whether token j, in lower case, has the tag.
func lowerTagged(d *nlp.Doc, j int, tag string) bool {
	r, _ := utf8.DecodeRuneInString(d.TokenText(j))
	return d.Tokens[j].Tag == tag && unicode.IsLower(r)
}

// bodyAgents are the nouns for those who act or speak for a body, in the
// singular: what "White House officials" or "Democratic leaders" do is
// said of the body.
var bodyAgents = map[string]bool{
	"official": true, "leader": true, "leadership": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "spokespeople": true, "aide": true, "adviser": true, "advisor": true,
	"member": true, "lawmaker": true, "senator": true, "representative": true, "negotiator": true,
	"staff": true, "staffer": true, "officer": true, "agent": true, "lawyer": true, "attorney": true,
	"counsel": true, "chief": true, "director": true, "chairman": true, "chairwoman": true, "chair": true,
	"secretary": true, "executive": true, "candidate": true, "nominee": true, "majority": true,
	"caucus": true, "delegation": true, "governor": true, "mayor": true, "operative": true,
}

// locatives are the prepositions that set a place as where something is
// or happens.
var locatives = map[string]bool{
	"in": true, "at": true, "near": true, "inside": true, "outside": true, "across": true,
	"throughout": true, "around": true, "within": true, "into": true,
}
