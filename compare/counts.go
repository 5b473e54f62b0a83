package compare

// Background counts kept between comparisons.
//
// Algorithm: the counts of a store's articles are kept with the set of
// articles counted (each by the digest of what counting reads: countDigest).
// A comparison of the whole store reads that set and compares it with
// its documents:
//
//	none kept, or a counted article gone or changed ─▶ count every document, keep
//	new documents more than RefreshShare of those counted ─▶ count only them, add, keep
//	otherwise ─▶ use the kept counts as they are
//
// The counts change in steps, not with every article added, because the
// framing of every event depends on them (cache.go): an article added
// changes the framing of its own event only, until the articles not yet
// counted pass RefreshShare of the store, when every event is framed
// again against counts brought up to date. Until then, the prior of the
// new articles' terms is drawn from counts that lack them, as a prior
// drawn from any earlier sample of the same news would; the report says
// so in params.background.
//
// Limits: counting reads the documents' text, entity spans and types and
// outlets; types can change as names are resolved across a larger corpus,
// which counts as a change.

import (
	"bytes"
	"compress/flate"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/par"
)

// Backgrounds keeps the background counts of a corpus by key, with the
// set of documents they count. corpus/store implements it.
type Backgrounds interface {
	// Counted returns the set kept under key; nil when none is.
	Counted(ctx context.Context, key string) ([]byte, error)
	// Counts returns the counts kept under key.
	Counts(ctx context.Context, key string) ([]byte, error)
	// KeepCounts keeps a set and its counts under key, replacing any.
	KeepCounts(ctx context.Context, key string, counted, counts []byte) error
}

// DefaultRefreshShare is the share of articles not yet counted at which a
// store's counts are brought up to date: a tenth.
const DefaultRefreshShare = 0.1

// countsKey names the counts of a corpus made with these options: what
// changes how documents are counted.
func countsKey(opts Options) string {
	h := sha256.New()
	// Counts are made of term keys: new keys (nlp.TermVersion) count anew.
	fmt.Fprintf(h, "counts %d\nprogram %s\nannotator %d\nterms %d\n", cacheFormat, program(), nlp.AnnotatorVersion, nlp.TermVersion)
	sw := opts.Stopwords
	if sw == nil {
		sw = nlp.DefaultStopwords()
	}
	fmt.Fprintf(h, "stopwords %x\n", sw.Digest())
	return string(h.Sum(nil))
}

// countDigest is the SHA-256 of what counting reads of a document.
func countDigest(d *nlp.Doc) [32]byte { return countDigestOf(&d.Article, textSum(d.Text), d.Entities) }

// countDigestOf is countDigest of the document of article a, whose text
// has the SHA-256 text, with the resolved mentions ms.
func countDigestOf(a *corpus.Article, text [32]byte, ms []nlp.Mention) [32]byte {
	f := newFields()
	f.str(a.ID)
	f.str(a.Outlet)
	f.str(a.Title)
	f.bytes(text[:])
	var span []byte
	for _, m := range ms {
		f.str(m.Type)
		// fmt.Sprint(m.Start, m.End), written without allocating.
		span = strconv.AppendInt(span[:0], int64(m.Start), 10)
		span = append(span, ' ')
		span = strconv.AppendInt(span, int64(m.End), 10)
		f.bytes(span)
	}
	return f.sum()
}

// keptCounts returns the background counts of a store's whole corpus,
// whose documents have the countDigests ds, from bs as the Algorithm
// above says, with their identity and the number of documents they count.
// add counts the documents of the positions idx (of ds) into c.
func keptCounts(ctx context.Context, bs Backgrounds, ds [][32]byte, opts Options, add func(c *frame.Counts, idx []int) error) (*frame.Counts, string, int, error) {
	key := countsKey(opts)
	now := map[[32]byte]bool{}
	for _, x := range ds {
		now[x] = true
	}
	raw, err := bs.Counted(ctx, key)
	if err != nil {
		return nil, "", 0, err
	}
	counted, err := decodeSet(raw)
	if err != nil {
		counted = nil // a set this program cannot read is counted again
	}
	whole := counted == nil
	for _, x := range counted {
		if !now[x] {
			whole = true // gone or changed: counts cannot be taken back
			break
		}
	}
	share := opts.RefreshShare
	if share == 0 {
		share = DefaultRefreshShare
	}
	var c *frame.Counts
	switch {
	case whole:
		c = frame.NewCounts()
		all := make([]int, len(ds))
		for i := range all {
			all[i] = i
		}
		if err := add(c, all); err != nil {
			return nil, "", 0, err
		}
		counted = slices.Clone(ds)
	case float64(len(ds)-len(counted)) > share*float64(len(counted)):
		var err error
		if c, err = loadCounts(ctx, bs, opts, setID(counted)); err != nil {
			return nil, "", 0, err
		}
		was := map[[32]byte]bool{}
		for _, x := range counted {
			was[x] = true
		}
		var idx []int
		for i, x := range ds {
			if !was[x] {
				idx = append(idx, i)
				counted = append(counted, x)
			}
		}
		if err := add(c, idx); err != nil {
			return nil, "", 0, err
		}
	default:
		// Read when an event is framed: a comparison answered from the
		// cache needs the counts' identity only.
		return nil, setID(counted), len(counted), nil
	}
	blob, err := deflate(c, setID(counted))
	if err != nil {
		return nil, "", 0, err
	}
	if err := bs.KeepCounts(ctx, key, encodeSet(counted), blob); err != nil {
		return nil, "", 0, err
	}
	return c, setID(counted), len(counted), nil
}

// countDigests returns the countDigest of each document.
func countDigests(docs []*nlp.Doc, workers int) [][32]byte {
	ds := make([][32]byte, len(docs))
	par.Do(len(docs), par.Workers(workers), func(_, i int) { ds[i] = countDigest(docs[i]) })
	return ds
}

// ChangedError is background counts replaced by another process between
// two reads of one comparison.
type ChangedError struct{}

func (ChangedError) Error() string {
	return "the store's background counts were brought up to date by another comparison meanwhile: run this one again"
}

// loadCounts reads the counts kept under opts' key, which must be those of
// the set id.
func loadCounts(ctx context.Context, bs Backgrounds, opts Options, id string) (*frame.Counts, error) {
	blob, err := bs.Counts(ctx, countsKey(opts))
	if err != nil {
		return nil, err
	}
	if len(blob) < len(id) || string(blob[:len(id)]) != id {
		return nil, ChangedError{}
	}
	c := frame.NewCounts()
	return c, unflate(blob[len(id):], c)
}

// setID identifies a set of documents whatever its order.
func setID(set [][32]byte) string {
	s := slices.Clone(set)
	slices.SortFunc(s, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
	h := sha256.New()
	for _, x := range s {
		h.Write(x[:])
	}
	return "counted " + hex.EncodeToString(h.Sum(nil))
}

func encodeSet(set [][32]byte) []byte {
	out := make([]byte, 0, 32*len(set))
	for _, x := range set {
		out = append(out, x[:]...)
	}
	return out
}

func decodeSet(b []byte) ([][32]byte, error) {
	if b == nil {
		return nil, nil
	}
	if len(b)%32 != 0 {
		return nil, fmt.Errorf("counted set of %d bytes", len(b))
	}
	out := make([][32]byte, len(b)/32)
	for i := range out {
		copy(out[i][:], b[32*i:])
	}
	return out, nil
}

// deflate encodes counts after the identity of the set they count.
func deflate(c *frame.Counts, id string) ([]byte, error) {
	raw, err := c.MarshalBinary()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(id)
	zw := newDeflater(&b)
	defer deflaters.Put(zw)
	if _, err := zw.Write(raw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func unflate(blob []byte, c *frame.Counts) error {
	raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(blob)))
	if err != nil {
		return fmt.Errorf("background counts: %w", err)
	}
	return c.UnmarshalBinary(raw)
}
