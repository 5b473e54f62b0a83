package frame

import (
	"bytes"
	"crypto/sha256"
	"io"
	"maps"
	"slices"
	"strings"
)

// Digest identifies the lexicon's entries, so that framing kept from an
// earlier comparison is used again only with the same lexicon. Two
// lexicons with the same entries have the same digest, whatever their
// names.
func (l *Lexicon) Digest() [32]byte {
	h := sha256.New()
	for _, cat := range l.Categories {
		io.WriteString(h, "["+cat+"]\n")
		x := l.index[cat]
		if x == nil {
			continue
		}
		for _, first := range slices.Sorted(maps.Keys(x.byFirst)) {
			for _, e := range x.byFirst[first] {
				io.WriteString(h, "s "+strings.Join(e.keys, " ")+"\x00"+e.prefix+"\x00"+e.exact+"\n")
			}
		}
		for _, w := range slices.Sorted(maps.Keys(x.exact)) {
			io.WriteString(h, "= "+w+"\n")
		}
		for _, p := range x.prefixes {
			io.WriteString(h, "* "+p+"\n")
		}
	}
	var d [32]byte
	h.Sum(d[:0])
	return d
}

// Digest identifies the table's counts, as Lexicon.Digest does.
func (b *Background) Digest() [32]byte {
	h := sha256.New()
	order := make([]int, b.terms.len())
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int { return bytes.Compare(b.terms.key(i), b.terms.key(j)) })
	for _, i := range order {
		h.Write(b.terms.key(i))
		h.Write([]byte{0})
		var n [8]byte
		c := uint64(b.count[i])
		for i := range n {
			n[i] = byte(c >> (8 * i))
		}
		h.Write(n[:])
	}
	var d [32]byte
	h.Sum(d[:0])
	return d
}
