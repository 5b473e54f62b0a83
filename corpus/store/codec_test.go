package store

import (
	"context"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/google/go-cmp/cmp"
)

// fill sets every field reachable from v to a random non-zero value, so
// that a field the encoding forgets comes back zero and fails a
// comparison. Slices get one to four elements. It knows no field by name:
// a field added to nlp.Doc tomorrow is filled too.
func fill(r *rand.Rand, v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			zone := time.FixedZone([]string{"EST", "CET", "", "MSK"}[r.IntN(4)], (r.IntN(25)-12)*3600)
			v.Set(reflect.ValueOf(time.Unix(r.Int64N(2e9), r.Int64N(1e9)).In(zone)))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(r, v.Field(i))
			}
		}
	case reflect.Slice:
		n := 1 + r.IntN(4)
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := 0; i < n; i++ {
			fill(r, s.Index(i))
		}
		v.Set(s)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(r, p.Elem())
		v.Set(p)
	case reflect.String:
		v.SetString([]string{"NNP", "VBD", "Antony Blinken", "said", "PERSON", "Kyiv", "“", ""}[r.IntN(7)] + string(rune('a'+r.IntN(26))))
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(1 + r.Int64N(5000))
	case reflect.Float64:
		v.SetFloat(r.Float64()*2 - 1)
	case reflect.Bool:
		v.SetBool(true)
	default:
		panic("fill: no rule for " + v.Type().String() + ": teach fill and the codec about it")
	}
}

// timeExact compares times by instant, zone name and offset: what a
// report prints.
var timeExact = cmp.Comparer(func(a, b time.Time) bool {
	an, ao := a.Zone()
	bn, bo := b.Zone()
	return a.Equal(b) && an == bn && ao == bo
})

// TestCodecRoundTrip: every field of a Doc's annotations comes back as it
// went in, including fields added after this test was written.
func TestCodecRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 2022))
	for i := 0; i < 200; i++ {
		var want nlp.Doc
		fill(r, reflect.ValueOf(&want).Elem())
		if i%5 == 0 {
			want.Quotes = nil // nil and empty stay apart
			want.Entities = []nlp.Mention{}
		}
		blob := encodeAnnotations(nil, &want)
		got := nlp.Doc{Article: want.Article}
		if err := decodeAnnotations(blob, &got, map[string]string{}); err != nil {
			t.Fatalf("doc %d: %v", i, err)
		}
		if diff := cmp.Diff(want, got, timeExact); diff != "" {
			t.Fatalf("doc %d does not round-trip (-stored +read); a field the codec does not write?\n%s", i, diff)
		}
	}
}

// TestCodecRealDoc: an annotated article round-trips and its blob is
// smaller than its text.
func TestCodecRealDoc(t *testing.T) {
	docs := sampleDocs(t)
	total, text := 0, 0
	for _, d := range docs {
		blob := encodeAnnotations(nil, d)
		got := &nlp.Doc{Article: d.Article}
		if err := decodeAnnotations(blob, got, nil); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(d, got, timeExact); diff != "" {
			t.Fatalf("%s (-want +got):\n%s", d.ID, diff)
		}
		if err := checkSpans(got); err != nil {
			t.Errorf("%s: %v", d.ID, err)
		}
		total += len(blob)
		text += len(d.Text)
	}
	t.Logf("%d docs: annotations %d bytes, text %d bytes", len(docs), total, text)
	if total > text {
		t.Errorf("annotations take %d bytes for %d bytes of text: the encoding grew", total, text)
	}
}

func TestCodecDamage(t *testing.T) {
	d := sampleDocs(t)[0]
	blob := encodeAnnotations(nil, d)
	for _, tt := range []struct {
		name string
		blob []byte
	}{
		{"empty", nil},
		{"version", append([]byte{99}, blob[1:]...)},
		{"truncated", blob[:len(blob)/2]},
		{"trailing", append(append([]byte{}, blob...), 0)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := &nlp.Doc{Article: d.Article}
			if err := decodeAnnotations(tt.blob, got, nil); err == nil {
				t.Error("damaged blob decoded without error")
			}
		})
	}
}

// FuzzDecode: no blob panics the decoder or makes it allocate beyond its
// size, and whatever decodes encodes back to the same bytes.
func FuzzDecode(f *testing.F) {
	for _, d := range sampleDocs(f)[:3] {
		f.Add(encodeAnnotations(nil, d))
	}
	f.Add([]byte{codecVersion, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, blob []byte) {
		d := &nlp.Doc{}
		if err := decodeAnnotations(blob, d, map[string]string{}); err != nil {
			return
		}
		again := encodeAnnotations(nil, d)
		d2 := &nlp.Doc{}
		if err := decodeAnnotations(again, d2, nil); err != nil {
			t.Fatalf("re-encoded blob does not decode: %v", err)
		}
		if diff := cmp.Diff(d, d2); diff != "" {
			t.Fatalf("decode(encode(decode(b))) differs:\n%s", diff)
		}
	})
}

func BenchmarkEncode(b *testing.B) {
	docs := sampleDocs(b)
	var buf []byte
	n := 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			buf = encodeAnnotations(buf[:0], d)
			n += len(buf)
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkDecode(b *testing.B) {
	docs := sampleDocs(b)
	blobs := make([][]byte, len(docs))
	for i, d := range docs {
		blobs[i] = encodeAnnotations(nil, d)
	}
	intern := map[string]string{}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, blob := range blobs {
			d := &nlp.Doc{Article: docs[j].Article}
			if err := decodeAnnotations(blob, d, intern); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
}

// sampleDocs annotates the sample corpus once per test binary.
func sampleDocs(tb testing.TB) []*nlp.Doc {
	tb.Helper()
	sampleOnce.Do(func() {
		set, err := corpus.Load(context.Background(), []string{sampleDir}, nil, corpus.Options{})
		if err != nil {
			sampleErr = err
			return
		}
		sampleSet = set
		sample, _, sampleErr = (&nlp.Annotator{}).Annotate(context.Background(), set.Articles)
	})
	if sampleErr != nil {
		tb.Fatal(sampleErr)
	}
	return sample
}
