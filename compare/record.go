package compare

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/framediff/framediff/compare/align"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/par"
)

// Compact records.
//
// A comparison of a store reads of each article, besides its metadata,
// only what alignment, the name resolution across the corpus, the digests
// and the entity lists read: a record, made once from the annotated
// document and kept in the store (corpus/store, schema 4), a few KB
// against the 40-odd KB of annotations decoded. A record holds:
//
//	title, language            what it was made from, checked against the article
//	text                       the SHA-256 of the text (the digests hash it)
//	mentions                   name and type as annotated, span, sentence,
//	                           in the lead, paragraph after the lead
//	speakers                   each quote's speaker as annotated
//	terms (align.Raw)          hashed key, weight, surface form; the body's
//	                           paragraphs as indices into the terms
//
// Names are kept as annotated: they are resolved across the corpus when a
// comparison reads them (nlp.Names, nlp.Resolver), as from the documents.
// A record made by other rules must never be read: RecordKind names the
// rules (the record's format, alignment's RawVersion, the annotator, the
// term rules and the stop words), the store keeps records by kind and by
// the article's text hash and annotator, and the title and language are
// checked here. A document whose terms depend on its resolved names (a
// language other than English: align.Reader) has a record without terms,
// and a comparison that meets one reads the documents (StartScan).
//
// What framing reads (tokens, sentences, tones, quotes' words) is not in
// a record: the members of the events framed are loaded whole, checked
// against the digests the records gave (docDigest), as before.

// recordFormat is the version of a record's encoding; RecordKind holds it.
const recordFormat = 1

// RecordKind names the records a comparison with the stop words sw (nil
// means nlp.DefaultStopwords) reads: the store keeps them under it.
func RecordKind(sw nlp.Stopwords) []byte {
	if sw == nil {
		sw = nlp.DefaultStopwords()
	}
	h := sha256.New()
	fmt.Fprintf(h, "record %d\nraw %d\nannotator %d\nterms %d\nstopwords %x\n",
		recordFormat, align.RawVersion, nlp.AnnotatorVersion, nlp.TermVersion, sw.Digest())
	return h.Sum(nil)
}

// record is a decoded record.
type record struct {
	title, language string
	text            [32]byte
	mentions        []nlp.Mention
	// lead and para are each mention's align.Mention fields.
	lead     []bool
	para     []int32
	speakers []string
	aligned  bool // raw holds the terms
	raw      align.Raw
}

// Records makes the records of docs, as annotated (their names not
// resolved), on workers goroutines (0 means GOMAXPROCS), for comparisons
// with the stop words sw.
func Records(docs []*nlp.Doc, sw nlp.Stopwords, workers int) [][]byte {
	out := make([][]byte, len(docs))
	w := par.Workers(workers)
	readers := make([]*align.Reader, w)
	for k := range readers {
		readers[k] = align.NewReader(sw)
	}
	par.Do(len(docs), w, func(k, i int) {
		out[i] = encodeRecord(nil, docs[i], readers[k])
	})
	return out
}

// encodeRecord appends d's record to buf.
func encodeRecord(buf []byte, d *nlp.Doc, r *align.Reader) []byte {
	e := recordEncoder{buf: buf}
	e.uint(recordFormat)
	e.str(d.Title)
	e.str(d.Language)
	sum := textSum(d.Text)
	e.buf = append(e.buf, sum[:]...)
	ms := align.Mentions(d)
	e.uint(len(d.Entities))
	for k, m := range d.Entities {
		e.str(m.Name)
		e.str(m.Type)
		e.uint(m.Start)
		e.uint(m.End)
		e.uint(m.Sent)
		lead := 0
		if ms[k].Lead {
			lead = 1
		}
		e.uint(lead)
		e.uint(int(ms[k].Para + 1))
	}
	e.uint(len(d.Quotes))
	for _, q := range d.Quotes {
		e.str(q.Speaker)
	}
	raw, ok := r.Read(d)
	if !ok {
		e.uint(0)
		return e.buf
	}
	e.uint(1)
	e.uint(len(raw.Terms))
	for _, t := range raw.Terms {
		e.buf = binary.LittleEndian.AppendUint64(e.buf, t.Hash)
		e.buf = binary.LittleEndian.AppendUint32(e.buf, math.Float32bits(t.Weight))
		e.str(t.Form)
	}
	e.uint(len(raw.Body))
	for _, i := range raw.Body {
		e.uint(int(i))
	}
	e.uint(len(raw.Paras))
	for k := range raw.Paras {
		e.uint(int(raw.Paras[k]))
		e.uint(int(raw.Starts[k]))
	}
	return e.buf
}

type recordEncoder struct{ buf []byte }

func (e *recordEncoder) uint(v int) { e.buf = binary.AppendUvarint(e.buf, uint64(v)) }

func (e *recordEncoder) str(s string) {
	e.uint(len(s))
	e.buf = append(e.buf, s...)
}

// errRecord is a record this program cannot read.
var errRecord = errors.New("compare: a record this program cannot read")

type recordDecoder struct {
	b   []byte
	err error
	// intern, when not nil, gives each distinct string once: a year of
	// records names the same entities and forms the same terms over and
	// over, and a string made for each was most of their reading's
	// allocations.
	intern map[string]string
}

func (d *recordDecoder) uint() int {
	v, n := binary.Uvarint(d.b)
	if n <= 0 || v > math.MaxInt32 {
		d.err, d.b = errRecord, nil
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

// count reads a length of items of at least size bytes each.
func (d *recordDecoder) count(size int) int {
	n := d.uint()
	if n*size > len(d.b) {
		d.err, d.b = errRecord, nil
		return 0
	}
	return n
}

func (d *recordDecoder) take(n int) []byte {
	if n > len(d.b) {
		d.err, d.b = errRecord, nil
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *recordDecoder) str() string {
	b := d.take(d.uint())
	if d.intern == nil {
		return string(b)
	}
	if s, ok := d.intern[string(b)]; ok {
		return s
	}
	s := string(b)
	d.intern[s] = s
	return s
}

// decodeHead decodes the fields of a record before its terms into rec
// and returns the decoder at its terms. Its strings come from intern when
// it is not nil (recordDecoder).
func decodeHead(b []byte, rec *record, intern map[string]string) (*recordDecoder, error) {
	d := &recordDecoder{b: b, intern: intern}
	if d.uint() != recordFormat {
		return nil, errRecord
	}
	rec.title = d.str()
	rec.language = d.str()
	copy(rec.text[:], d.take(32))
	n := d.count(7)
	rec.mentions = make([]nlp.Mention, n)
	rec.lead = make([]bool, n)
	rec.para = make([]int32, n)
	for k := range n {
		m := &rec.mentions[k]
		m.Name = d.str()
		m.Type = d.str()
		m.Start, m.End, m.Sent = d.uint(), d.uint(), d.uint()
		rec.lead[k] = d.uint() == 1
		rec.para[k] = int32(d.uint()) - 1
	}
	rec.speakers = make([]string, d.count(1))
	for k := range rec.speakers {
		rec.speakers[k] = d.str()
	}
	rec.aligned = d.uint() == 1
	return d, d.err
}

// decodeRecord decodes a whole record, as decodeHead does.
func decodeRecord(b []byte, rec *record, intern map[string]string) error {
	d, err := decodeHead(b, rec, intern)
	if err != nil || !rec.aligned {
		return err
	}
	terms := make([]align.RawTerm, d.count(13))
	for k := range terms {
		t := &terms[k]
		if raw := d.take(12); raw != nil {
			t.Hash = binary.LittleEndian.Uint64(raw)
			t.Weight = math.Float32frombits(binary.LittleEndian.Uint32(raw[8:]))
		}
		t.Form = d.str()
	}
	body := make([]int32, d.count(1))
	for k := range body {
		if body[k] = int32(d.uint()); int(body[k]) >= len(terms) {
			return errRecord
		}
	}
	n := d.count(2)
	paras, starts := make([]int32, n), make([]int32, n)
	for k := range n {
		paras[k], starts[k] = int32(d.uint()), int32(d.uint())
		if int(starts[k]) > len(body) {
			return errRecord
		}
	}
	if d.err != nil || len(d.b) > 0 {
		return errRecord
	}
	rec.raw = align.Raw{Terms: terms, Body: body, Paras: paras, Starts: starts}
	return nil
}

// RecordFits reports whether rec is a record this program reads of the
// document of article a: made by its rules from a's title and language.
// The store answers for the text and the annotator.
func RecordFits(a *corpus.Article, rec []byte) bool {
	var r record
	_, err := decodeHead(rec, &r, nil)
	return err == nil && r.title == a.Title && r.language == a.Language
}

// alignMentions returns the mentions of rec, their names resolved as ms
// has them, as alignment reads them.
func (rec *record) alignMentions(ms []nlp.Mention) []align.Mention {
	out := make([]align.Mention, len(ms))
	for k, m := range ms {
		out[k] = align.Mention{Name: m.Name, Type: m.Type, Lead: rec.lead[k], Para: rec.para[k]}
	}
	return out
}
