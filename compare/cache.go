package compare

// Framing kept between comparisons.
//
// Algorithm: the framing of an event is a function of its member
// documents (as framing reads them: text, metadata, and the entity names
// and quote speakers resolved across the corpus), the options that change
// framing, the background the prior is drawn from, and the program that
// computes it. An event's key is the SHA-256 of all of these:
//
//	key = H(program, annotator, options, background, H(member)...)
//
// A comparison looks every event's key up in the Cache, frames only the
// events it misses, and keeps their framing under their keys. An event
// whose members did not change, in a comparison with the same options and
// background, is read back instead of framed again; one article added,
// changed or resolved differently changes its event's key and only its.
//
// Limits: the background counts the whole corpus, so a comparison whose
// background is counted from its documents (no Options.Counts) has a new
// background, and so new keys, whenever a document is added; a store
// keeps counts that change only when it chooses to bring them up to date
// (corpus/store). Keys are never removed: a store grows by the framing of
// the events that changed.

import (
	"bytes"
	"compress/flate"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"math"
	"os"
	"runtime/debug"
	"slices"
	"sync"

	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
	"github.com/framediff/framediff/corpus/nlp/target"
	"github.com/framediff/framediff/internal/par"
)

// Cache keeps the framing of events between comparisons, by keys that name
// everything the framing depends on. corpus/store implements it.
type Cache interface {
	// Frames returns the values it holds of keys.
	Frames(ctx context.Context, keys []string) (map[string][]byte, error)
	// KeepFrames keeps values by key; a key already kept keeps its value.
	KeepFrames(ctx context.Context, frames map[string][]byte) error
}

// cacheFormat is the version of a cached value's encoding and of what it
// holds; a change to either starts new keys.
const cacheFormat = 2

// program identifies the code that frames: the version control revision
// it was built from when the build says so and its tree was clean, else
// the SHA-256 of the executable, so that a changed program never reads
// what another computed.
var program = sync.OnceValue(func() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		rev, clean := "", false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				clean = s.Value == "false"
			}
		}
		if rev != "" && clean {
			return "revision " + rev
		}
	}
	exe, err := os.Executable()
	if err == nil {
		var f *os.File
		if f, err = os.Open(exe); err == nil {
			defer f.Close()
			h := sha256.New()
			if _, err = io.Copy(h, f); err == nil {
				return "executable " + hex.EncodeToString(h.Sum(nil))
			}
		}
	}
	// No identity: a key no other run can have, so nothing is shared.
	return "unknown " + rand.Text()
})

// fields hashes a sequence of fields so that no two sequences hash
// alike: strings with their length, numbers in eight bytes. Short fields
// are gathered in buf and written to the hash together: a document's
// digest is hundreds of fields (four or five for each entity mention),
// and writing each to the hash on its own took the digests' CPU.
type fields struct {
	h   hash.Hash
	buf []byte
}

// directField is the length from which a string goes to the hash on its
// own rather than gathered with the fields before and after it (an
// article's text).
const directField = 512

func newFields() *fields { return &fields{h: sha256.New(), buf: make([]byte, 0, 1024)} }

func (f *fields) str(s string) {
	f.buf = binary.AppendUvarint(f.buf, uint64(len(s)))
	if len(s) >= directField {
		// Through the buffer a part at a time: the hash takes bytes, and
		// io.WriteString would copy the whole text to a new slice.
		f.flush()
		for len(s) > 0 {
			n := copy(f.buf[:cap(f.buf)], s)
			f.h.Write(f.buf[:n])
			s = s[n:]
		}
		return
	}
	f.buf = append(f.buf, s...)
}

// bytes is str of string(b).
func (f *fields) bytes(b []byte) {
	f.buf = binary.AppendUvarint(f.buf, uint64(len(b)))
	f.buf = append(f.buf, b...)
}

func (f *fields) num(x int64) {
	f.buf = binary.LittleEndian.AppendUint64(f.buf, uint64(x))
}

func (f *fields) flush() {
	if len(f.buf) > 0 {
		f.h.Write(f.buf)
		f.buf = f.buf[:0]
	}
}

func (f *fields) sum() [32]byte {
	f.flush()
	var out [32]byte
	f.h.Sum(out[:0])
	return out
}

// docDigest is the SHA-256 of what framing reads of a document.
func docDigest(d *nlp.Doc) [32]byte {
	return docDigestOf(&d.Article, textSum(d.Text), d.Entities, speakers(d.Quotes))
}

// docDigestOf is docDigest of the document of article a, whose text has
// the SHA-256 text, with the resolved mentions ms and quote speakers
// speakers: what a record (record.go) gives of it.
func docDigestOf(a *corpus.Article, text [32]byte, ms []nlp.Mention, speakers []string) [32]byte {
	f := newFields()
	f.str(a.ID)
	f.str(a.Outlet)
	f.str(a.Title)
	f.str(a.URL)
	f.str(a.Language)
	if a.HasDate() {
		_, off := a.Published.Zone()
		f.num(a.Published.UnixNano())
		f.num(int64(off))
	} else {
		f.num(math.MinInt64)
	}
	f.bytes(text[:])
	// Names are resolved across the corpus: the same article may name
	// another entity in a larger one.
	f.num(int64(len(ms)))
	for _, m := range ms {
		f.str(m.Name)
		f.str(m.Type)
		f.num(int64(m.Start))
		f.num(int64(m.End))
	}
	f.num(int64(len(speakers)))
	for _, s := range speakers {
		f.str(s)
	}
	return f.sum()
}

// speakers returns the speaker of each quote, in order.
func speakers(qs []nlp.Quote) []string {
	out := make([]string, len(qs))
	for k, q := range qs {
		out[k] = q.Speaker
	}
	return out
}

// textSum is the SHA-256 of a text. The digests hash it in place of the
// text, so that a record, which holds it, stands for its document.
func textSum(text string) [32]byte {
	h := sha256.New()
	var buf [4096]byte
	for len(text) > 0 {
		n := copy(buf[:], text)
		h.Write(buf[:n])
		text = text[n:]
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// digests computes every document's digest on workers goroutines.
func digests(docs []*nlp.Doc, workers int) map[*nlp.Doc][32]byte {
	ds := make([][32]byte, len(docs))
	par.Do(len(docs), par.Workers(workers), func(_, i int) { ds[i] = docDigest(docs[i]) })
	out := make(map[*nlp.Doc][32]byte, len(docs))
	for i, d := range docs {
		out[d] = ds[i]
	}
	return out
}

// optionsDigest hashes the options that change an event's framing, the
// program and the models, and the background's identity.
func optionsDigest(opts Options, background string) []byte {
	h := sha256.New()
	w := func(format string, args ...any) { fmt.Fprintf(h, format+"\n", args...) }
	w("format %d", cacheFormat)
	w("program %s", program())
	w("annotator %d", nlp.AnnotatorVersion)
	w("terms %d", nlp.TermVersion)
	w("loaded %d", loaded.ModelVersion)
	w("target %s", target.ModelVersion)
	w("top %d", opts.Top)
	w("prior %v", math.Float64bits(opts.PriorWeight))
	sw := opts.Stopwords
	if sw == nil {
		sw = nlp.DefaultStopwords()
	}
	w("stopwords %x", sw.Digest())
	lex := opts.Lexicon
	if lex == nil {
		lex = frame.DefaultLexicon()
	}
	w("lexicon %x", lex.Digest())
	aliases := opts.Aliases
	if aliases == nil {
		aliases = nlp.DefaultAliases()
	}
	w("aliases %x", aliases.Digest())
	if opts.Background != nil {
		w("background file %x", opts.Background.Digest())
	}
	w("corpus background %s", background)
	w("pairs %v", !opts.NoPairs)
	pairs := make([]string, len(opts.PairOutlets))
	for i, o := range opts.PairOutlets {
		pairs[i] = corpus.Slug(o)
	}
	slices.Sort(pairs)
	w("pair outlets %q", slices.Compact(pairs))
	return h.Sum(nil)
}

// corpusDigest identifies a background counted from docs: their digests,
// in order (docs are sorted).
func corpusDigest(docs []*nlp.Doc, ds map[*nlp.Doc][32]byte) string {
	in := make([][32]byte, len(docs))
	for i, d := range docs {
		in[i] = ds[d]
	}
	return digestOfDigests(in)
}

// digestOfDigests is corpusDigest from the documents' digests, in order.
func digestOfDigests(ds [][32]byte) string {
	h := sha256.New()
	for _, x := range ds {
		h.Write(x[:])
	}
	return "docs " + hex.EncodeToString(h.Sum(nil))
}

// eventKey is the cache key of an event whose members have the digests
// members (docDigest), in any order.
func eventKey(h hash.Hash, opts []byte, members [][32]byte) string {
	sorted := slices.Clone(members)
	slices.SortFunc(sorted, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
	h.Reset()
	h.Write(opts)
	for _, x := range sorted {
		h.Write(x[:])
	}
	return string(h.Sum(nil))
}

// encodeFrame and decodeFrame turn a framed event into a cached value and
// back: the JSON of its framing as the report encodes it (eventFraming),
// which gives back every field the report renders exactly (floats
// round-trip), compressed. encodeFrame returns the JSON too, for the
// report to write instead of encoding the framing again.
func encodeFrame(ev *frame.Event) (value, raw []byte, err error) {
	raw, err = json.Marshal(framingOf(ev))
	if err != nil {
		return nil, nil, err
	}
	var b bytes.Buffer
	zw := newDeflater(&b)
	defer deflaters.Put(zw)
	if _, err := zw.Write(raw); err != nil {
		return nil, nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, nil, err
	}
	return b.Bytes(), raw, nil
}

// deflaters keeps compressors for reuse: each holds about 1 MB of tables,
// and a cold comparison compresses two values for every event it frames
// (its framing and its summary), which made a new compressor a third of
// the bytes the comparison allocated outside framing. A compressor Reset
// writes what a new one writes, byte for byte.
var deflaters sync.Pool

// newDeflater returns a compressor at flate.BestSpeed writing to w; put
// it back in deflaters when done.
func newDeflater(w io.Writer) *flate.Writer {
	if zw, ok := deflaters.Get().(*flate.Writer); ok {
		zw.Reset(w)
		return zw
	}
	zw, err := flate.NewWriter(w, flate.BestSpeed)
	if err != nil {
		panic("compare: flate.BestSpeed refused: " + err.Error()) // a valid level: never
	}
	return zw
}

// decodeFrame sets the framing of ev to that of the value v; its Outlets
// and Entities, which the key of the value names, are left as they are.
func decodeFrame(v []byte, ev *frame.Event) error {
	zr := flate.NewReader(bytes.NewReader(v))
	defer zr.Close()
	var f eventFraming
	if err := json.NewDecoder(zr).Decode(&f); err != nil {
		return err
	}
	ev.Framing, ev.Terms, ev.QuotedTerms, ev.LoadedWords, ev.Emphasis = f.Framing, f.Terms, f.QuotedTerms, f.LoadedWords, f.Emphasis
	ev.Pairs, ev.Sentiment, ev.Similarity, ev.Quotes, ev.EntityTone = f.Pairs, f.Sentiment, f.Similarity, f.Quotes, f.EntityTone
	ev.Labels, ev.Unique, ev.Lexicon = f.Labels, f.Unique, f.Lexicon
	return nil
}
