package frame

import (
	"bufio"
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"gonum.org/v1/gonum/stat"
)

// vaderNYT is the sentence sentiment development set: 5,190 New York Times
// editorial sentences with the mean rating of 20 people on -4..+4 (Hutto &
// Gilbert 2014). It lives outside the module, in ../shared from the module
// root, and is absent from a user's clone.
const vaderNYT = "../../../shared/data/vader-nyt/nyt_editorial_snippets.tsv"

type rated struct {
	text string
	mean float64
}

func readVaderNYT(t *testing.T) []rated {
	t.Helper()
	f, err := os.Open(vaderNYT)
	if os.IsNotExist(err) {
		t.Skip("vader-nyt absent: " + vaderNYT + " lives in ../shared beside the module, not in a clone")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []rated
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		parts := strings.SplitN(sc.Text(), "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("%s:%d: want id, mean, sentence", vaderNYT, line)
		}
		m, err := strconv.ParseFloat(parts[1], 64)
		if err != nil {
			t.Fatalf("%s:%d: %v", vaderNYT, line, err)
		}
		out = append(out, rated{parts[2], m})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSentenceToneAgreement measures the sentence tone framediff reports
// against human ratings: VADER as it is, and with the names of entities
// masked as the annotator masks them (nlp.Doc.ToneMask), each snippet
// scored whole since it was rated whole. Published: VADER r = 0.492
// (paper), 0.503 with the current Python VADER; people agree with each
// other at r = 0.745.
func TestSentenceToneAgreement(t *testing.T) {
	data := readVaderNYT(t)
	human := make([]float64, len(data))
	plain := make([]float64, len(data))
	arts := make([]corpus.Article, len(data))
	for i, r := range data {
		human[i], plain[i] = r.mean, nlp.Sentiment(r.text, nil).Compound
		arts[i] = corpus.Article{ID: strconv.Itoa(i), Outlet: "nyt", Text: r.text, Language: "en", Source: corpus.Source{Path: vaderNYT, Record: i + 1}}
	}
	rPlain := stat.Correlation(plain, human, nil)
	t.Logf("vader-nyt: Pearson r = %.4f over %d sentences (VADER, nothing masked)", rPlain, len(data))
	if rPlain < 0.48 {
		t.Errorf("VADER: r = %.4f, want >= 0.48", rPlain)
	}
	if testing.Short() {
		t.Skip("annotating 5,190 sentences for their entities")
	}
	docs, skipped, err := (&nlp.Annotator{}).Annotate(context.Background(), arts)
	if err != nil || len(skipped) > 0 {
		t.Fatalf("annotating: %v, %d skipped", err, len(skipped))
	}
	masked := make([]float64, len(data))
	changed := 0
	for i, d := range docs {
		masked[i] = nlp.Sentiment(d.Text, d.ToneMask()).Compound
		if masked[i] != plain[i] {
			changed++
		}
	}
	rMasked := stat.Correlation(masked, human, nil)
	t.Logf("vader-nyt: Pearson r = %.4f over %d sentences (entity names masked; %d scores changed)", rMasked, len(data), changed)
	// Masking removes words that name rather than judge; it must not cost
	// agreement with the raters beyond the third decimal.
	if rMasked < rPlain-0.001 {
		t.Errorf("masked: r = %.4f, below VADER's %.4f", rMasked, rPlain)
	}
}

// TestEntityToneWindow measures the two ways of scoring the tone near an
// entity against the human ratings of the sentences that name one: VADER on
// the whole sentence, and VADER on ±windowWords words around each mention
// (averaged over the mentions). tone.go uses the sentence because it agrees
// better. The ratings are of whole sentences, not of tone toward the
// entity, for which no rated data is at hand; the measurement says how
// much of the sentence's tone a window keeps.
func TestEntityToneWindow(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates hundreds of sentences")
	}
	data := readVaderNYT(t)
	// Every windowStride-th sentence keeps the test to a few seconds; the
	// full set (stride 1: 2,725 sentences naming an entity) gave r = 0.501
	// for the sentence against 0.376 for the window.
	const windowStride = 8
	var arts []corpus.Article
	for i := 0; i < len(data); i += windowStride {
		arts = append(arts, corpus.Article{ID: strconv.Itoa(i), Outlet: "nyt", Text: data[i].text, Source: corpus.Source{Path: vaderNYT, Record: i + 1}})
	}
	an := &nlp.Annotator{}
	docs, _, err := an.Annotate(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	var human, sentence, window []float64
	for _, d := range docs {
		if len(d.Entities) == 0 {
			continue
		}
		i, _ := strconv.Atoi(d.ID)
		sum := 0.0
		for _, m := range d.Entities {
			t0, t1 := tokenAt(d, m.Start), tokenEnding(d, m.End)
			if t0 < 0 || t1 < 0 {
				t0, t1 = d.SentenceAt(m.Start), d.SentenceAt(m.Start)
				t0, t1 = d.Sentences[t0].TokStart, d.Sentences[t1].TokEnd-1
			}
			from, to := max(0, t0-windowWords), min(len(d.Tokens)-1, t1+windowWords)
			sum += an.Tone(d.Text[d.Tokens[from].Start:d.Tokens[to].End])
		}
		human = append(human, data[i].mean)
		sentence = append(sentence, an.Tone(data[i].text))
		window = append(window, sum/float64(len(d.Entities)))
	}
	rs, rw := stat.Correlation(sentence, human, nil), stat.Correlation(window, human, nil)
	t.Logf("sentences naming an entity: %d; r(sentence) = %.4f, r(window ±%d words) = %.4f", len(human), rs, windowWords, rw)
	if rs < rw {
		t.Errorf("the window agrees better (%.4f > %.4f): tone.go should use it", rw, rs)
	}
}
