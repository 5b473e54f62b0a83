package compare

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"io"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

// unbuffered writes every field to the hash on its own, as the digests
// did before fields gathered them: the reference the digests must equal,
// since a store keeps them (the counted articles, the framing's keys).
type unbuffered struct{ h hash.Hash }

func (u unbuffered) str(s string) {
	var n [binary.MaxVarintLen64]byte
	u.h.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
	io.WriteString(u.h, s)
}

func (u unbuffered) num(x int64) {
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(x))
	u.h.Write(n[:])
}

func (u unbuffered) sum() [32]byte {
	var out [32]byte
	u.h.Sum(out[:0])
	return out
}

// TestFieldsAsUnbuffered: the same fields give the same digest through
// the buffer as written one by one, for strings on both sides of
// directField, empty ones and numbers, and a buffer flushed several times.
func TestFieldsAsUnbuffered(t *testing.T) {
	long := strings.Repeat("Kyiv said on Saturday ", 200)
	tests := []struct {
		name string
		strs []string
	}{
		{"none", nil},
		{"short", []string{"a", "", "Blinken"}},
		{"at the cut", []string{strings.Repeat("x", directField-1), strings.Repeat("y", directField), "z"}},
		{"long between short", []string{"id", long, "en", long[:3000], ""}},
		{"many", strings.Fields(long)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, u := newFields(), unbuffered{sha256.New()}
			for i, s := range tt.strs {
				f.str(s)
				u.str(s)
				f.num(int64(i) - 3)
				u.num(int64(i) - 3)
			}
			f.bytes([]byte("12 34"))
			u.str("12 34")
			if got, want := f.sum(), u.sum(); got != want {
				t.Fatalf("buffered %x, one by one %x", got, want)
			}
		})
	}
}

// TestCountDigestAsSprint: countDigest writes each mention's span as
// fmt.Sprint(start, end) did, and the text as its SHA-256 (so that a
// record, which holds no text, gives the same digest: record.go).
func TestCountDigestAsSprint(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	ref := func(d *nlp.Doc) [32]byte {
		u := unbuffered{sha256.New()}
		u.str(d.ID)
		u.str(d.Outlet)
		u.str(d.Title)
		sum := sha256.Sum256([]byte(d.Text))
		u.str(string(sum[:]))
		for _, m := range d.Entities {
			u.str(m.Type)
			u.str(fmt.Sprint(m.Start, m.End))
		}
		return u.sum()
	}
	mentions := 0
	for _, d := range docs {
		if got, want := countDigest(d), ref(d); got != want {
			t.Fatalf("%s: countDigest %x, written as before %x", d.ID, got, want)
		}
		mentions += len(d.Entities)
	}
	if mentions == 0 {
		t.Fatal("the sample corpus has no entity mentions to check")
	}
}

// BenchmarkDigests computes the three digests a comparison of a store
// takes of each document it reads again (scanDigest to check it,
// docDigest for the framing's keys, countDigest for the background's),
// over the sample corpus.
func BenchmarkDigests(b *testing.B) {
	docs, _, _ := testcorpus.Sample(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			scanDigest(d)
			docDigest(d)
			countDigest(d)
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}
