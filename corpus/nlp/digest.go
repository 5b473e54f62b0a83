package nlp

import (
	"crypto/sha256"
	"io"
	"maps"
	"slices"
)

// Digest identifies the alias table's contents, so that results that
// depend on how names were resolved are used again only with the same
// table.
func (a *Aliases) Digest() [32]byte {
	h := sha256.New()
	for _, k := range slices.Sorted(maps.Keys(a.canon)) {
		io.WriteString(h, "a "+k+"\x00"+a.canon[k]+"\n")
	}
	for _, k := range slices.Sorted(maps.Keys(a.types)) {
		io.WriteString(h, "t "+k+"\x00"+a.types[k]+"\n")
	}
	var d [32]byte
	h.Sum(d[:0])
	return d
}

// Digest identifies the stop words, as Aliases.Digest does.
func (sw Stopwords) Digest() [32]byte {
	h := sha256.New()
	for _, k := range slices.Sorted(maps.Keys(sw)) {
		if sw[k] {
			io.WriteString(h, k+"\n")
		}
	}
	var d [32]byte
	h.Sum(d[:0])
	return d
}
