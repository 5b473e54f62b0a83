package frame

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sampleCounts counts the sample documents of the package's tests.
func sampleCounts(t testing.TB) *Counts {
	t.Helper()
	docs, _, _ := sampleDocs(t)
	return Count(docs, Options{})
}

// TestCountsRoundTrip encodes counts and decodes them into equal counts,
// and counts made in two parts (Add) equal counts made at once.
func TestCountsRoundTrip(t *testing.T) {
	docs, _, _ := sampleDocs(t)
	whole := Count(docs, Options{})
	if whole.Terms() == 0 || whole.Docs() != len(docs) {
		t.Fatalf("counted %d terms of %d documents", whole.Terms(), whole.Docs())
	}
	b, err := whole.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back := NewCounts()
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	parts := Count(docs[:len(docs)/2], Options{})
	parts.Add(docs[len(docs)/2:], Options{})
	for name, c := range map[string]*Counts{"decoded": back, "added in two parts": parts} {
		if d := cmp.Diff(whole.background(nil).summary(), c.background(nil).summary()); d != "" {
			t.Errorf("%s counts differ (-whole +%s):\n%s", name, name, d)
		}
	}
}

// summary is what framing reads of a background, the outlet numbering
// aside (it depends on the order outlets were met; only "one" or "many"
// matters).
func (b *background) summary() map[string]any {
	p := plainOf(b.counts)
	outlets := map[string]bool{}
	for k, o := range p.outlet {
		outlets[k] = o == manyOutlets
	}
	return map[string]any{"count": p.count, "total": p.total, "df": p.df, "capital": p.capital, "docs": b.docs, "many": outlets}
}

// FuzzCountsUnmarshal: any bytes decode to counts or give an error, and
// never panic; what decodes encodes again to what decodes the same.
func FuzzCountsUnmarshal(f *testing.F) {
	b, err := sampleCounts(f).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(countsMagic))
	f.Add(append([]byte(countsMagic), 0xff, 0xff, 0xff, 0xff, 0x0f))
	f.Fuzz(func(t *testing.T, data []byte) {
		c := NewCounts()
		if err := c.UnmarshalBinary(data); err != nil {
			return
		}
		again, err := c.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		d := NewCounts()
		if err := d.UnmarshalBinary(again); err != nil {
			t.Fatalf("re-encoded counts do not decode: %v", err)
		}
		if !bytes.HasPrefix(again, []byte(countsMagic)) || d.Terms() != c.Terms() || d.Docs() != c.Docs() {
			t.Errorf("re-encoded counts: %d terms of %d documents, want %d of %d", d.Terms(), d.Docs(), c.Terms(), c.Docs())
		}
	})
}
