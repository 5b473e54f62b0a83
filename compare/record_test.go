package compare

import (
	"context"
	"errors"
	"testing"

	"github.com/framediff/framediff/compare/align"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/synth"
	"github.com/framediff/framediff/internal/testcorpus"
	"github.com/google/go-cmp/cmp"
)

// TestRecordRoundTrip: a record gives back what it was made of: the
// document's title, language, text digest, mentions as annotated with
// where they stand, quote speakers, and the terms a Reader reads; a
// document not in English has no terms in its record; a record made from
// another title does not fit; cut short or corrupted, it is refused, not
// misread.
func TestRecordRoundTrip(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	recs := Records(docs, nil, 2)
	sawOther := false
	for i, d := range docs {
		var r record
		if err := decodeRecord(recs[i], &r, nil); err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		if r.title != d.Title || r.language != d.Language || r.text != textSum(d.Text) {
			t.Errorf("%s: title %q, language %q, text digest as made: %v", d.ID, r.title, r.language, r.text == textSum(d.Text))
		}
		if diff := cmp.Diff(d.Entities, r.mentions); diff != "" {
			t.Errorf("%s: mentions (-doc +record):\n%s", d.ID, diff)
		}
		want := align.Mentions(d)
		for k, m := range r.alignMentions(r.mentions) {
			if m != want[k] {
				t.Errorf("%s: mention %d reads as %+v, want %+v", d.ID, k, m, want[k])
			}
		}
		if diff := cmp.Diff(speakers(d.Quotes), r.speakers); diff != "" {
			t.Errorf("%s: speakers (-doc +record):\n%s", d.ID, diff)
		}
		raw, ok := align.NewReader(nil).Read(d)
		if r.aligned != ok {
			t.Errorf("%s (%s): record has terms %v, the reader %v", d.ID, d.Language, r.aligned, ok)
		}
		sawOther = sawOther || !ok
		if diff := cmp.Diff(raw, r.raw); ok && diff != "" {
			t.Errorf("%s: terms (-reader +record):\n%s", d.ID, diff)
		}
		if !RecordFits(&d.Article, recs[i]) {
			t.Errorf("%s: its own record does not fit it", d.ID)
		}
		other := d.Article
		other.Title += " (updated)"
		if RecordFits(&other, recs[i]) {
			t.Errorf("%s: a record made from another title fits", d.ID)
		}
	}
	if !sawOther {
		t.Error("the sample has no article outside English; the test needs one")
	}
	rec := recs[0]
	for _, bad := range [][]byte{nil, {}, rec[:len(rec)/2], rec[:len(rec)-1], append(append([]byte{}, rec...), 0), append([]byte{99}, rec[1:]...)} {
		var r record
		if err := decodeRecord(bad, &r, map[string]string{}); err == nil {
			t.Errorf("a record of %d bytes cut or corrupted from %d decodes", len(bad), len(rec))
		}
		if err := NewScan(nil).AddRecord(docs[0].Article, 1, bad); err == nil && len(bad) < len(rec)/2 {
			t.Errorf("AddRecord takes a record of %d bytes", len(bad))
		}
	}
}

// TestRecordsChangedDoc: a comparison aligned from records whose
// documents changed meanwhile stops with a ChangedDocError naming the
// article when it loads it to frame, rather than framing another text.
func TestRecordsChangedDoc(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	english := englishDocs(docs)
	ctx := context.Background()
	victim := english[len(english)/2].ID
	opts := DefaultOptions()
	l := newMemLoader(english)
	l.change = func(d *nlp.Doc) {
		if d.ID == victim {
			d.Text = d.Text[:len(d.Text)-1] + "!"
		}
	}
	opts.Loader = l
	res, err := StartScan(ctx, scannedRecords(t, english, nil, 1), nil, opts)
	if err == nil {
		err = res.Collect()
	}
	var ce *ChangedDocError
	if !errors.As(err, &ce) || ce.ID != victim {
		t.Fatalf("err %v, want a ChangedDocError naming %s", err, victim)
	}
}

// BenchmarkScanAlign times a comparison's first reading and alignment
// (StartScan, alignment only, as framediff events) of the synthetic year
// `synthcorpus store -n 10000` stores, the documents held in memory (a
// store's decoding is BenchmarkSelect's, in corpus/store): read from the
// documents (Scan.Add, then each loaded again) and from their records
// (Scan.AddRecord). It reports the records' mean size.
func BenchmarkScanAlign(b *testing.B) {
	g := synth.New(10000, synth.Config{Seed: 1})
	docs := make([]*nlp.Doc, g.Len())
	for i := range docs {
		docs[i] = g.Doc(i)
	}
	recs := Records(docs, nil, 0)
	size := 0
	for _, r := range recs {
		size += len(r)
	}
	ctx := context.Background()
	opts := DefaultOptions()
	opts.AlignOnly = true
	opts.Loader = newMemLoader(docs)
	for _, from := range []string{"documents", "records"} {
		b.Run(from, func(b *testing.B) {
			for b.Loop() {
				s := NewScan(nil)
				for i, d := range docs {
					if from == "documents" {
						s.Add(d)
					} else if err := s.AddRecord(d.Article, d.WordCount, recs[i]); err != nil {
						b.Fatal(err)
					}
				}
				if _, err := StartScan(ctx, s, nil, opts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(size)/float64(len(recs)), "record-bytes")
		})
	}
}
