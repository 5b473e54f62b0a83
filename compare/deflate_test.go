package compare

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/json"
	"testing"

	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/internal/testcorpus"
)

// TestEncodeFrameReusedCompressor: a kept framing encoded with a
// compressor reused from the pool is byte for byte what a new compressor
// writes, whatever it compressed before (the keys name the values, so a
// store holds one value per key), and a summary after a full event too.
func TestEncodeFrameReusedCompressor(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	res, err := Compare(context.Background(), docs, nil, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	fresh := func(v *frame.Event) []byte {
		var b bytes.Buffer
		zw, err := flate.NewWriter(&b, flate.BestSpeed)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := json.Marshal(framingOf(v))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := zw.Write(raw); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	if len(res.Events) < 2 {
		t.Fatalf("%d events in the sample corpus; the test needs two", len(res.Events))
	}
	for round := range 2 {
		for _, ev := range res.Events {
			fe := frame.Event{Outlets: ev.Outlets, Framing: ev.Framing, Terms: ev.Terms, Pairs: ev.Pairs, Sentiment: ev.Sentiment, Similarity: ev.Similarity, Quotes: ev.Quotes, Unique: ev.Unique}
			s := summaryOf(&fe)
			for _, v := range []*frame.Event{&fe, &s} {
				got, _, err := encodeFrame(v)
				if err != nil {
					t.Fatal(err)
				}
				if want := fresh(v); !bytes.Equal(got, want) {
					t.Fatalf("round %d, event %s: %d bytes from the pool's compressor, %d from a new one", round, ev.ID, len(got), len(want))
				}
			}
		}
	}
}
