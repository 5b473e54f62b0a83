package align

import (
	"context"
	"flag"
	"fmt"
	"os"
	"reflect"
	"sort"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
)

// measure runs the measurements that docs/performance.md's rounds 11
// and 15 read (TestIDFSources, TestNameResolutionLocality,
// TestDenseIDFSources): they take minutes and check nothing, so a plain
// `go test` skips them.
var measure = flag.Bool("measure", false, "run the measurements of IDF sources and name resolution (docs/performance.md, rounds 11 and 15)")

// TestIDFSources aligns basil-dev and the sample corpus with the document
// frequencies of terms and entities taken from each source (idf.go) and
// logs, for each pair of sources and threshold, basil-dev's B-cubed
// figures as TestBasilDev gives them and the sample corpus's B-cubed F1
// and whether its four crisis events of 12 February stay apart. It is a
// measurement, not a check: the README's "How events are aligned" and
// docs/performance.md ("Round 11") read it.
func TestIDFSources(t *testing.T) {
	if !*measure {
		t.Skip("a measurement: run with -measure")
	}
	docs, _ := annotateBasil(t)
	bg := topicBackground(t)
	gold := readBasilGold(t, basilDir+"/gold.tsv")
	sdocs, sgold, _ := sampleDocs(t)
	names := map[idfSource]string{idfCorpus: "corpus", idfBackground: "background", idfStreaming: "streaming", idfFlat: "flat", idfLocal: "local"}
	type variant struct {
		terms, ents idfSource
		local       localIDF
	}
	day := int64(24 * 3600)
	variants := []variant{
		{idfCorpus, idfCorpus, localIDF{}},
		{idfBackground, idfCorpus, localIDF{}},
		{idfBackground, idfBackground, localIDF{}},
		{idfBackground, idfFlat, localIDF{}},
		{idfStreaming, idfCorpus, localIDF{}},
		{idfStreaming, idfStreaming, localIDF{}},
		{idfCorpus, idfBackground, localIDF{}},
		{idfCorpus, idfStreaming, localIDF{}},
		{idfLocal, idfCorpus, localIDF{past: true}},
		{idfLocal, idfLocal, localIDF{past: true}},
	}
	for _, k := range []int{50, 100, 200} {
		for _, past := range []bool{false, true} {
			l := localIDF{past: past, articles: k}
			variants = append(variants, variant{idfLocal, idfLocal, l})
		}
	}
	for _, days := range []int64{3, 7, 30} {
		for _, past := range []bool{false, true} {
			l := localIDF{past: past, window: days * day}
			variants = append(variants, variant{idfLocal, idfCorpus, l}, variant{idfLocal, idfLocal, l})
		}
	}
	thresholds := []float64{0.24, 0.25, 0.26, 0.27, 0.275, 0.28, 0.29, 0.30}
	ctx := context.Background()
	for _, v := range variants {
		for _, th := range thresholds {
			opts := defaultOptions
			opts.MinSimilarity, opts.termIDF, opts.entIDF, opts.local, opts.background = th, v.terms, v.ents, v.local, bg
			res, err := alignDocs(ctx, docs, opts)
			if err != nil {
				t.Fatal(err)
			}
			sc := scoreBasil(t, docs, gold, res, false)
			sres, err := alignDocs(ctx, sdocs, opts)
			if err != nil {
				t.Fatal(err)
			}
			of := eventOf(sres)
			sp, sr := bcubed(sdocs, func(d *nlp.Doc) string { return sgold[d.ID] }, func(d *nlp.Doc) string {
				if e := of[d.ID]; e != nil {
					return e.ID
				}
				return d.ID
			})
			crisis := "apart"
			if ps := crisisProblems(sdocs, sgold, of, func(string, ...any) {}); len(ps) > 0 {
				crisis = fmt.Sprintf("%d problems: %s", len(ps), ps[0])
			}
			t.Logf("idf terms %-10s entities %-10s %-16s threshold %.3f: basil-dev P %.4f R %.4f F1 %.4f read P %.4f merged %d; sample F1 %.3f, crisis %s",
				names[v.terms], names[v.ents], v.local, th, sc.p, sc.r, sc.f1, sc.pRead, sc.merged, 2*sp*sr/(sp+sr), crisis)
		}
	}
}

// Counted over a window that holds every article, the local document
// frequencies are the corpus's: the sliding window adds and drops every
// article it should. A window of a day must change some weights of the
// sample corpus, whose articles span four days.
func TestLocalIDFOverAllIsCorpusIDF(t *testing.T) {
	docs, _, _ := sampleDocs(t)
	var en []*nlp.Doc
	for _, d := range docs {
		if languageOf(d) == "en" {
			en = append(en, d)
		}
	}
	sort.SliceStable(en, func(i, j int) bool { return corpus.Less(&en[i].Article, &en[j].Article) })
	en = nlp.ResolveNames(en, nil, 0)
	profiles := func(o Options) []profile {
		c := newCorpusFor(o)
		c.Add(en)
		return c.aligner(o).ps
	}
	want := profiles(defaultOptions)
	all := defaultOptions
	all.termIDF, all.entIDF, all.local = idfLocal, idfLocal, localIDF{}
	if got := profiles(all); !reflect.DeepEqual(got, want) {
		t.Error("profiles weighed over a window of every article differ from the corpus's")
	}
	many := all
	many.local = localIDF{articles: len(en)}
	if got := profiles(many); !reflect.DeepEqual(got, want) {
		t.Error("profiles weighed over the nearest articles, all of them, differ from the corpus's")
	}
	day := all
	day.local = localIDF{window: 24 * 3600}
	if got := profiles(day); reflect.DeepEqual(got, want) {
		t.Error("profiles weighed over a window of a day are the corpus's")
	}
}

func ExampleTopicKeys() {
	fmt.Println(TopicKeys("Vice-Presidential", nil, nil))
	fmt.Println(TopicKeys("immigrants", nil, nil))
	fmt.Println(TopicKeys("U.S.", nil, nil))
	fmt.Println(TopicKeys("HONOLULU", nil, nil))
	fmt.Println(TopicKeys("de-escalate", nil, nil))
	// Output:
	// [vice presidenti]
	// [immigr]
	// [US]
	// [honolulu]
	// [de-escal]
}

// topicBackground reads the background counted under alignment's term
// keys (scripts/background -keys topic), which the measurements weigh by.
func topicBackground(t *testing.T) *loaded.Background {
	t.Helper()
	const name = "testdata/background-topic.tsv"
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	bg, err := loaded.ReadBackground(name, f)
	if err != nil {
		t.Fatal(err)
	}
	return bg
}
