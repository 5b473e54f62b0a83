package align

// Document frequencies kept between alignments.
//
// Alignment weighs every term and entity by its IDF over the compared
// corpus (idf.go), so an article added to a store changes the vector of
// every article that shares a word with it. A comparison of a growing
// store can instead weigh by Frequencies counted over an earlier set of
// its articles, kept in the store and brought up to date in steps, as the
// background counts are (compare/counts.go): between two refreshes every
// older article's vector stays as it was. A key or name the kept set does
// not hold counts as in no document of it, the weight of the rarest.
//
// Frequencies counted over exactly the articles aligned weigh them as the
// corpus's own IDF does, to the bit: the same counts, the same n, the same
// formula (vocabulary.idf).

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
)

// Version names alignment's rules as far as a kept state depends on them:
// raise it with any change to how terms and entities are read, hashed
// (hashKey) or weighed, so that frequencies kept by an older program are
// counted again rather than misread.
const Version = 1

// Frequencies are the document frequencies of a set of articles' terms
// and entities, by hashed key, and the number of articles counted.
type Frequencies struct {
	docs        int
	terms, ents map[uint64]int32
}

// Docs returns the number of articles counted.
func (f *Frequencies) Docs() int { return f.docs }

// Frequencies returns the document frequencies of the documents read so
// far, counted as the corpus's own IDF counts them. Call it before Align,
// which drops what it counts.
func (c *Corpus) Frequencies() *Frequencies {
	f := &Frequencies{docs: len(c.arts), terms: map[uint64]int32{}, ents: map[uint64]int32{}}
	for _, ws := range c.rawT {
		for _, x := range ws {
			f.terms[x.h]++
		}
	}
	for _, ws := range c.rawE {
		for _, x := range ws {
			f.ents[x.h]++
		}
	}
	return f
}

// keptIDF replaces the IDF of each id of ids (sharded as assignIDs
// shards them) by its IDF under f.
func (f *Frequencies) keptIDF(idf []float64, ids []map[uint64]int32, df map[uint64]int32) {
	v := vocabulary{n: f.docs}
	for _, m := range ids {
		for h, id := range m {
			idf[id] = v.idf(df[h])
		}
	}
}

// frequenciesMagic opens an encoded Frequencies; its last byte is the
// encoding's version.
const frequenciesMagic = "fdaf\x01"

// MarshalBinary encodes f: the magic, the number of articles, then the
// terms and the entities, each as a count and (key, frequency) pairs in
// increasing order of key, the keys as differences from the one before.
// The same frequencies give the same bytes.
func (f *Frequencies) MarshalBinary() ([]byte, error) {
	out := []byte(frequenciesMagic)
	out = binary.AppendUvarint(out, uint64(f.docs))
	for _, m := range []map[uint64]int32{f.terms, f.ents} {
		out = binary.AppendUvarint(out, uint64(len(m)))
		prev := uint64(0)
		for _, h := range slices.Sorted(maps.Keys(m)) {
			out = binary.AppendUvarint(out, h-prev)
			out = binary.AppendUvarint(out, uint64(m[h]))
			prev = h
		}
	}
	return out, nil
}

// FrequenciesError is an encoded Frequencies this program cannot read: a
// store's bytes are not trusted.
type FrequenciesError struct{ Msg string }

func (e *FrequenciesError) Error() string { return "kept document frequencies: " + e.Msg }

var errShort = errors.New("short")

// minimalUvarint is the length of v's shortest encoding: a longer one
// (padded with 0x80 bytes) is refused, so that an encoding is canonical.
func minimalUvarint(v uint64) int {
	var buf [binary.MaxVarintLen64]byte
	return len(binary.AppendUvarint(buf[:0], v))
}

// UnmarshalBinary decodes what MarshalBinary encoded, refusing anything
// else with a *FrequenciesError: keys out of order, a frequency of 0 or
// above the number of articles, counts larger than the bytes can hold,
// numbers not in their shortest form, bytes left over.
func (f *Frequencies) UnmarshalBinary(b []byte) error {
	bad := func(format string, args ...any) error {
		return &FrequenciesError{Msg: fmt.Sprintf(format, args...)}
	}
	if len(b) < len(frequenciesMagic) || string(b[:len(frequenciesMagic)]) != frequenciesMagic {
		return bad("not an encoding of this version")
	}
	b = b[len(frequenciesMagic):]
	next := func() (uint64, error) {
		v, n := binary.Uvarint(b)
		if n <= 0 || n != minimalUvarint(v) {
			return 0, errShort
		}
		b = b[n:]
		return v, nil
	}
	docs, err := next()
	if err != nil || docs > 1<<31-1 {
		return bad("the number of articles is unreadable")
	}
	out := Frequencies{docs: int(docs)}
	for k := range 2 {
		n, err := next()
		// Each pair takes two bytes at least.
		if err != nil || n > uint64(len(b))/2 {
			return bad("a count of %d keys in %d bytes", n, len(b))
		}
		m := make(map[uint64]int32, n)
		h := uint64(0)
		for i := range n {
			d, err := next()
			if err != nil {
				return bad("key %d is cut short", i)
			}
			if i > 0 && d == 0 || h+d < h {
				return bad("key %d is out of order", i)
			}
			h += d
			df, err := next()
			if err != nil || df == 0 || df > docs {
				return bad("key %d has frequency %d of %d articles", i, df, docs)
			}
			m[h] = int32(df)
		}
		if k == 0 {
			out.terms = m
		} else {
			out.ents = m
		}
	}
	if len(b) > 0 {
		return bad("%d bytes left over", len(b))
	}
	*f = out
	return nil
}
