package compare

// Alignment's corpus-wide inputs kept between comparisons.
//
// Algorithm: alignment weighs each article's terms and entities by their
// document frequencies over the compared corpus, and resolves names
// across it (nlp.Names), so every article's vector depends on every other
// article and an addition changes them all. A comparison of a whole store
// keeps both, with the set of articles they were made from (each by its
// scanDigest), and uses them as the background counts are used
// (counts.go):
//
//	none kept, or an article of the set gone or changed ─▶ today's alignment; keep its inputs
//	new articles more than RefreshShare of the set ─────▶ the same: every input made anew
//	otherwise ─▶ names resolved and terms weighed by the kept set (nlp.Names.ResolverWith,
//	             align.Options.Frequencies), the new articles among them
//
// So between refreshes an addition leaves every older article's names and
// vector as they were, and a refresh (or a store with nothing kept) is
// exactly the comparison of a store with no kept state, to the byte: the
// kept inputs of a set are those the set's own comparison makes. Until a
// refresh, a new article's terms and names weigh as in no article of the
// set, the weight of the rarest; the report says so in params.alignment.
//
// Limits: only a comparison of one compared language from a store keeps
// these (StartScan); one of several languages aligns from the documents
// (Start) as before. The stream itself is run again over every article.

import (
	"bytes"
	"compress/flate"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/framediff/framediff/compare/align"
	"github.com/framediff/framediff/corpus/nlp"
)

// Alignments keeps alignment's inputs for a store by key, with the set of
// articles they were made from. corpus/store implements it.
type Alignments interface {
	// Aligned returns the set and the state kept under key, read
	// together; nil and nil when none are.
	Aligned(ctx context.Context, key string) (set, state []byte, err error)
	// KeepAligned keeps a set and its state under key, replacing any.
	KeepAligned(ctx context.Context, key string, set, state []byte) error
}

// alignedKey names the alignment inputs of a store compared with opts:
// what changes how names are collected and resolved and how terms and
// entities are read and counted.
func alignedKey(opts Options) string {
	h := sha256.New()
	fmt.Fprintf(h, "aligned %d\nalign %d\nraw %d\nprogram %s\nannotator %d\nterms %d\n",
		cacheFormat, align.Version, align.RawVersion, program(), nlp.AnnotatorVersion, nlp.TermVersion)
	sw := opts.Stopwords
	if sw == nil {
		sw = nlp.DefaultStopwords()
	}
	aliases := opts.Aliases
	if aliases == nil {
		aliases = nlp.DefaultAliases()
	}
	fmt.Fprintf(h, "stopwords %x\naliases %x\n", sw.Digest(), aliases.Digest())
	return string(h.Sum(nil))
}

// alignedState is what a comparison keeps of its alignment's inputs.
type alignedState struct {
	names *nlp.Names
	freq  *align.Frequencies
}

// keptAligned returns the state kept for a store whose compared articles
// have the scanDigests reads, when the Algorithm above says to use it,
// and the number of articles it was made from; nil when the comparison
// must make its inputs anew. A set or state this program cannot read is
// made anew, as one never kept.
func keptAligned(ctx context.Context, as Alignments, opts Options, reads [][32]byte) (*alignedState, int, error) {
	rawSet, rawState, err := as.Aligned(ctx, alignedKey(opts))
	if err != nil || rawSet == nil {
		return nil, 0, err
	}
	set, err := decodeSet(rawSet)
	if err != nil || len(set) == 0 {
		return nil, 0, nil
	}
	now := make(map[[32]byte]bool, len(reads))
	for _, x := range reads {
		now[x] = true
	}
	in := make(map[[32]byte]bool, len(set))
	for _, x := range set {
		if !now[x] || in[x] {
			return nil, 0, nil // gone or changed; or a set no comparison keeps
		}
		in[x] = true
	}
	share := opts.RefreshShare
	if share == 0 {
		share = DefaultRefreshShare
	}
	if float64(len(reads)-len(set)) > share*float64(len(set)) {
		return nil, 0, nil
	}
	st, err := decodeAligned(rawState, opts.Aliases)
	if err != nil || st.freq.Docs() != len(set) {
		return nil, 0, nil
	}
	return st, len(set), nil
}

// alignedMagic opens an encoded alignedState; its last byte is the
// encoding's version.
const alignedMagic = "fdas\x01"

// encodeAligned encodes the names (nlp.Names.MarshalBinary) and
// frequencies of a state: the magic, then DEFLATE of the names' length,
// the names and the frequencies.
func encodeAligned(names []byte, freq *align.Frequencies) ([]byte, error) {
	fb, err := freq.MarshalBinary()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(alignedMagic)
	zw := newDeflater(&b)
	defer deflaters.Put(zw)
	zw.Write(binary.AppendUvarint(nil, uint64(len(names))))
	zw.Write(names)
	zw.Write(fb)
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// decodeAligned decodes what encodeAligned encoded, into names with the
// alias table aliases (nil: the built-in one).
func decodeAligned(b []byte, aliases *nlp.Aliases) (*alignedState, error) {
	if len(b) < len(alignedMagic) || string(b[:len(alignedMagic)]) != alignedMagic {
		return nil, fmt.Errorf("kept alignment: not an encoding of this version")
	}
	raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(b[len(alignedMagic):])))
	if err != nil {
		return nil, fmt.Errorf("kept alignment: %w", err)
	}
	n, k := binary.Uvarint(raw)
	if k <= 0 || n > uint64(len(raw)-k) {
		return nil, fmt.Errorf("kept alignment: names of %d bytes in %d", n, len(raw))
	}
	raw = raw[k:]
	st := &alignedState{names: nlp.NewNames(aliases), freq: &align.Frequencies{}}
	if err := st.names.UnmarshalBinary(raw[:n]); err != nil {
		return nil, err
	}
	if err := st.freq.UnmarshalBinary(raw[n:]); err != nil {
		return nil, err
	}
	return st, nil
}

// alignedShare is Params.Alignment for inputs made from n of a store's
// total compared articles.
func alignedShare(n, total int) string {
	return fmt.Sprintf("names and term frequencies of %d of the %d articles aligned, kept in the store", n, total)
}
