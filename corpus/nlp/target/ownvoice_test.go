package target

import (
	"reflect"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

// TestOwnVoiceSameReadings: the reading of every entity mention of the
// sample corpus is the same from a reader handed the document's own-voice
// sentence tones (OwnVoice) as from one that scores every sentence
// itself. Reusing the tone of a sentence a quotation touches fails it:
// its own-voice tone masks the quotation too.
func TestOwnVoiceSameReadings(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	m := Default()
	reused, read := 0, 0
	for _, d := range docs {
		plain, own := m.NewReader(d), m.NewReader(d)
		own.OwnVoice(d.OwnVoiceTones())
		for _, e := range d.Entities {
			tgt := corpus.Span{Start: e.Start, End: e.End}
			if got, want := own.Read(tgt), plain.Read(tgt); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: %q at %d: %+v with the own-voice tones, %+v without", d.ID, e.Name, e.Start, got, want)
			}
			read++
		}
		for _, touched := range own.touched {
			if !touched {
				reused++
			}
		}
	}
	if read < 100 || reused == 0 {
		t.Fatalf("%d mentions read, %d sentences' tones reusable: the sample corpus should give hundreds", read, reused)
	}
}

// TestReaderWithSameReadings: readers made with one stem cache kept
// across the sample corpus's documents (NewReaderWith, as framing makes
// them) read every entity mention as readers with caches of their own
// do, and the kept cache is the one they stem with.
func TestReaderWithSameReadings(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	m := Default()
	st := nlp.Stemmer{}
	read := 0
	for _, d := range docs {
		plain, kept := m.NewReader(d), m.NewReaderWith(d, st)
		for _, e := range d.Entities {
			tgt := corpus.Span{Start: e.Start, End: e.End}
			if got, want := kept.Read(tgt), plain.Read(tgt); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: %q at %d: %+v with the kept stem cache, %+v with the reader's own", d.ID, e.Name, e.Start, got, want)
			}
			read++
		}
	}
	if read < 100 || len(st) < 100 {
		t.Fatalf("%d mentions read, %d words in the kept stem cache: the sample corpus should give hundreds of each", read, len(st))
	}
}
