package nlp

import (
	"bytes"
	"errors"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// keptDocs are an invented corpus: the kept set, and additions that
// would rename the kept set's mentions were names resolved across all.
func keptDocs() (kept, added []*Doc) {
	doc := func(id string, ms ...Mention) *Doc {
		return &Doc{Article: corpus.Article{ID: id, Text: "x"}, Entities: ms}
	}
	p := func(n string) Mention { return Mention{Name: n, Type: Person} }
	kept = []*Doc{
		doc("k1", p("Ben Okafor"), p("Okafor"), Mention{Name: "FOX News", Type: Org}),
		doc("k2", p("Okafor"), p("Dana Vance")),
		doc("k3", p("Harold Vance"), Mention{Name: "Fox News", Type: Org}, Mention{Name: "Fox News", Type: Org}),
	}
	added = []*Doc{
		// Across all, "Benjamin Todd Okafor" would become the fullest
		// form of "Ben Okafor", and "Vance" would stay a surname of two.
		doc("n1", p("Benjamin Todd Okafor"), p("Vance")),
		doc("n2", p("Benjamin Todd Okafor"), p("Marta Vance")),
		// Names the kept set never met: a surname it knows one person
		// of, and a spelling of a name it knows.
		doc("n3", p("Dana Vance"), p("Okafor"), Mention{Name: "FOX NEWS", Type: Org}, p("Ilse Brandt")),
	}
	return kept, added
}

// names returns the resolved names of each document's mentions.
func names(docs []*Doc) [][]string {
	out := make([][]string, len(docs))
	for i, d := range docs {
		for _, m := range d.Entities {
			out[i] = append(out[i], m.Name)
		}
	}
	return out
}

func collect(docs []*Doc) *Names {
	ns := NewNames(nil)
	for _, d := range docs {
		ns.Add(d)
	}
	return ns
}

// TestNamesKept: names decoded from a kept set resolve its documents as
// the set's own Resolver does; ResolverWith resolves the kept documents
// so whatever is added, and the added ones by the kept set's rules.
func TestNamesKept(t *testing.T) {
	kept, added := keptDocs()
	b, err := collect(kept).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	load := func() *Names {
		ns := NewNames(nil)
		if err := ns.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		return ns
	}
	if again, _ := load().MarshalBinary(); !bytes.Equal(again, b) {
		t.Fatal("decoded names encode to other bytes")
	}
	resolve := func(r *Resolver, docs []*Doc) [][]string {
		out := make([]*Doc, len(docs))
		for i, d := range docs {
			out[i] = r.Resolve(d)
		}
		return names(out)
	}
	own := resolve(collect(kept).Resolver(), kept)
	if got := resolve(load().Resolver(), kept); !equalNames(got, own) {
		t.Fatalf("decoded names resolve the kept set as %q, its own as %q", got, own)
	}
	all := append(append([]*Doc{}, kept...), added...)
	across := resolve(collect(all).Resolver(), kept)
	if equalNames(across, own) {
		t.Fatal("the additions rename nothing of the kept set across all: the test needs them to")
	}
	r := load().ResolverWith(collect(all))
	if got := resolve(r, kept); !equalNames(got, own) {
		t.Errorf("with additions, the kept set resolves as %q, want %q as before", got, own)
	}
	want := [][]string{
		{"Benjamin Todd Okafor", "Vance"},
		{"Benjamin Todd Okafor", "Marta Vance"},
		{"Dana Vance", "Ben Okafor", "Fox News", "Ilse Brandt"},
	}
	if got := resolve(r, added); !equalNames(got, want) {
		t.Errorf("the additions resolve as %q, want %q", got, want)
	}
}

func equalNames(a, b [][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		for k := range a[i] {
			if a[i][k] != b[i][k] {
				return false
			}
		}
	}
	return true
}

func TestNamesDecodeRefuses(t *testing.T) {
	kept, _ := keptDocs()
	b, _ := collect(kept).MarshalBinary()
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"other version", []byte("fdnm\x02\x00\x00")},
		{"cut", b[:len(b)-1]},
		{"left over", append(bytes.Clone(b), 0)},
		{"person flag 2", append([]byte(namesMagic), 1, 1, 'A', 2, 0, 0)},
		{"names out of order", append([]byte(namesMagic), 2, 1, 'B', 0, 0, 1, 'A', 0, 0, 0)},
		{"a type of no mentions", append([]byte(namesMagic), 1, 1, 'A', 1, 1, 1, 'P', 0, 0)},
		{"count beyond the bytes", append([]byte(namesMagic), 90, 1, 'A')},
		{"padded number", append([]byte(namesMagic), 0x80, 0, 0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ns := NewNames(nil)
			var ne *NamesError
			if err := ns.UnmarshalBinary(tc.b); !errors.As(err, &ne) {
				t.Fatalf("error %v, want a *NamesError", err)
			}
			if len(ns.tagged) != 0 {
				t.Error("a refused encoding changed the names")
			}
		})
	}
}

// FuzzDecodeNames: any bytes decode without panicking; what decodes
// encodes back to the same bytes and resolves.
func FuzzDecodeNames(f *testing.F) {
	kept, added := keptDocs()
	b, _ := collect(kept).MarshalBinary()
	f.Add(b)
	f.Add(b[:len(b)/2])
	b, _ = collect(added).MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		ns := NewNames(nil)
		if ns.UnmarshalBinary(b) != nil {
			return
		}
		again, err := ns.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decoded bytes encode otherwise (%v)", err)
		}
		_, more := keptDocs()
		r := ns.ResolverWith(collect(more))
		for _, d := range more {
			r.Resolve(d)
		}
	})
}
