package frame

import (
	"bufio"
	"context"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
	"github.com/google/go-cmp/cmp"
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

// TestToneWords: the words listed for an outlet's tone carry their value
// in VADER's computation of their sentences, and names carry none. Ratings
// are vader_lexicon.txt's; the factors VADER's (booster 0.293, negation
// -0.74, before "but" 0.5, after it 1.5).
func TestToneWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       []ToneWord
	}{
		{"United States", "The United States will send aid to the region, officials said on Monday.", []ToneWord{}},
		{"Tea Party", "Tea Party activists gathered outside the statehouse in Columbus.", []ToneWord{}},
		{"Security Council", "The Security Council met behind closed doors in New York.", []ToneWord{}},
		{"surname", "Benjamin Jealous spoke in Baltimore on Monday. Jealous told reporters he would run again.", []ToneWord{}},
		{"words used as grammar or a topic", "Party leaders met on health care as well as taxes, and voted in favor of a plan like the last one.",
			[]ToneWord{}},
		{"a topic and a judge's title", "The national security adviser met Justice Lind on Monday.",
			[]ToneWord{}},
		{"a test's result", "Two nurses tested positive for the virus on Monday, and a third tested negative. The clinic reported 14 positive cases, a false positive and 30 negative samples.",
			[]ToneWord{}},
		{"a test's result before its illness", "The swabs gave negative results, and one patient was positive for antibodies. Her first tests came back negative.",
			[]ToneWord{}},
		{"the price of money", "The central bank set interest rates on Monday, and mortgage interest stayed where it was.",
			[]ToneWord{}},
		{"spying and an office's name", "Foreign intelligence officials briefed the special counsel, and the intelligence committee set a special election.",
			[]ToneWord{}},
		{"things named with grand, super and crude", "The grand jury heard the case as super PACs spent before Super Tuesday, and crude oil prices fell while crude slipped again.",
			[]ToneWord{}},
		{"the criminal branch of law", "Prosecutors opened a criminal investigation, and the criminal court heard the criminal case.",
			[]ToneWord{}},
		{"criminal as a judgement", "Years of criminal neglect closed the home.",
			[]ToneWord{{Word: "criminal", Valence: -2.4, Count: 1, Weight: -2.4}, {Word: "neglect", Valence: -2, Count: 1, Weight: -2}}},
		{"a political party without a party's name", "Both parties blamed the governor, and his own party voted against the party's plan.",
			[]ToneWord{{Word: "blamed", Valence: -2.1, Count: 1, Weight: -2.1}}},
		{"a celebration", "The mayor threw a birthday party.",
			[]ToneWord{{Word: "party", Valence: 1.7, Count: 1, Weight: 1.7}}},
		{"grand and crude as judgements", "The mayor unveiled a grand plan and a crude joke.",
			[]ToneWord{{Word: "crude", Valence: -2.7, Count: 1, Weight: -2.7}, {Word: "grand", Valence: 2, Count: 1, Weight: 2}, {Word: "joke", Valence: 1.2, Count: 1, Weight: 1.2}}},
		{"special as praise", "It was a special night for the team.",
			[]ToneWord{{Word: "special", Valence: 1.7, Count: 1, Weight: 1.7}}},
		{"interest as a feeling", "Voters showed interest in the plan.",
			[]ToneWord{{Word: "interest", Valence: 2, Count: 1, Weight: 2}}},
		{"a result's words used as judgements", "The talks were a positive step, the campaign ran negative ads, and the plan showed positive results.",
			[]ToneWord{{Word: "positive", Valence: 2.6, Count: 2, Weight: 5.2}, {Word: "negative", Valence: -2.7, Count: 1, Weight: -2.7}}},
		{"the same words used as judgements", "We like the plan, and it was well received.",
			[]ToneWord{{Word: "like", Valence: 1.5, Count: 1, Weight: 1.5}, {Word: "well", Valence: 1.1, Count: 1, Weight: 1.1}}},
		{"negated", "The talks were not helpful.",
			[]ToneWord{{Word: "helpful", Valence: 1.8, Count: 1, Weight: -1.332}}},
		{"boosted", "Officials called the talks very good.",
			[]ToneWord{{Word: "good", Valence: 1.9, Count: 1, Weight: 2.193}}},
		{"but", "The plan is good, but the rollout was a disaster.",
			[]ToneWord{{Word: "disaster", Valence: -3.1, Count: 1, Weight: -4.65}, {Word: "good", Valence: 1.9, Count: 1, Weight: 0.95}}},
		{"a quote's words are the speaker's, not the outlet's", "The minister called the plan \"a disastrous and shameful mistake\" on Tuesday.",
			[]ToneWord{}},
		{"reported speech is the speaker's, not the outlet's", "Russian officials say the evacuation is the result of Western hysteria and panic.",
			[]ToneWord{}},
		{"the outlet's words beside reported speech", "In a hostile exchange, the minister told reporters that the talks were good.",
			[]ToneWord{{Word: "hostile", Valence: -1.6, Count: 1, Weight: -1.6}}},
		{"plain and negated uses", "The first round of talks was good. The second was not good.",
			[]ToneWord{{Word: "good", Valence: 1.9, Count: 2, Weight: 0.494}}},
	}
	an := &nlp.Annotator{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := an.AnnotateOne(context.Background(), corpus.Article{ID: tt.name, Outlet: "o", Text: tt.text, Language: "en"})
			if err != nil {
				t.Fatal(err)
			}
			docs := []*nlp.Doc{d}
			tones, _ := newEventTone(docs, nil).tones([]string{"o"}, docs)
			if diff := cmp.Diff(tt.want, tones[0].Words); diff != "" {
				t.Errorf("%q: tone words (-want +got):\n%s", tt.text, diff)
			}
			if len(tt.want) == 0 && tones[0].Mean != 0 {
				t.Errorf("%q: mean tone %.4f with no tone words", tt.text, tones[0].Mean)
			}
		})
	}
}

// TestToneWordsExplainTone: on the sample corpus, each sentence's words
// come from the computation that gave its own-voice score, so the sign of
// their sum is the sign of the score, and no word lies in a masked name or
// inside a direct quote.
func TestToneWordsExplainTone(t *testing.T) {
	docs, _, _ := sampleDocs(t)
	et := newEventTone(docs, nil)
	sentences, words := 0, 0
	for _, d := range docs {
		names := d.ToneMask()
		for si, s := range d.Sentences {
			sum := 0.0
			for _, w := range et.words[d][si] {
				sum += w.Value
				words++
				for _, n := range names {
					if n.Start < w.End && w.Start < n.End {
						t.Errorf("%s: tone word %q lies in the name %q", d.ID, w.Word, d.Text[n.Start:n.End])
					}
				}
				for _, q := range d.Quotes {
					if q.Start < w.End && w.Start < q.End {
						t.Errorf("%s: tone word %q lies in a quote of %q", d.ID, w.Word, q.Speaker)
					}
				}
				voice := prepare(d).quotes
				for ti := s.TokStart; ti < s.TokEnd; ti++ {
					if tok := d.Tokens[ti]; voice[ti] == tokReported && tok.Start < w.End && w.Start < tok.End {
						t.Errorf("%s: tone word %q lies in reported speech: %q", d.ID, w.Word, d.SentenceText(si))
					}
				}
			}
			if score := et.scores[d][si]; sign(sum) != sign(score) {
				t.Errorf("%s: sentence %d scores %.4f but its words sum to %.3f: %q", d.ID, si, score, sum, d.SentenceText(si))
			}
			sentences++
		}
	}
	t.Logf("%d sentences, %d tone words", sentences, words)
}

func sign(x float64) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

// TestEntityTone: the tone toward an entity is read per mention from who
// does what to whom, not from the sentence: in both outlets' sentences
// below the words are negative, but one outlet reports the governor as
// the one accused and the other as the accuser. A pronoun resolved to the
// governor ("He resigned") is read with his mentions. The articles are
// written for the test.
func TestEntityTone(t *testing.T) {
	texts := map[string]string{
		"Harbour Times": "Prosecutors accused Governor Tom Baker of taking bribes from contractors.\n\n" +
			"Baker was indicted on corruption charges on Tuesday. He resigned the next day.",
		"Valley Ledger": "Governor Tom Baker met Senator Warren in Boston on Monday to discuss the budget.\n\n" +
			"Baker praised Senator Warren for strong leadership during the storm.",
	}
	var arts []corpus.Article
	for _, o := range []string{"Harbour Times", "Valley Ledger"} {
		arts = append(arts, corpus.Article{ID: o, Outlet: o, Text: texts[o], Language: "en"})
	}
	docs := annotated(t, arts...)
	ev := Event{Outlets: []string{"Harbour Times", "Valley Ledger"}, Entities: Entities(docs)}
	got := map[string]EntityTone{}
	for _, et := range New(docs, defaultOptions).entityTone(&ev, docs, nil) {
		if et.Entity == "Tom Baker" {
			got[et.Outlet] = et
		}
	}
	tests := []struct {
		outlet               string
		stance               string
		mentions, references int
		weak                 bool // fewer than MinStanceTargets
	}{
		{"Harbour Times", "neg", 2, 1, false},
		{"Valley Ledger", "pos", 2, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.outlet, func(t *testing.T) {
			et, ok := got[tt.outlet]
			if !ok {
				t.Fatalf("no tone toward Baker in %s: %+v", tt.outlet, got)
			}
			sentences := tt.mentions + tt.references // one each here
			if et.Stance != tt.stance || et.Mentions != tt.mentions || et.References != tt.references || et.Sentences != sentences {
				t.Errorf("Baker in %s: stance %q, %d mentions and %d references in %d sentences (mean %+.2f); want %q, %d and %d in %d",
					tt.outlet, et.Stance, et.Mentions, et.References, et.Sentences, et.Mean, tt.stance, tt.mentions, tt.references, sentences)
			}
			if et.Weak != tt.weak {
				t.Errorf("Baker in %s: weak %v with %d mentions and references, want %v", tt.outlet, et.Weak, et.Mentions+et.References, tt.weak)
			}
			if et.Mean < -1 || et.Mean > 1 || et.Positive+et.Negative > 1 {
				t.Errorf("Baker in %s: mean %v, shares %v + %v", tt.outlet, et.Mean, et.Positive, et.Negative)
			}
		})
	}
}

// TestEventToneLikeOwnVoiceTones: the sentence tones newEventTone keeps
// for the tone toward entities are nlp's OwnVoiceTones, and the mask of
// reported speech is OwnVoiceMask of its stretches, on the sample corpus.
func TestEventToneLikeOwnVoiceTones(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	et := newEventTone(docs, map[*nlp.Doc]*prepared{})
	reports := 0
	for _, d := range docs {
		if !reflect.DeepEqual(et.voice[d], d.OwnVoiceTones()) {
			t.Errorf("%s: sentence tones differ from OwnVoiceTones", d.ID)
		}
		qs := prepare(d).quotes
		reported := reportedStretches(d, qs)
		reports += len(reported)
		if got, want := reportedMask(d, qs, d.OwnVoiceMask(nil)), d.OwnVoiceMask(reported); !slices.Equal(got, want) {
			t.Errorf("%s: reported-speech mask %v, want %v", d.ID, got, want)
		}
	}
	if reports == 0 {
		t.Error("no reported speech in the sample corpus")
	}
}
