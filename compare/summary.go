package compare

import (
	"github.com/framediff/framediff/compare/frame"
)

// Summaries kept for overviews.
//
// An overview (report.Overview) reads, of an event's framing, its framing
// terms (outlet, term, z) and whether it compares outlet pairs. Reading
// back and decoding an event's whole framing for that costs more than
// the rest of an overview of a large store, so the framing's summary is
// kept beside it in the Cache, under the event's key prefixed with
// summaryPrefix: the framing terms without their examples, and the
// pairs (none past MaxPairEvents unless asked for). A summary is a
// function of the full framing, so it is as current as its key.

// summaryPrefix starts a summary's key. Event keys are 32 bytes, so no
// summary key is an event key.
const summaryPrefix = "summary "

func summaryKey(key string) string { return summaryPrefix + key }

// summaryOf is the summary of a framed event: its framing terms without
// examples, and its pairs.
func summaryOf(ev *frame.Event) frame.Event {
	var s frame.Event
	if ev.Framing != nil {
		s.Framing = make([]frame.FramingTerm, len(ev.Framing))
		for i, f := range ev.Framing {
			f.Examples = nil
			s.Framing[i] = f
		}
	}
	s.Pairs = ev.Pairs
	return s
}

// keepSummary adds the summary of ev to keep under key's summary key.
func keepSummary(keep map[string][]byte, key string, ev *frame.Event) error {
	s := summaryOf(ev)
	v, _, err := encodeFrame(&s)
	if err != nil {
		return err
	}
	keep[summaryKey(key)] = v
	return nil
}
