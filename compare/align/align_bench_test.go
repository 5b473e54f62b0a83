package align

import (
	"context"
	"fmt"
	"math"
	"math/rand"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// A synthetic newsroom year, for measuring alignment at scale. The shapes
// follow what the sample corpus and basil-dev show of real news, not their
// words:
//
//   - articles of 150 to 1,500 words (log-normal, median 450), sentences of
//     about 22 words, paragraphs of one to three sentences;
//   - words from a Zipf-distributed vocabulary of 60,000 content stems,
//     four in ten tokens function words;
//   - events of one to about forty articles (geometric, mean 3), spread
//     over the year at a steady rate, each article published within two
//     days of its event (exponential, mean 10 hours), from 60 outlets;
//   - each event has 8 words and 4 entities of its own, and belongs to a
//     story (a run of related events a few days apart) whose 10 words and
//     3 entities its articles also use: the near misses alignment must not
//     merge;
//   - the title and the first sentences carry the event's words most
//     densely, as news leads do (a third of their content words, a fifth
//     the story's); the body has an eighth of each, the rest background.
type synth struct {
	r        *rand.Rand
	vocab    []string
	zipf     *rand.Zipf
	names    []string
	nameZipf *rand.Zipf
	outlets  []string
}

var function = strings.Fields("the of and to in a is that for on with as was by at from it an be has are have were but not this which after said")

func newSynth(seed int64) *synth {
	r := rand.New(rand.NewSource(seed))
	s := &synth{r: r}
	seen := map[string]bool{}
	syl := strings.Fields("ba ce di fo gu ka le mi no pu ra se ti vo zu ma ne ri so tu la pe ki do fu ga he ji ko lu")
	word := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(syl[r.Intn(len(syl))])
		}
		return b.String()
	}
	for len(s.vocab) < 60000 {
		if w := word(2 + r.Intn(3)); !seen[w] {
			seen[w] = true
			s.vocab = append(s.vocab, w)
		}
	}
	capital := func(w string) string { return strings.ToUpper(w[:1]) + w[1:] }
	for len(s.names) < 20000 {
		n := capital(word(2 + r.Intn(2)))
		if r.Intn(3) > 0 {
			n = capital(word(2)) + " " + n
		}
		if !seen[n] {
			seen[n] = true
			s.names = append(s.names, n)
		}
	}
	for i := 0; i < 60; i++ {
		s.outlets = append(s.outlets, fmt.Sprintf("Outlet %02d", i))
	}
	s.zipf = rand.NewZipf(r, 1.07, 2, uint64(len(s.vocab)-1))
	s.nameZipf = rand.NewZipf(r, 1.1, 5, uint64(len(s.names)-1))
	return s
}

type synthEvent struct {
	words []string
	names []string
	story *synthEvent
	day   time.Time
}

// corpus generates n articles over 2023, and the event of each.
func (s *synth) corpus(n int) ([]*nlp.Doc, []int) {
	r := s.r
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	year := 365 * 24 * time.Hour
	var docs []*nlp.Doc
	var events []int
	var story *synthEvent
	for e := 0; len(docs) < n; e++ {
		if story == nil || r.Intn(4) == 0 {
			story = &synthEvent{day: start.Add(time.Duration(r.Int63n(int64(year))))}
			story.words = s.pick(10, true)
			story.names = s.pickNames(3)
		}
		ev := &synthEvent{story: story, day: story.day.Add(time.Duration(r.Intn(96)) * time.Hour)}
		ev.words = s.pick(8, true)
		ev.names = s.pickNames(4)
		size := 1 + int(r.ExpFloat64()*2)
		if size > 40 {
			size = 40
		}
		for k := 0; k < size && len(docs) < n; k++ {
			docs = append(docs, s.article(ev, k))
			events = append(events, e)
		}
	}
	return docs, events
}

// pick draws k distinct vocabulary words; event words come from the
// middle of the frequency range, where a story's own terms sit.
func (s *synth) pick(k int, mid bool) []string {
	out := make([]string, 0, k)
	for len(out) < k {
		i := s.r.Intn(len(s.vocab))
		if mid {
			i = 300 + s.r.Intn(8000)
		}
		out = append(out, s.vocab[i])
	}
	return out
}

func (s *synth) pickNames(k int) []string {
	out := make([]string, k)
	for i := range out {
		out[i] = s.names[s.nameZipf.Uint64()]
	}
	return out
}

func (s *synth) article(ev *synthEvent, k int) *nlp.Doc {
	r := s.r
	outlet := s.outlets[r.Intn(len(s.outlets))]
	pub := ev.day.Add(time.Duration(math.Min(r.ExpFloat64()*10, 48) * float64(time.Hour)))
	words := int(math.Exp(6.1 + 0.55*r.NormFloat64()))
	words = max(150, min(words, 1500))
	var b strings.Builder
	d := &nlp.Doc{}
	d.Language = "en"
	var ents []nlp.Mention
	sentence := func(lead bool) {
		n := 14 + r.Intn(16)
		s0 := nlp.Sentence{Start: b.Len(), Para: len(d.Paragraphs), TokStart: len(d.Tokens)}
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			at := b.Len()
			x := r.Float64()
			switch {
			case x < 0.4:
				b.WriteString(function[r.Intn(len(function))])
				d.Tokens = append(d.Tokens, nlp.Token{Start: at, End: b.Len(), Tag: "IN"})
				continue
			case x < 0.46:
				pool := ev.names
				if r.Intn(3) == 0 {
					pool = ev.story.names
				}
				if !lead && r.Intn(2) == 0 {
					pool = s.pickNames(1)
				}
				name := pool[r.Intn(len(pool))]
				b.WriteString(name)
				ents = append(ents, nlp.Mention{Start: at, End: b.Len(), Name: name, Type: nlp.Person, Sent: len(d.Sentences)})
				for j, f := range strings.Fields(name) {
					fs := at
					if j > 0 {
						fs = at + strings.Index(name, f)
					}
					d.Tokens = append(d.Tokens, nlp.Token{Start: fs, End: fs + len(f), Tag: "NNP"})
				}
				continue
			}
			var w string
			y := r.Float64()
			switch {
			case lead && y < 0.35 || !lead && y < 0.12:
				w = ev.words[r.Intn(len(ev.words))]
			case lead && y < 0.55 || !lead && y < 0.24:
				w = ev.story.words[r.Intn(len(ev.story.words))]
			default:
				w = s.vocab[s.zipf.Uint64()]
			}
			b.WriteString(w)
			tag := [...]string{"NN", "NN", "NNS", "VBD", "JJ"}[r.Intn(5)]
			d.Tokens = append(d.Tokens, nlp.Token{Start: at, End: b.Len(), Tag: tag})
		}
		b.WriteByte('.')
		d.Tokens = append(d.Tokens, nlp.Token{Start: b.Len() - 1, End: b.Len(), Tag: "."})
		s0.End, s0.TokEnd = b.Len(), len(d.Tokens)
		d.Sentences = append(d.Sentences, s0)
		d.WordCount += n
	}
	for d.WordCount < words {
		ps := b.Len()
		for i := 1 + r.Intn(3); i > 0; i-- {
			if b.Len() > ps {
				b.WriteByte(' ')
			}
			sentence(len(d.Sentences) < leadSentences)
		}
		d.Paragraphs = append(d.Paragraphs, corpus.Span{Start: ps, End: b.Len()})
		b.WriteString("\n\n")
	}
	d.Text = strings.TrimRight(b.String(), "\n")
	d.Entities = ents
	title := make([]string, 0, 10)
	for i := 0; i < 8; i++ {
		if r.Intn(3) == 0 {
			title = append(title, ev.story.words[r.Intn(len(ev.story.words))])
			continue
		}
		title = append(title, ev.words[r.Intn(len(ev.words))])
	}
	title = append(title, ev.names[0])
	d.Title = strings.Join(title, " ")
	d.Outlet, d.Published = outlet, pub
	d.ID = corpus.MakeID(outlet, pub, d.Text)
	d.Source = corpus.Source{Path: fmt.Sprintf("synthetic/%s/%d.txt", corpus.Slug(outlet), k)}
	return d
}

// heapPeak samples the live heap every few milliseconds until stop is
// called, and returns the largest value seen.
func heapPeak() (stop func() uint64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak atomic.Uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		return peak.Load()
	}
}

// BenchmarkAlign aligns synthetic years of 10k, 50k and 100k pre-annotated
// articles, as `framediff events` does after annotation. Besides the time
// it reports, above the corpus itself: the peak heap during alignment,
// garbage not yet collected included (peak-MB: what the process needs with
// the default GOGC), and the heap still live once alignment has returned
// and a collection has run (result-MB: the events with their evidence).
//
//	go test ./compare -run '^$' -bench BenchmarkAlign -benchtime 1x
func BenchmarkAlign(b *testing.B) {
	for _, n := range []int{10000, 50000, 100000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			docs, _ := newSynth(1).corpus(n)
			runtime.GC()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			opts := defaultOptions
			b.ReportAllocs()
			b.ResetTimer()
			var peak uint64
			var res *Result
			for i := 0; i < b.N; i++ {
				stop := heapPeak()
				var err error
				res, err = alignDocs(context.Background(), docs, opts)
				if p := stop(); p > peak {
					peak = p
				}
				if err != nil {
					b.Fatal(err)
				}
				if len(res.Events) == 0 {
					b.Fatal("no events")
				}
			}
			defer runtime.KeepAlive(docs)
			defer runtime.KeepAlive(res)
			b.StopTimer()
			runtime.GC()
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(peak-min(peak, before.HeapAlloc))/(1<<20), "peak-MB")
			b.ReportMetric(float64(after.HeapAlloc-min(after.HeapAlloc, before.HeapAlloc))/(1<<20), "result-MB")
			b.ReportMetric(float64(n)/(b.Elapsed().Seconds()/float64(b.N)), "articles/s")
		})
	}
}

// TestSyntheticAlignment checks the generator and the aligner against each
// other on a small synthetic corpus: the events come back (B-cubed F1 at
// least 0.9), and the stories' near misses stay apart. It guards the
// benchmark's meaning: a generator whose events could not be told apart,
// or an aligner that lumped them, would make the timings meaningless.
func TestSyntheticAlignment(t *testing.T) {
	docs, events := newSynth(3).corpus(3000)
	truth := map[string]string{}
	for i, d := range docs {
		truth[d.ID] = fmt.Sprint(events[i])
	}
	opts := defaultOptions
	opts.MinOutlets = 1
	res, err := alignDocs(context.Background(), docs, opts)
	if err != nil {
		t.Fatal(err)
	}
	of := map[string]string{}
	for _, ev := range res.Events {
		for _, a := range ev.Articles {
			of[a] = ev.ID
		}
	}
	p, r := bcubed(docs, func(d *nlp.Doc) string { return truth[d.ID] }, func(d *nlp.Doc) string { return of[d.ID] })
	f := 2 * p * r / (p + r)
	t.Logf("synthetic: %d articles, %d true events, %d found; B-cubed P=%.3f R=%.3f F1=%.3f", len(docs), events[len(events)-1]+1, len(res.Events), p, r, f)
	if f < 0.9 {
		t.Errorf("B-cubed F1 %.3f on the synthetic corpus, want at least 0.9", f)
	}
}
