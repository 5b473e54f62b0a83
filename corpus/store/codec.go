package store

// Encoding of annotations.
//
// Algorithm: a Doc's annotations (paragraphs, sentences, tokens, entity
// mentions, quotes, the word count) are one blob per article, written
// field by field in a fixed order. Every integer is a zig-zag varint of
// its difference from the value before it of the same kind (a token's
// start from the previous token's end, its end from its start), so that
// offsets into a 5 KB text take one or two bytes. Strings (tags, entity
// names and types, speakers, cues) go through a table built as the blob
// is written: the first use writes the string, later uses write its
// number. Sentence tone is the float64's 8 bytes, so that it comes back
// bit for bit. A slice's length is written plus one, 0 meaning nil, so
// that nil and empty slices stay apart.
//
//	blob  = version(1 byte) words paragraphs sentences tokens mentions quotes
//	token = Δstart len tag        ~3 bytes for a typical token
//
// Scoring: a typical news article of 700 words and 800 tokens encodes to
// about 3.5 KB, under the size of its text.
//
// Limits: the encoding is this package's, versioned by codecVersion. A
// field added to nlp.Doc or its parts must be added here and the
// version raised; TestCodecRoundTrip fills every field by reflection and
// fails until it is. Decoding checks every length against the bytes left,
// so a damaged blob is an error, never a panic or a huge allocation.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// codecVersion is the first byte of every blob.
const codecVersion = 1

// errCorrupt is returned, wrapped, for a blob that cannot be decoded.
var errCorrupt = errors.New("damaged annotations")

// encoder appends a blob to buf.
type encoder struct {
	buf     []byte
	strings map[string]int
}

func (e *encoder) int(v int) { e.buf = binary.AppendVarint(e.buf, int64(v)) }

func (e *encoder) uint(v int) { e.buf = binary.AppendUvarint(e.buf, uint64(v)) }

func (e *encoder) float(f float64) {
	e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(f))
}

func (e *encoder) bool(b bool) {
	if b {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

// str writes a string's number in the table, or 0 and the string itself
// the first time.
func (e *encoder) str(s string) {
	if i, ok := e.strings[s]; ok {
		e.uint(i + 1)
		return
	}
	e.strings[s] = len(e.strings)
	e.uint(0)
	e.uint(len(s))
	e.buf = append(e.buf, s...)
}

// length writes a slice's length plus one, 0 for nil.
func (e *encoder) length(isNil bool, n int) {
	if isNil {
		e.uint(0)
		return
	}
	e.uint(n + 1)
}

// encodeAnnotations appends d's annotations to buf. Article fields are
// not in the blob: they are columns of the articles table.
func encodeAnnotations(buf []byte, d *nlp.Doc) []byte {
	e := &encoder{buf: buf, strings: make(map[string]int, 64)}
	e.buf = append(e.buf, codecVersion)
	e.int(d.WordCount)

	e.length(d.Paragraphs == nil, len(d.Paragraphs))
	prev := 0
	for _, p := range d.Paragraphs {
		e.int(p.Start - prev)
		e.int(p.End - p.Start)
		prev = p.End
	}

	e.length(d.Sentences == nil, len(d.Sentences))
	prev, prevPara, prevTok := 0, 0, 0
	for _, s := range d.Sentences {
		e.int(s.Start - prev)
		e.int(s.End - s.Start)
		e.int(s.Para - prevPara)
		e.int(s.TokStart - prevTok)
		e.int(s.TokEnd - s.TokStart)
		e.float(s.Tone)
		prev, prevPara, prevTok = s.End, s.Para, s.TokEnd
	}

	e.length(d.Tokens == nil, len(d.Tokens))
	prev = 0
	for _, t := range d.Tokens {
		e.int(t.Start - prev)
		e.int(t.End - t.Start)
		e.str(t.Tag)
		prev = t.End
	}

	e.length(d.Entities == nil, len(d.Entities))
	prev, prevSent := 0, 0
	for _, m := range d.Entities {
		e.int(m.Start - prev)
		e.int(m.End - m.Start)
		e.str(m.Name)
		e.str(m.Type)
		e.int(m.Sent - prevSent)
		prev, prevSent = m.Start, m.Sent
	}

	e.length(d.Quotes == nil, len(d.Quotes))
	prev, prevSent = 0, 0
	for _, q := range d.Quotes {
		e.int(q.Start - prev)
		e.int(q.End - q.Start)
		e.str(q.Speaker)
		e.str(q.Cue)
		e.int(q.Sent - prevSent)
		e.bool(q.Continues)
		prev, prevSent = q.Start, q.Sent
	}
	return e.buf
}

// decoder reads one blob. intern, shared by the blobs one read decodes,
// keeps a single copy of each tag, type and name in memory.
type decoder struct {
	b       []byte
	err     error
	strings []string
	intern  map[string]string
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: bad %s", errCorrupt, what)
	}
}

func (d *decoder) int() int {
	v, n := binary.Varint(d.b)
	if n <= 0 || v > math.MaxInt32 || v < math.MinInt32 {
		d.fail("number")
		d.b = nil
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

func (d *decoder) uint() int {
	v, n := binary.Uvarint(d.b)
	if n <= 0 || v > math.MaxInt32 {
		d.fail("number")
		d.b = nil
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

func (d *decoder) float() float64 {
	if len(d.b) < 8 {
		d.fail("tone")
		d.b = nil
		return 0
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return f
}

func (d *decoder) bool() bool {
	if len(d.b) < 1 || d.b[0] > 1 {
		d.fail("flag")
		d.b = nil
		return false
	}
	v := d.b[0] == 1
	d.b = d.b[1:]
	return v
}

func (d *decoder) str() string {
	i := d.uint()
	if d.err != nil {
		return ""
	}
	if i > 0 {
		if i > len(d.strings) {
			d.fail("string reference")
			return ""
		}
		return d.strings[i-1]
	}
	n := d.uint()
	if d.err != nil || n > len(d.b) {
		d.fail("string")
		d.b = nil
		return ""
	}
	s, ok := d.intern[string(d.b[:n])]
	if !ok {
		s = string(d.b[:n])
		if d.intern != nil {
			d.intern[s] = s
		}
	}
	d.b = d.b[n:]
	d.strings = append(d.strings, s)
	return s
}

// length reads a slice length; nil reports a nil slice. Each element takes
// at least minBytes, so a length the bytes left cannot hold is damage, not
// an allocation to attempt.
func (d *decoder) length(minBytes int) (n int, isNil bool) {
	v := d.uint()
	if d.err != nil {
		return 0, true
	}
	if v == 0 {
		return 0, true
	}
	n = v - 1
	if n*minBytes > len(d.b) {
		d.fail("length")
		d.b = nil
		return 0, true
	}
	return n, false
}

// decodeAnnotations fills d's annotations from blob. intern may be nil.
func decodeAnnotations(blob []byte, d *nlp.Doc, intern map[string]string) error {
	if len(blob) == 0 {
		return fmt.Errorf("%w: empty", errCorrupt)
	}
	if blob[0] != codecVersion {
		return fmt.Errorf("%w: encoding version %d, this framediff reads %d", errCorrupt, blob[0], codecVersion)
	}
	r := &decoder{b: blob[1:], intern: intern}
	d.WordCount = r.int()

	if n, isNil := r.length(2); !isNil {
		d.Paragraphs = make([]corpus.Span, n)
		prev := 0
		for i := range d.Paragraphs {
			p := &d.Paragraphs[i]
			p.Start = prev + r.int()
			p.End = p.Start + r.int()
			prev = p.End
		}
	}

	if n, isNil := r.length(13); !isNil {
		d.Sentences = make([]nlp.Sentence, n)
		prev, prevPara, prevTok := 0, 0, 0
		for i := range d.Sentences {
			s := &d.Sentences[i]
			s.Start = prev + r.int()
			s.End = s.Start + r.int()
			s.Para = prevPara + r.int()
			s.TokStart = prevTok + r.int()
			s.TokEnd = s.TokStart + r.int()
			s.Tone = r.float()
			prev, prevPara, prevTok = s.End, s.Para, s.TokEnd
		}
	}

	if n, isNil := r.length(3); !isNil {
		d.Tokens = make([]nlp.Token, n)
		prev := 0
		for i := range d.Tokens {
			t := &d.Tokens[i]
			t.Start = prev + r.int()
			t.End = t.Start + r.int()
			t.Tag = r.str()
			prev = t.End
		}
	}

	if n, isNil := r.length(5); !isNil {
		d.Entities = make([]nlp.Mention, n)
		prev, prevSent := 0, 0
		for i := range d.Entities {
			m := &d.Entities[i]
			m.Start = prev + r.int()
			m.End = m.Start + r.int()
			m.Name = r.str()
			m.Type = r.str()
			m.Sent = prevSent + r.int()
			prev, prevSent = m.Start, m.Sent
		}
	}

	if n, isNil := r.length(6); !isNil {
		d.Quotes = make([]nlp.Quote, n)
		prev, prevSent := 0, 0
		for i := range d.Quotes {
			q := &d.Quotes[i]
			q.Start = prev + r.int()
			q.End = q.Start + r.int()
			q.Speaker = r.str()
			q.Cue = r.str()
			q.Sent = prevSent + r.int()
			q.Continues = r.bool()
			prev, prevSent = q.Start, q.Sent
		}
	}
	if r.err != nil {
		return r.err
	}
	if len(r.b) != 0 {
		return fmt.Errorf("%w: %d bytes left over", errCorrupt, len(r.b))
	}
	return nil
}

// checkSpans reports the first span of d outside its text or index out of
// range, so that a damaged row is refused here rather than panicking in
// the comparison.
func checkSpans(d *nlp.Doc) error {
	n := len(d.Text)
	bad := func(s, e int) bool { return s < 0 || s > e || e > n }
	for i, p := range d.Paragraphs {
		if bad(p.Start, p.End) {
			return fmt.Errorf("%w: paragraph %d outside the text", errCorrupt, i)
		}
	}
	for i, s := range d.Sentences {
		if bad(s.Start, s.End) || s.TokStart < 0 || s.TokStart > s.TokEnd || s.TokEnd > len(d.Tokens) || s.Para < 0 || s.Para >= len(d.Paragraphs) {
			return fmt.Errorf("%w: sentence %d out of range", errCorrupt, i)
		}
	}
	for i, t := range d.Tokens {
		if bad(t.Start, t.End) {
			return fmt.Errorf("%w: token %d outside the text", errCorrupt, i)
		}
	}
	for i, m := range d.Entities {
		if bad(m.Start, m.End) || m.Sent < 0 || (m.Sent >= len(d.Sentences) && m.Sent != 0) {
			return fmt.Errorf("%w: entity %d out of range", errCorrupt, i)
		}
	}
	for i, q := range d.Quotes {
		if bad(q.Start, q.End) || q.Sent < 0 || (q.Sent >= len(d.Sentences) && q.Sent != 0) {
			return fmt.Errorf("%w: quote %d out of range", errCorrupt, i)
		}
	}
	return nil
}
