package compare

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/internal/testcorpus"
)

// summaries walks a started comparison with EachSummary.
func summaries(t *testing.T, opts Options) ([]Event, Work) {
	t.Helper()
	docs, _, _ := testcorpus.Sample(t)
	res, err := Start(context.Background(), docs, nil, opts)
	if err != nil {
		t.Fatal(err)
	}
	var out []Event
	if err := res.EachSummary(func(ev *Event) error { out = append(out, *ev); return nil }); err != nil {
		t.Fatal(err)
	}
	return out, res.Work()
}

// TestEachSummary: the summaries an overview reads are the same whether
// framed afresh, read back from the full framing kept, or from the
// summaries kept; a full report keeps the summaries too, so the overview
// after it reads summaries only; and the full framing kept is still there
// for a full report.
func TestEachSummary(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	ctx := context.Background()
	full, err := Compare(ctx, docs, nil, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	n := len(full.Events)
	var want []Event
	examples := 0
	for i := range full.Events {
		want = append(want, summarised(&full.Events[i]))
		for _, f := range full.Events[i].Framing {
			examples += len(f.Examples)
		}
	}
	if examples == 0 {
		t.Fatal("the sample's framing terms have no examples: a summary would drop nothing")
	}
	wantJSON := eventsJSON(t, want)

	got, w := summaries(t, DefaultOptions())
	if eventsJSON(t, got) != wantJSON || w.Framed != n {
		t.Errorf("without a cache: framed %d of %d, summaries equal: %v", w.Framed, n, eventsJSON(t, got) == wantJSON)
	}

	c := newMemCache()
	opts := DefaultOptions()
	opts.Cache, opts.Backgrounds = c, c
	if _, err := Compare(ctx, docs, nil, opts); err != nil {
		t.Fatal(err)
	}
	// A full report keeps each event's summary beside its framing, so
	// that the overview after it reads no whole framing.
	if got, w := summaries(t, opts); w != (Work{Summaries: n}) || eventsJSON(t, got) != wantJSON {
		t.Errorf("overview after a full report: work %+v, want %d summaries; same summaries: %v", w, n, eventsJSON(t, got) == wantJSON)
	}
	// A store kept before summaries were kept with every framing: the
	// overview reads the whole framing and keeps its summary.
	for k := range c.frames {
		if strings.HasPrefix(k, summaryPrefix) {
			delete(c.frames, k)
		}
	}
	for _, step := range []struct {
		name string
		want Work
	}{
		{"from the full framing kept", Work{Cached: n}},
		{"from the summaries kept", Work{Summaries: n}},
	} {
		got, w := summaries(t, opts)
		if w != step.want {
			t.Errorf("%s: work %+v, want %+v", step.name, w, step.want)
		}
		if g := eventsJSON(t, got); g != wantJSON {
			t.Errorf("%s: the summaries differ from those of a full comparison:\n%s", step.name, firstDiffJSON(wantJSON, g))
		}
	}
	again, err := Compare(ctx, docs, nil, opts)
	if err != nil {
		t.Fatal(err)
	}
	if w := again.Work(); w.Cached != n || reportJSON(t, again) != reportJSON(t, full) {
		t.Errorf("a full report after the summaries: work %+v, same report: %v", w, reportJSON(t, again) == reportJSON(t, full))
	}

	// A fresh cache: an overview frames every event and keeps both.
	c = newMemCache()
	opts.Cache, opts.Backgrounds = c, c
	if _, w := summaries(t, opts); w.Framed != n {
		t.Errorf("first overview: work %+v, want %d framed", w, n)
	}
	if got, w := summaries(t, opts); w.Summaries != n || eventsJSON(t, got) != wantJSON {
		t.Errorf("second overview: work %+v, same summaries: %v", w, eventsJSON(t, got) == wantJSON)
	}
}

func eventsJSON(t *testing.T, evs []Event) string {
	t.Helper()
	b, err := json.Marshal(evs)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// FuzzDecodeFrame: a kept framing or summary read from a store is
// untrusted: decoding gives an error or an event that encodes and
// decodes again to the same, never a panic.
func FuzzDecodeFrame(f *testing.F) {
	docs, _, _ := testcorpus.Sample(f)
	res, err := Compare(context.Background(), docs, nil, DefaultOptions())
	if err != nil {
		f.Fatal(err)
	}
	for i, ev := range res.Events[:min(3, len(res.Events))] {
		fe := frame.Event{Outlets: ev.Outlets, Framing: ev.Framing, Terms: ev.Terms, Pairs: ev.Pairs, Sentiment: ev.Sentiment, Similarity: ev.Similarity}
		v, _, err := encodeFrame(&fe)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(v)
		s := summaryOf(&fe)
		if v, _, err = encodeFrame(&s); err != nil {
			f.Fatal(err)
		}
		f.Add(v)
		if i == 0 {
			f.Add(v[:len(v)/2])
		}
	}
	var raw bytes.Buffer
	zw, _ := flate.NewWriter(&raw, flate.BestSpeed)
	zw.Write([]byte(`{"Framing":[{"outlet":"a","term":"b","z":1e400}],"Pairs":null}`))
	zw.Close()
	f.Add(raw.Bytes())
	f.Fuzz(func(t *testing.T, v []byte) {
		var ev frame.Event
		if decodeFrame(v, &ev) != nil {
			return
		}
		again, a, err := encodeFrame(&ev)
		if err != nil {
			return // values JSON cannot hold (NaN) are not encoded again
		}
		var ev2 frame.Event
		if err := decodeFrame(again, &ev2); err != nil {
			t.Fatalf("an event decoded and encoded again does not decode: %v", err)
		}
		_, b, _ := encodeFrame(&ev2)
		if !bytes.Equal(a, b) {
			t.Fatalf("decoded, encoded and decoded again, the event changed:\n%s\n%s", a, b)
		}
	})
}
