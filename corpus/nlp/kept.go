package nlp

// Names kept between comparisons.
//
// A comparison of a growing store resolves names across its corpus, so an
// article added can rename mentions in articles years older ("Bush"
// becomes "George HW Bush" when the last article naming George W. Bush is
// gone, and the other way). A comparison can instead resolve by the names
// collected from an earlier set of the store's articles, kept in the store
// (MarshalBinary) and brought up to date in steps: ResolverWith resolves
// every name that set collected exactly as Resolver would over it alone,
// and a name it never met by the same rules read against it, so the
// articles already counted keep their names whatever is added.

import (
	"encoding/binary"
	"fmt"
	"maps"
	"slices"
)

// ResolverWith returns a Resolver of the names ns collected (the kept
// set) that also resolves the names more collected and ns did not: each
// by the kept set's full names, persons and document counts, then to the
// kept set's spelling of the name it becomes or of a name that differs
// from it only in case or accents (foldCase). A name more collected never
// changes how a name of ns resolves, and one such name never changes
// another's. Neither ns nor more may be used after.
func (ns *Names) ResolverWith(more *Names) *Resolver {
	rs := ns.Resolver()
	r := rs.r
	kept := maps.Clone(r.cache)
	folded := make(map[string]string, len(kept))
	for _, c := range kept {
		// foldCase leaves one spelling a key; were there two, the
		// smaller would stand, whatever the maps' order.
		k := caseAccentKey(c)
		if f, ok := folded[k]; !ok || c < f {
			folded[k] = c
		}
	}
	var added []string
	for n := range more.tagged {
		if _, ok := kept[n]; !ok {
			added = append(added, n)
		}
	}
	slices.Sort(added)
	for _, n := range added {
		c := r.resolve(n) // reads the kept set only, writes n's entry
		if f, ok := kept[c]; ok {
			c = f
		} else if f, ok := folded[caseAccentKey(c)]; ok {
			c = f
		}
		r.cache[n] = c
	}
	more.r, more.tagged, more.typed = nil, nil, nil
	return rs
}

// namesMagic opens encoded Names; its last byte is the encoding's version.
const namesMagic = "fdnm\x01"

// MarshalBinary encodes what ns collected (not its alias table, which
// the decoder is given): every name in increasing order, whether it was
// ever tagged a person and its mentions by type, the types in increasing
// order; then the document count of every aliased name. The same names
// give the same bytes. It must be called before Resolver.
func (ns *Names) MarshalBinary() ([]byte, error) {
	if ns.r == nil {
		return nil, fmt.Errorf("nlp: Names encoded after Resolver")
	}
	out := []byte(namesMagic)
	str := func(s string) {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	out = binary.AppendUvarint(out, uint64(len(ns.tagged)))
	for _, n := range slices.Sorted(maps.Keys(ns.tagged)) {
		str(n)
		if ns.tagged[n] {
			out = append(out, 1)
		} else {
			out = append(out, 0)
		}
		byType := ns.typed[n]
		out = binary.AppendUvarint(out, uint64(len(byType)))
		for _, t := range slices.Sorted(maps.Keys(byType)) {
			str(t)
			out = binary.AppendUvarint(out, uint64(byType[t]))
		}
	}
	docs := ns.r.docsOf
	out = binary.AppendUvarint(out, uint64(len(docs)))
	for _, n := range slices.Sorted(maps.Keys(docs)) {
		str(n)
		out = binary.AppendUvarint(out, uint64(docs[n]))
	}
	return out, nil
}

// NamesError is encoded Names this program cannot read: a store's bytes
// are not trusted.
type NamesError struct{ Msg string }

func (e *NamesError) Error() string { return "kept names: " + e.Msg }

// UnmarshalBinary replaces what ns collected by what MarshalBinary
// encoded, refusing anything else with a *NamesError (names or types out
// of order or repeated, counts larger than the bytes can hold, numbers
// not in their shortest form, bytes left over), in which case ns is
// unchanged. ns keeps its alias table.
func (ns *Names) UnmarshalBinary(b []byte) error {
	bad := func(format string, args ...any) error {
		return &NamesError{Msg: fmt.Sprintf(format, args...)}
	}
	if ns.r == nil {
		return bad("decoded into Names already resolved")
	}
	if len(b) < len(namesMagic) || string(b[:len(namesMagic)]) != namesMagic {
		return bad("not an encoding of this version")
	}
	b = b[len(namesMagic):]
	num := func() (uint64, bool) {
		v, n := binary.Uvarint(b)
		// A number padded with 0x80 bytes is refused: the encoding is
		// canonical.
		if n <= 0 || n != len(binary.AppendUvarint(nil, v)) {
			return 0, false
		}
		b = b[n:]
		return v, true
	}
	str := func() (string, bool) {
		n, ok := num()
		if !ok || n > uint64(len(b)) {
			return "", false
		}
		s := string(b[:n])
		b = b[n:]
		return s, true
	}
	// count reads a count of items of at least min bytes each.
	count := func(min int) (int, bool) {
		n, ok := num()
		if !ok || n > uint64(len(b)/min) {
			return 0, false
		}
		return int(n), true
	}
	n, ok := count(3)
	if !ok {
		return bad("the count of names is unreadable")
	}
	tagged := make(map[string]bool, n)
	typed := make(map[string]map[string]int, n)
	prev := ""
	for i := range n {
		name, ok := str()
		if !ok || len(b) == 0 || i > 0 && name <= prev {
			return bad("name %d is unreadable or out of order", i)
		}
		prev = name
		switch b[0] {
		case 0, 1:
			tagged[name] = b[0] == 1
		default:
			return bad("name %d: person flag %d", i, b[0])
		}
		b = b[1:]
		nt, ok := count(2)
		if !ok {
			return bad("name %d: the count of types is unreadable", i)
		}
		byType := make(map[string]int, nt)
		prevT := ""
		for j := range nt {
			t, ok := str()
			if !ok || j > 0 && t <= prevT {
				return bad("name %d: type %d is unreadable or out of order", i, j)
			}
			prevT = t
			k, ok := num()
			if !ok || k == 0 || k > 1<<31-1 {
				return bad("name %d: type %q counts %d mentions", i, t, k)
			}
			byType[t] = int(k)
		}
		typed[name] = byType
	}
	nd, ok := count(2)
	if !ok {
		return bad("the count of documents by name is unreadable")
	}
	docsOf := make(map[string]int, nd)
	prev = ""
	for i := range nd {
		name, ok := str()
		if !ok || i > 0 && name <= prev {
			return bad("documents of name %d: unreadable or out of order", i)
		}
		prev = name
		k, ok := num()
		if !ok || k == 0 || k > 1<<31-1 {
			return bad("name %q is in %d documents", name, k)
		}
		docsOf[name] = int(k)
	}
	if len(b) > 0 {
		return bad("%d bytes left over", len(b))
	}
	ns.tagged, ns.typed, ns.r.docsOf = tagged, typed, docsOf
	return nil
}
