package align

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/lang"
	"github.com/framediff/framediff/corpus/nlp/loaded"
	"github.com/framediff/framediff/internal/par"
)

// sparse is a sparse vector with ascending ids. Weights are float32: a
// profile is kept for every article of a corpus that may be large, and the
// scores are rounded to four places anyway.
type sparse struct {
	ids []int32
	ws  []float32
}

func (a sparse) norm2() float64 {
	s := 0.0
	for _, w := range a.ws {
		s += float64(w) * float64(w)
	}
	return s
}

func (a sparse) sum() float64 {
	s := 0.0
	for _, w := range a.ws {
		s += float64(w)
	}
	return s
}

// dot is the dot product of two sparse vectors.
func (a sparse) dot(b sparse) float64 {
	s, i, j := 0.0, 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			s += float64(a.ws[i]) * float64(b.ws[j])
			i++
			j++
		}
	}
	return s
}

// eachShared calls f with every id both vectors hold and its two weights,
// in id order. dot and minSumScaled, on the hot path of scoring, keep the
// same merge written out.
func eachShared(a, b sparse, f func(id int32, wa, wb float32)) {
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			f(a.ids[i], a.ws[i], b.ws[j])
			i++
			j++
		}
	}
}

// profile is what alignment knows of an article.
type profile struct {
	terms   sparse // TF-IDF, lead-weighted, unit length
	ents    sparse // IDF, entLeadWeight times for the title's and lead's
	entMass float64
	t       int64 // Unix seconds, when dated
	dated   bool
	// walkMin is the weight of the walkTerms-th heaviest term: lighter
	// terms are not walked in the index (align.go, "Blocking").
	walkMin float32
}

// vocabulary names the ids of the profiles' terms and entities.
type vocabulary struct {
	terms []string // term id -> the term's shortest surface form
	ents  []string // entity id -> name
	tdf   []int32  // document frequencies
	edf   []int32
	n     int
	// tid and eid map hashed keys to ids, sharded by hash (assignIDs).
	tid, eid []map[uint64]int32
	// tidf and eidf are the IDF of each id.
	tidf, eidf []float64
}

func (v *vocabulary) idfs(df []int32) []float64 {
	out := make([]float64, len(df))
	for id, n := range df {
		out[id] = v.idf(n)
	}
	return out
}

func (v *vocabulary) idf(df int32) float64 {
	return math.Log(float64(v.n+1)/float64(df+1)) + 1
}

// weighted is a hashed term or entity and its raw weight in one document.
type weighted struct {
	h uint64
	w float32
}

// extractor collects one document's raw terms and entities. One per
// goroutine: it caches what each distinct token becomes, so that a word is
// cleaned, stop-listed, stemmed and hashed once per goroutine, not once per
// occurrence.
type extractor struct {
	sw nlp.Stopwords
	st nlp.Stemmer
	// tf holds the current document's term weights by local number; the
	// numbers touched are listed in tfSet.
	tf    []float64
	tfSet []int32
	ef    map[uint64]float32
	// forms holds each term's preferred surface form (betterForm), by
	// local number.
	forms []string
	names map[uint64]string
	// pos is the current document's position of each term touched in
	// tfSet (its index in Raw.Terms), and form its preferred surface form
	// in the document, by local number.
	pos  []int32
	form []string
	// seen maps a token to the term it makes, by a hash of the token's
	// text and whether it is tagged a proper noun (makeWord keeps a proper
	// noun's case): hashing the text once is cheaper than a string key.
	seen map[uint64]tokenTerm
	// localOf numbers the terms this extractor met; localH is the reverse.
	localOf map[uint64]int32
	localH  []uint64
	// parts is scratch for compoundParts.
	parts []string
	// other is the language of the current document when it is not
	// English (languages.go), nil for English.
	other *lang.Language
	// mentionAt maps the first token of each name in a document not in
	// English to the name, whose words stand for it (otherTerm).
	mentionAt map[int]string
	// bg, when set, is the background whose document frequency of each
	// term and entity the extractor met it records in tbg and ebg
	// (idf.go).
	bg       *loaded.Background
	tbg, ebg map[uint64]float64
	keyBuf   []string
}

// bodyTerms are the terms of an article's paragraphs after the lead, in
// text order, kept from the profile's extraction for the evidence's
// touches (evidence.go): ids[starts[k]:starts[k+1]] are paragraph
// paras[k]'s. They hold extractor-local numbers until finishProfiles turns
// them into vocabulary ids.
type bodyTerms struct {
	ids, paras, starts []int32
}

// para returns the ids of the k-th paragraph.
func (b *bodyTerms) para(k int) []int32 {
	end := int32(len(b.ids))
	if k+1 < len(b.starts) {
		end = b.starts[k+1]
	}
	return b.ids[b.starts[k]:end]
}

// tokenTerm is what a token counts as: a hashed term, or nothing. local
// numbers the term within its extractor, until the vocabulary is known.
type tokenTerm struct {
	h     uint64
	local int32
	skip  bool
	form  string
}

func newExtractor(sw nlp.Stopwords) *extractor {
	return &extractor{sw: sw, st: nlp.Stemmer{}, ef: map[uint64]float32{},
		names: map[uint64]string{}, seen: map[uint64]tokenTerm{},
		localOf: map[uint64]int32{}}
}

// hashKey is 64-bit FNV-1a of kind and s. Kinds keep terms and entities
// apart; at a million distinct keys a collision has odds near 1 in 10^7.
func hashKey(kind byte, s string) uint64 {
	h := uint64(14695981039346656037)
	h ^= uint64(kind)
	h *= 1099511628211
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// contentTag reports whether a part-of-speech tag marks a content word:
// noun, verb, adjective, number or foreign word.
func contentTag(tag string) bool {
	if len(tag) >= 2 {
		switch tag[:2] {
		case "NN", "VB", "JJ", "CD", "FW":
			return true
		}
	}
	return false
}

func (x *extractor) addTerm(text, tag string, w float64) tokenTerm {
	kind := byte('w')
	if strings.HasPrefix(tag, "NNP") {
		kind = 'W'
	}
	var k uint64
	if x.other != nil {
		k = hashKey(kind, x.other.Code+"\x00"+text)
	} else {
		k = hashKey(kind, text)
	}
	t, ok := x.seen[k]
	if !ok {
		if x.other != nil {
			t = x.otherTerm(text, tag)
		} else {
			t = x.term(text, tag)
		}
		x.seen[k] = t
	}
	if !t.skip {
		switch {
		case x.tf[t.local] == 0:
			x.pos[t.local] = int32(len(x.tfSet))
			x.tfSet = append(x.tfSet, t.local)
			x.form[t.local] = t.form
		case t.form != x.form[t.local] && betterForm(t.form, x.form[t.local]):
			x.form[t.local] = t.form
		}
		x.tf[t.local] += w
	}
	return t
}

// term works out what a token not seen before counts as, and records its
// surface form.
func (x *extractor) term(text, tag string) tokenTerm {
	if !nlp.IsWord(text) {
		return tokenTerm{skip: true}
	}
	if len(text) > 5 && !hasLower(text) {
		// A shouted word (a dateline's "HONOLULU") is the word, not an
		// acronym.
		text = strings.ToLower(text)
	}
	wd := nlp.NormTerm(text, tag, x.sw, x.st)
	if wd.Stop || len(wd.Key) < 2 {
		return tokenTerm{skip: true}
	}
	// Alignment asks whether two articles tell of the same happening, not
	// how they word it: "immigration" and "immigrants" are one topic.
	wd.Key = wd.Topic
	return x.keyed(wd)
}

// keyed records a normalised term and returns what it counts as.
func (x *extractor) keyed(wd nlp.Term) tokenTerm {
	h := hashKey('t', wd.Key)
	local, ok := x.localOf[h]
	if !ok {
		local = x.newLocal(h)
		if x.bg != nil {
			x.tbg[h] = bgDF(x.bg, wd.Key)
		}
	}
	// A clone: the form is a slice of the article's text, which the
	// extractor outlives.
	return tokenTerm{h: h, local: local, form: strings.Clone(wd.Form)}
}

// newLocal numbers the term h, which the extractor has not met before.
func (x *extractor) newLocal(h uint64) int32 {
	local := int32(len(x.localH))
	x.localOf[h] = local
	x.localH = append(x.localH, h)
	x.tf = append(x.tf, 0)
	x.pos = append(x.pos, 0)
	x.form = append(x.form, "")
	x.forms = append(x.forms, "")
	return local
}

// betterForm prefers a form with lower-case letters to a shouted one (a
// dateline's "HONOLULU"), then the shorter form, then the smaller, so that
// the choice does not depend on which document was read first.
func betterForm(a, b string) bool {
	if la, lb := hasLower(a), hasLower(b); la != lb {
		return la
	}
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// leadEnd returns the index of the first sentence after the lead.
func leadEnd(d *nlp.Doc) int { return min(leadSentences, len(d.Sentences)) }

// extract returns the raw weighted terms and entities of d, whose names
// are resolved across the corpus, unsorted, and the terms of its
// paragraphs after the lead.
func (x *extractor) extract(d *nlp.Doc) (terms, ents []weighted, body bodyTerms) {
	return x.finish(x.read(d), Mentions(d), d.Title)
}

// read returns d's terms: the content words of its sentences, the lead's
// weighed leadWeight, and of its title, weighed titleWeight, and the terms
// of its paragraphs after the lead. In a language other than English it
// reads d's entity names (nameWords).
func (x *extractor) read(d *nlp.Doc) Raw {
	x.setLanguage(d)
	lead := leadEnd(d)
	firstPara := firstBodyPara(d)
	var raw Raw
	inBody := false
	body := func(t tokenTerm) {
		if inBody && !t.skip {
			raw.Body = append(raw.Body, x.pos[t.local])
		}
	}
	for si, s := range d.Sentences {
		w := 1.0
		if si < lead {
			w = leadWeight
		}
		inBody = s.Para >= firstPara
		if inBody && (len(raw.Paras) == 0 || raw.Paras[len(raw.Paras)-1] != int32(s.Para)) {
			raw.Paras = append(raw.Paras, int32(s.Para))
			raw.Starts = append(raw.Starts, int32(len(raw.Body)))
		}
		for ti := s.TokStart; ti < s.TokEnd; ti++ {
			tag := d.Tokens[ti].Tag
			if !contentTag(tag) {
				continue
			}
			text := d.TokenText(ti)
			if x.other != nil && tag == "NNP" {
				// A name in another language counts as the words of
				// its canonical name, once, at its first token: so
				// "Киеве" and "Kyiv" are one term across languages.
				for _, name := range x.nameWords(ti) {
					body(x.addNameTerm(name, w))
				}
				continue
			}
			if strings.IndexByte(text, '-') <= 0 {
				body(x.addTerm(text, tag, w))
				continue
			}
			x.parts = compoundParts(text, x.parts[:0])
			for _, part := range x.parts {
				body(x.addTerm(part, tag, w))
			}
		}
	}
	for _, w := range titleTerms(d.Title) {
		x.addTerm(w, "", titleWeight)
	}
	raw.Terms = make([]RawTerm, len(x.tfSet))
	for k, l := range x.tfSet {
		raw.Terms[k] = RawTerm{Hash: x.localH[l], Weight: float32(x.tf[l]), Form: x.form[l]}
		x.tf[l], x.form[l] = 0, ""
	}
	x.tfSet = x.tfSet[:0]
	return raw
}

// titleTerms returns the words of a headline as alignment counts them,
// hyphenated compounds split into their parts.
func titleTerms(title string) []string {
	words := titleWords(title)
	if !slices.ContainsFunc(words, func(w string) bool { return strings.IndexByte(w, '-') > 0 }) {
		return words
	}
	var parts []string
	for _, w := range words {
		parts = compoundParts(w, parts)
	}
	return parts
}

// finish turns a document's terms (read), its mentions with their names
// resolved, and its title into its raw weighted terms and entities,
// unsorted, and the terms of its paragraphs after the lead, numbered by
// this extractor.
func (x *extractor) finish(raw Raw, ms []Mention, title string) (terms, ents []weighted, body bodyTerms) {
	terms = make([]weighted, len(raw.Terms))
	local := make([]int32, len(raw.Terms))
	for k, t := range raw.Terms {
		l, ok := x.localOf[t.Hash]
		if !ok {
			l = x.newLocal(t.Hash)
		}
		local[k] = l
		// Most articles write a term as the others do: the same form
		// needs no comparison.
		if f := x.forms[l]; f == "" || t.Form != f && betterForm(t.Form, f) {
			// A clone: a record's form may be a slice of the record.
			x.forms[l] = strings.Clone(t.Form)
		}
		terms[k] = weighted{t.Hash, t.Weight}
	}
	body.ids = make([]int32, len(raw.Body))
	for k, i := range raw.Body {
		body.ids[k] = local[i]
	}
	body.paras, body.starts = raw.Paras, raw.Starts
	words := titleTerms(title)
	inTitle := func(name string) bool {
		last := name[strings.LastIndexByte(name, ' ')+1:]
		for _, w := range words {
			if strings.EqualFold(w, last) {
				return true
			}
		}
		return false
	}
	clear(x.ef)
	var people surnames
	for _, m := range ms {
		w := float32(1)
		if m.Lead || inTitle(m.Name) {
			w = entLeadWeight
		}
		names := people.split(ms, m.Name)
		if names == nil {
			x.addEntity(m.Name, w)
		}
		for _, name := range names {
			x.addEntity(name, w)
		}
	}
	ents = make([]weighted, 0, len(x.ef))
	for h, w := range x.ef {
		ents = append(ents, weighted{h, w})
	}
	return terms, ents, body
}

// addEntity records an entity of the current document with weight w, the
// largest of its mentions' weights.
func (x *extractor) addEntity(name string, w float32) {
	h := hashKey('e', name)
	if w > x.ef[h] {
		x.ef[h] = w
	}
	if _, ok := x.names[h]; !ok {
		x.names[h] = name
		if x.bg != nil {
			x.ebg[h] = nameDF(x.bg, name, x.st, x.keyBuf)
		}
	}
}

// Hyphenated compounds. A compound counts as its parts: "vice-presidential"
// is "vice" and "presidential", as an outlet that writes "vice presidential"
// has it, and "Biden-Ryan" is "Biden" and "Ryan". Whole, the compound was a
// word of its own that the other outlets' articles of the same event did
// not share (on basil-dev the NYT's "Vice-Presidential Debate" shared
// neither word with Fox's "vice presidential debate"). A compound stays
// whole when a part is shorter than minPart characters, a prefix or a
// letter rather than a word ("de-escalate" is not "escalate", nor
// "re-election" a term "re"; "F-16", "Chick-fil-A", "15-year-old"), or
// when it opens with a prefix that turns the rest around ("non-violent",
// "anti-war").
const minPart = 3

// reversing are the prefixes of at least minPart characters that turn
// the meaning of the word they are hyphenated to around.
var reversing = map[string]bool{"anti": true, "counter": true, "non": true}

// compoundParts appends to buf the parts of a hyphenated compound, or the
// word itself when it is not one or stays whole, and returns buf.
func compoundParts(w string, buf []string) []string {
	if strings.IndexByte(w, '-') <= 0 {
		return append(buf, w)
	}
	n := len(buf)
	for k, p := range strings.Split(w, "-") {
		if utf8.RuneCountInString(p) < minPart || !nlp.IsWord(p) || k == 0 && reversing[strings.ToLower(p)] {
			return append(buf[:n], w)
		}
		buf = append(buf, p)
	}
	return buf
}

// surnames maps the last word of each full name of a person a document
// names to that name, or to "" when two of its people share it. It is
// built from the document when a compound name first needs it.
type surnames struct {
	of    map[string]string
	built bool
}

// split returns the people a compound of surnames stands for ("Biden-Ryan",
// "Romney/Ryan": a ticket, a pairing), when every part is the surname of a
// person the mentions ms name in full, and nil for any other name. As one name the
// compound matched nothing in the other outlets' articles, which name the
// two people.
func (s *surnames) split(ms []Mention, name string) []string {
	if strings.IndexByte(name, ' ') >= 0 || !strings.ContainsAny(name, "-/") {
		return nil
	}
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '/' })
	if len(parts) < 2 {
		return nil
	}
	if !s.built {
		s.built = true
		for _, m := range ms {
			i := strings.LastIndexByte(m.Name, ' ')
			if m.Type != nlp.Person || i < 0 {
				continue
			}
			if s.of == nil {
				s.of = map[string]string{}
			}
			last := m.Name[i+1:]
			if cur, ok := s.of[last]; ok && cur != m.Name {
				s.of[last] = ""
				continue
			}
			s.of[last] = m.Name
		}
	}
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		full := s.of[p]
		if full == "" {
			return nil
		}
		if !slices.Contains(out, full) {
			out = append(out, full)
		}
	}
	return out
}

// firstBodyPara returns the first paragraph after the lead; a paragraph
// the lead ends inside is part of the lead.
func firstBodyPara(d *nlp.Doc) int {
	lead := leadEnd(d)
	if lead == 0 {
		return 0
	}
	return d.Sentences[lead-1].Para + 1
}

// titleWords splits a headline into words, dropping possessive endings.
func titleWords(title string) []string {
	f := strings.FieldsFunc(title, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’' && r != '.'
	})
	out := f[:0]
	for _, w := range f {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Trim(w, ".'’-")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// finishProfiles builds the profiles of the articles whose raw terms and
// entities the extractors xs read (Corpus.Add; by names the extractor of
// each). The vocabulary ids are assigned in the order of the keys'
// hashes, so neither the document order nor the scheduling changes them.
// kept, when not nil, are the document frequencies to weigh by instead of
// the corpus's (Options.Frequencies).
func finishProfiles(xs []*extractor, rawT, rawE [][]weighted, body []bodyTerms, by []int32, arts []article, tsrc, esrc idfSource, local localIDF, bg *loaded.Background, kept *Frequencies) ([]profile, *vocabulary, []bodyTerms) {
	w := len(xs)
	v := &vocabulary{n: len(arts)}
	tid, tdf := assignIDs(rawT, w)
	eid, edf := assignIDs(rawE, w)
	v.tdf, v.edf, v.tid, v.eid = tdf, edf, tid, eid
	v.tidf, v.eidf = v.idfs(tdf), v.idfs(edf)
	if kept != nil {
		// Weighed by the kept set's frequencies, the evidence too.
		kept.keptIDF(v.tidf, tid, kept.terms)
		kept.keptIDF(v.eidf, eid, kept.ents)
	}
	// The measured alternatives to the corpus's document frequencies
	// (idf.go); a comparison has bg nil and leaves here.
	var tbg, ebg []float64
	var bgN float64
	if bg != nil {
		bgN = float64(bg.Docs())
		tbg, ebg = make([]float64, len(tdf)), make([]float64, len(edf))
		for _, x := range xs {
			for h, df := range x.tbg {
				tbg[tid[h%uint64(len(tid))][h]] = df
			}
			for h, df := range x.ebg {
				ebg[eid[h%uint64(len(eid))][h]] = df
			}
		}
	}
	fixed := func(src idfSource, idf []float64, bg []float64) {
		for id := range idf {
			switch src {
			case idfBackground:
				idf[id] = idfOf(bgN, bg[id])
			case idfFlat:
				idf[id] = 1
			}
			// idfStreaming and idfLocal weigh each article apart, below;
			// the evidence's vectors keep the corpus's.
		}
	}
	fixed(tsrc, v.tidf, tbg)
	fixed(esrc, v.eidf, ebg)
	v.terms = make([]string, len(tdf))
	v.ents = make([]string, len(edf))
	for _, x := range xs {
		for l, f := range x.forms {
			if f == "" {
				continue // met in a document read but not finished
			}
			h := x.localH[l]
			id := tid[h%uint64(len(tid))][h]
			if cur := v.terms[id]; cur == "" || betterForm(f, cur) {
				v.terms[id] = f
			}
		}
		for h, n := range x.names {
			v.ents[eid[h%uint64(len(eid))][h]] = n
		}
	}
	global := make([][]int32, len(xs))
	for k, x := range xs {
		global[k] = make([]int32, len(x.localH))
		for l, h := range x.localH {
			global[k][l] = tid[h%uint64(len(tid))][h]
		}
	}
	ps := make([]profile, len(arts))
	bufs := make([][]idWeight, w)
	lt, tl := localFor(tsrc, local)
	le, el := localFor(esrc, local)
	if tl || el {
		// Each article weighed by the articles near it in time: one
		// goroutine, in the stream's order, the counts of a sliding
		// window of articles kept.
		tids := make([][]int32, len(arts))
		eids := make([][]int32, len(arts))
		for i := range arts {
			for _, r := range rawT[i] {
				tids[i] = append(tids[i], tid[r.h%uint64(len(tid))][r.h])
			}
			for _, r := range rawE[i] {
				eids[i] = append(eids[i], eid[r.h%uint64(len(eid))][r.h])
			}
		}
		tcnt := make([]int32, len(tdf))
		ecnt := make([]int32, len(edf))
		count := func(j int, d int32) {
			for _, id := range tids[j] {
				tcnt[id] += d
			}
			for _, id := range eids[j] {
				ecnt[id] += d
			}
		}
		// One window for both: an entity source that is local counts as
		// the term source does, when that is local too.
		local := lt
		if !tl {
			local = le
		}
		lo, hi := 0, 0
		for i := range arts {
			a := &arts[i]
			wantLo, wantHi := 0, len(arts)
			if a.dated {
				t := a.published.Unix()
				for wantLo = lo; local.window > 0 && wantLo < i && arts[wantLo].dated && t-arts[wantLo].published.Unix() > local.window; wantLo++ {
				}
				if local.window == 0 {
					wantLo = 0
				}
				if local.window > 0 && !local.past {
					for wantHi = max(hi, i+1); wantHi < len(arts) && arts[wantHi].dated && arts[wantHi].published.Unix()-t <= local.window; wantHi++ {
					}
				}
			}
			if local.past {
				wantHi = i + 1
			}
			if k := local.articles; k > 0 {
				// The k articles nearest in the stream's order: before
				// it, or around it.
				wantLo, wantHi = max(0, i+1-k), i+1
				if !local.past {
					wantLo = max(0, min(i-k/2, len(arts)-k))
					wantHi = min(len(arts), wantLo+k)
				}
			}
			for ; hi < wantHi; hi++ {
				count(hi, 1)
			}
			for ; hi > wantHi; hi-- {
				count(hi-1, -1)
			}
			for ; lo < wantLo; lo++ {
				count(lo, -1)
			}
			for ; lo > wantLo; lo-- {
				count(lo-1, 1)
			}
			n := float64(hi - lo)
			idfAt := func(on bool, l localIDF, cnt []int32, bg, all []float64) func(int32) float64 {
				if !on {
					return func(id int32) float64 { return all[id] }
				}
				if l.background {
					return func(id int32) float64 { return idfOf(bgN+n, bg[id]+float64(cnt[id])) }
				}
				return func(id int32) float64 { return idfOf(n, float64(cnt[id])) }
			}
			g := global[by[i]]
			for j, l := range body[i].ids {
				body[i].ids[j] = g[l]
			}
			p := profile{dated: a.dated}
			if p.dated {
				p.t = a.published.Unix()
			}
			p.terms = weighBy(rawT[i], tid, idfAt(tl, lt, tcnt, tbg, v.tidf), true, &bufs[0])
			p.walkMin = kthLargest(p.terms.ws, walkTerms)
			p.ents = weighBy(rawE[i], eid, idfAt(el, le, ecnt, ebg, v.eidf), false, &bufs[0])
			p.entMass = p.ents.sum()
			ps[i] = p
		}
		for i := range arts {
			rawT[i], rawE[i] = nil, nil
		}
		return ps, v, body
	}
	par.Do(len(arts), w, func(k, i int) {
		g := global[by[i]]
		for j, l := range body[i].ids {
			body[i].ids[j] = g[l]
		}
		a := &arts[i]
		p := profile{dated: a.dated}
		if p.dated {
			p.t = a.published.Unix()
		}
		p.terms = weigh(rawT[i], tid, v.tidf, true, &bufs[k])
		p.walkMin = kthLargest(p.terms.ws, walkTerms)
		p.ents = weigh(rawE[i], eid, v.eidf, false, &bufs[k])
		p.entMass = p.ents.sum()
		rawT[i], rawE[i] = nil, nil
		ps[i] = p
	})
	return ps, v, body
}

// assignIDs counts document frequencies of hashed keys on w goroutines,
// each owning the keys with h mod w = its number, and numbers the keys in
// hash order. It returns the per-shard maps from hash to id and the
// frequencies by id.
func assignIDs(raw [][]weighted, w int) ([]map[uint64]int32, []int32) {
	shards := make([]map[uint64]int32, w)
	par.Do(w, w, func(_, k int) {
		m := map[uint64]int32{}
		for _, ws := range raw {
			for _, x := range ws {
				if x.h%uint64(w) == uint64(k) {
					m[x.h]++
				}
			}
		}
		shards[k] = m
	})
	n := 0
	for _, m := range shards {
		n += len(m)
	}
	keys := make([]uint64, 0, n)
	for _, m := range shards {
		for h := range m {
			keys = append(keys, h)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	df := make([]int32, len(keys))
	for id, h := range keys {
		m := shards[h%uint64(w)]
		df[id] = m[h]
		m[h] = int32(id)
	}
	return shards, df
}

// idWeight is an id and its weight, scratch for weigh.
type idWeight struct {
	id int32
	w  float64
}

// weigh turns raw weights into a profile vector: TF-IDF (sublinear tf),
// the maxTerms heaviest, unit length, for terms; IDF times the lead factor
// for entities.
func weigh(raw []weighted, ids []map[uint64]int32, idf []float64, terms bool, buf *[]idWeight) sparse {
	return weighBy(raw, ids, func(id int32) float64 { return idf[id] }, terms, buf)
}

// weighBy is weigh with the IDF of each id given by a function.
func weighBy(raw []weighted, ids []map[uint64]int32, idf func(int32) float64, terms bool, buf *[]idWeight) sparse {
	type iw = idWeight
	if cap(*buf) < len(raw) {
		*buf = make([]iw, len(raw))
	}
	out := (*buf)[:len(raw)]
	for k, r := range raw {
		id := ids[r.h%uint64(len(ids))][r.h]
		w := idf(id)
		if terms {
			w *= 1 + math.Log(float64(r.w))
		} else {
			w *= float64(r.w)
		}
		out[k] = iw{id, w}
	}
	if terms && len(out) > maxTerms {
		out = selectFirst(out, maxTerms, func(a, b iw) bool { return a.w > b.w || a.w == b.w && a.id < b.id })
	}
	slices.SortFunc(out, func(a, b iw) int { return cmp.Compare(a.id, b.id) })
	s := sparse{ids: make([]int32, len(out)), ws: make([]float32, len(out))}
	norm := 1.0
	if terms {
		n2 := 0.0
		for _, x := range out {
			n2 += x.w * x.w
		}
		if n2 > 0 {
			norm = math.Sqrt(n2)
		}
	}
	for k, x := range out {
		s.ids[k] = x.id
		s.ws[k] = float32(x.w / norm)
	}
	return s
}

// kthLargest returns the k-th largest of ws, or 0 when there are fewer.
func kthLargest(ws []float32, k int) float32 {
	if len(ws) <= k {
		return 0
	}
	c := slices.Clone(ws)
	top := selectFirst(c, k, func(a, b float32) bool { return a > b })
	return slices.Min(top)
}

// selectFirst reorders xs so that its first k elements are the k first by
// less, in no particular order, and returns them. less must be a strict
// total order, which makes the selection independent of the input order.
// Expected time O(len(xs)).
func selectFirst[T any](xs []T, k int, less func(a, b T) bool) []T {
	if k >= len(xs) {
		return xs
	}
	lo, hi := 0, len(xs)
	for hi-lo > 1 {
		// Median of three as the pivot, moved to the end.
		mid := lo + (hi-lo)/2
		if less(xs[mid], xs[lo]) {
			xs[mid], xs[lo] = xs[lo], xs[mid]
		}
		if less(xs[hi-1], xs[lo]) {
			xs[hi-1], xs[lo] = xs[lo], xs[hi-1]
		}
		if less(xs[mid], xs[hi-1]) {
			xs[mid], xs[hi-1] = xs[hi-1], xs[mid]
		}
		pivot := xs[hi-1]
		store := lo
		for i := lo; i < hi-1; i++ {
			if less(xs[i], pivot) {
				xs[i], xs[store] = xs[store], xs[i]
				store++
			}
		}
		xs[store], xs[hi-1] = xs[hi-1], xs[store]
		switch {
		case store == k || store == k-1:
			return xs[:k]
		case store < k:
			lo = store + 1
		default:
			hi = store
		}
	}
	return xs[:k]
}
