package align

import (
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/lang"
)

// Reading a document before its names are resolved.
//
// Alignment reads two things of a document. Its terms (the content words
// of its sentences and title, the lead's and the title's weighed more, and
// those of each paragraph after the lead for the touches) depend on the
// document alone: Raw. Its entity mentions are resolved across the whole
// corpus first (nlp.Names), so a store that grows renames them: Mention
// keeps them as annotated, with where they stand, and they are resolved
// when they are read. A store can thus keep each article's Raw and
// Mentions, a few KB, and a comparison align from them (Corpus.AddRaw)
// without decoding the annotated document; Corpus.Add reads documents
// through the same two steps (read, then finish), so the two cannot
// drift.
//
// Limits: a document in a language other than English counts the words
// of its resolved names among its terms (languages.go), so it has no Raw
// before resolution: Reader.Read says so, and such a document is read
// whole.

// RawVersion names the rules by which a Reader reads a document and
// Corpus.AddRaw reads what it read. Raws kept by an older version must not
// be used: raise it with any change to what read, finish or Mentions
// compute (extractor rules, weights, the lead, stemming of topics).
const RawVersion = 1

// Raw is what alignment reads of a document's terms.
type Raw struct {
	// Terms are the document's terms, each once, in the order met.
	Terms []RawTerm
	// Body holds the terms of the paragraphs after the lead, as indices
	// into Terms, in text order: Body[Starts[k]:Starts[k+1]] are
	// paragraph Paras[k]'s (the last one's run to the end).
	Body, Paras, Starts []int32
}

// RawTerm is a term of a document: its hashed key, its raw weight (the
// sum of its occurrences' weights) and its preferred surface form in the
// document.
type RawTerm struct {
	Hash   uint64
	Weight float32
	Form   string
}

// Mention is an entity mention as alignment reads it.
type Mention struct {
	Name, Type string
	// Lead: the mention is in the lead's sentences.
	Lead bool
	// Para is the paragraph of the mention's sentence when it comes
	// after the lead, else -1.
	Para int32
}

// Mentions returns the entity mentions of d as alignment reads them, in
// d's order, with their names as d has them.
func Mentions(d *nlp.Doc) []Mention {
	lead := leadEnd(d)
	firstPara := firstBodyPara(d)
	out := make([]Mention, len(d.Entities))
	for k, m := range d.Entities {
		out[k] = Mention{Name: m.Name, Type: m.Type, Lead: m.Sent < lead, Para: -1}
		if m.Sent < len(d.Sentences) {
			if pi := d.Sentences[m.Sent].Para; pi >= firstPara {
				out[k].Para = int32(pi)
			}
		}
	}
	return out
}

// Reader reads documents' Raw. It is not safe for concurrent use: it
// caches what each distinct word becomes.
type Reader struct{ x *extractor }

// NewReader returns a Reader with the stop words sw (nil means
// nlp.DefaultStopwords), which must be the comparison's
// (Options.Stopwords).
func NewReader(sw nlp.Stopwords) *Reader {
	if sw == nil {
		sw = nlp.DefaultStopwords()
	}
	return &Reader{x: newExtractor(sw)}
}

// Read returns what alignment reads of d's terms, and false when they
// depend on d's resolved names (a language other than English: see
// above).
func (r *Reader) Read(d *nlp.Doc) (Raw, bool) {
	if _, ok := lang.Get(d.Language); ok {
		return Raw{}, false
	}
	return r.x.read(d), true
}
