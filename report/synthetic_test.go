package report

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/frame"
)

// syntheticResult builds a result the size of a newsroom's month: n
// articles of about 600 words from ten outlets, in events of four outlets,
// every event with every section filled as compare fills it with its
// default settings (ten terms per outlet with three examples each, framing
// terms, quoted terms, loaded words, emphasis, six outlet pairs, quotes,
// entity tone, labels, unique sentences, lexicon).
// It measures what the report does with size, not what compare finds.
func syntheticResult(n int) *compare.Result {
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("government minister talks border troops sanctions officials said statement " +
		"security crisis diplomatic meeting warned pressure allies agreement military forces region report " +
		"president spokesman response economic week capital negotiations conflict support plans decision")
	phrase := func(k int) string {
		ws := make([]string, k)
		for i := range ws {
			ws[i] = words[rng.IntN(len(words))]
		}
		s := strings.Join(ws, " ")
		return strings.ToUpper(s[:1]) + s[1:]
	}
	// Sentences of 14 to 27 words, headlines and labels of 8 to 12.
	sentence := func() string { return phrase(14+rng.IntN(14)) + "." }
	headline := func() string { return phrase(8 + rng.IntN(5)) }
	outlets := make([]string, 10)
	for i := range outlets {
		outlets[i] = fmt.Sprintf("Outlet %c Daily News", 'A'+i)
	}
	base := time.Date(2022, 2, 1, 8, 0, 0, 0, time.UTC)
	r := &compare.Result{Outlets: outlets, Params: compare.Params{Window: compare.Duration(72 * time.Hour), MinOutlets: 2, MinSimilarity: 0.25, Top: 10}}
	const perEvent = 4
	for e := 0; e*perEvent < n; e++ {
		ev := compare.Event{ID: fmt.Sprintf("e%d", e+1), Label: headline(), Start: base.Add(time.Duration(e) * 3 * time.Hour)}
		ev.End = ev.Start.Add(5 * time.Hour)
		var evOutlets []string
		var arts []compare.Article
		for k := 0; k < perEvent && e*perEvent+k < n; k++ {
			o := outlets[(e+k*3)%len(outlets)]
			var b strings.Builder
			for p := 0; p < 8; p++ {
				if p > 0 {
					b.WriteString("\n\n")
				}
				for s := 0; s < 3; s++ {
					if s > 0 {
						b.WriteByte(' ')
					}
					b.WriteString(sentence())
				}
			}
			pub := ev.Start.Add(time.Duration(k) * time.Hour)
			a := compare.Article{ID: fmt.Sprintf("a%05d", e*perEvent+k), Outlet: o, Title: headline(), Published: &pub,
				URL: fmt.Sprintf("https://news%d.example/2022/02/%05d", k, e*perEvent+k), Source: fmt.Sprintf("corpus/%05d.html", e*perEvent+k),
				Words: 600, Language: "en", Text: b.String()}
			arts = append(arts, a)
			ev.Articles = append(ev.Articles, a.ID)
			evOutlets = append(evOutlets, o)
			r.Articles = append(r.Articles, a)
		}
		ev.Outlets = evOutlets
		ev.Missing = outlets[:6]
		for i := 0; i < 10; i++ {
			ev.Entities = append(ev.Entities, compare.EntityCount{Name: fmt.Sprintf("Entity %d", i), Type: "PERSON", Mentions: 8, Outlets: 3})
		}
		for i := 0; i+1 < len(arts); i++ {
			ev.Evidence = append(ev.Evidence, compare.Link{A: arts[i].ID, B: arts[i+1].ID, Score: 0.5, Content: 0.4, EntityOverlap: 0.6,
				SharedEntities: []string{"Entity 1", "Entity 2", "Entity 3"}, SharedTerms: []string{"talks", "border"}, DaysApart: 0.2})
		}
		// sentenceAt returns the k-th sentence of an article as an example.
		sentenceAt := func(a compare.Article, k int) compare.Example {
			start := 0
			for i := 0; i < k; i++ {
				j := strings.Index(a.Text[start:], ".")
				start += j + 1
				for start < len(a.Text) && (a.Text[start] == ' ' || a.Text[start] == '\n') {
					start++
				}
			}
			end := start + strings.Index(a.Text[start:], ".") + 1
			sp := strings.IndexByte(a.Text[start:end], ' ')
			return compare.Example{Article: a.ID, Start: start, End: end, Text: a.Text[start:end], TermStart: start, TermEnd: start + sp}
		}
		for oi, a := range arts {
			for t := 0; t < 10; t++ {
				term := compare.Term{Outlet: a.Outlet, Term: words[(t+oi)%len(words)], N: 1, Count: 5, Rate: 8.3, OthersCount: 1, OthersRate: 0.6, Z: 3 - 0.2*float64(t), P: 0.01, PAdjusted: 0.05}
				for x := 0; x < 3; x++ {
					term.Examples = append(term.Examples, sentenceAt(a, t*2+x))
				}
				ev.Terms = append(ev.Terms, term)
			}
			// As compare fills them by default: up to six framing terms
			// (loaded ones are fewer than terms), ten quoted terms, fifteen
			// loaded words in the outlet's own voice and five in its
			// quotes, each with up to three examples, and the emphasis.
			for t := 0; t < 6; t++ {
				f := compare.FramingTerm{Outlet: a.Outlet, Term: words[(t+oi+5)%len(words)], N: 1, Count: 4, OthersCount: 1, Z: 2.5 - 0.2*float64(t), Significant: t < 3, Loaded: 0.08, Voice: "own"}
				for x := 0; x < 3; x++ {
					f.Examples = append(f.Examples, sentenceAt(a, t*2+x+1))
				}
				ev.Framing = append(ev.Framing, f)
			}
			for t := 0; t < 10; t++ {
				q := compare.Term{Outlet: a.Outlet, Term: words[(t+oi+9)%len(words)], N: 1, Count: 2, Rate: 40, OthersCount: 0, Z: 1.2 - 0.05*float64(t), P: 0.2, PAdjusted: 0.6,
					Loaded: 0.03, Voice: "quoted", Speakers: []string{fmt.Sprintf("Entity %d", t%3)}}
				for x := 0; x < 3; x++ {
					q.Examples = append(q.Examples, sentenceAt(a, 10+x))
				}
				ev.QuotedTerms = append(ev.QuotedTerms, q)
			}
			for _, voice := range []string{"own", "quoted"} {
				l := compare.OutletLoaded{Outlet: a.Outlet, Voice: voice, VoiceWords: 510, Count: 30, Rate: 58.8}
				n := 15
				if voice == "quoted" {
					l.VoiceWords, l.Count, l.Rate, n = 90, 5, 55.6, 5
				}
				for w := 0; w < n; w++ {
					lw := compare.LoadedWord{Word: words[(w+oi)%len(words)], Count: 2, Score: 0.1}
					if voice == "quoted" {
						lw.Speakers = []string{"Entity 1"}
					}
					for x := 0; x < 3; x++ {
						lw.Examples = append(lw.Examples, sentenceAt(a, w+x))
					}
					l.Words = append(l.Words, lw)
				}
				ev.LoadedWords = append(ev.LoadedWords, l)
			}
			ev.Emphasis = append(ev.Emphasis, compare.Emphasis{Outlet: a.Outlet, Headlines: []string{a.Title},
				Entities: []string{"Entity 1", "Entity 2", "Entity 3", "Entity 4", "Entity 5"}, FramingTerms: []string{words[(oi+5)%len(words)]},
				LoadedWords: []string{words[oi%len(words)], words[(oi+1)%len(words)]}})
			hist := make([]int, frame.ToneBins)
			for i := range hist {
				hist[i] = rng.IntN(6)
			}
			ev.Sentiment = append(ev.Sentiment, compare.Tone{Outlet: a.Outlet, Mean: 0.05, Positive: 0.3, Neutral: 0.4, Negative: 0.3, Sentences: 24, Histogram: hist,
				Words: []compare.ToneWord{{Word: "support", Valence: 1.7, Count: 3, Weight: 5.1}, {Word: "crisis", Valence: -3.1, Count: 2, Weight: -6.2}, {Word: "warned", Valence: -1.2, Count: 2, Weight: -2.4}}})
			q := compare.OutletQuotes{Outlet: a.Outlet, Quotes: 6, Words: 90, Share: 0.15}
			for s := 0; s < 3; s++ {
				ex := sentenceAt(a, 10+s)
				q.Speakers = append(q.Speakers, compare.Speaker{Name: fmt.Sprintf("Entity %d", s), Quotes: 2, Words: 30, Share: 0.33,
					Quoted: []compare.QuoteExample{{Article: a.ID, Start: ex.Start, End: ex.End, Text: ex.Text, Cue: "said"}}})
			}
			ev.Quotes = append(ev.Quotes, q)
			u := compare.Unique{Outlet: a.Outlet, Omits: []string{"Entity 8", "Entity 9"}}
			for s := 0; s < 3; s++ {
				u.Sentences = append(u.Sentences, compare.UniqueSentence{Example: sentenceAt(a, 14+s), Salience: 2, Entities: []string{"Entity 7"}, Numbers: []string{"100,000"}, Terms: []string{"border"}})
			}
			ev.Unique = append(ev.Unique, u)
		}
		for i := range arts {
			for j := i + 1; j < len(arts); j++ {
				p := compare.Pair{A: arts[i].Outlet, B: arts[j].Outlet}
				for t := 0; t < 20; t++ {
					z := 2.5 - 0.25*float64(t)
					p.Terms = append(p.Terms, compare.PairTerm{Term: words[t], N: 1, CountA: 4, CountB: 1, RateA: 6, RateB: 1, Z: z, P: 0.05, PAdjusted: 0.1})
				}
				ev.Pairs = append(ev.Pairs, p)
			}
		}
		m := len(arts)
		ev.Similarity = compare.Similarity{Outlets: evOutlets}
		for i := 0; i < m; i++ {
			c, j, t := make([]float64, m), make([]float64, m), make([]float64, m)
			for k := 0; k < m; k++ {
				if i != k {
					c[k], j[k], t[k] = 0.4, 0.3, 0.1
				} else {
					c[k] = 1
				}
			}
			ev.Similarity.Cosine = append(ev.Similarity.Cosine, c)
			ev.Similarity.JSD = append(ev.Similarity.JSD, j)
			ev.Similarity.Tone = append(ev.Similarity.Tone, t)
		}
		for x := 0; x < 5; x++ {
			for _, a := range arts {
				ev.EntityTone = append(ev.EntityTone, compare.EntityTone{Entity: fmt.Sprintf("Entity %d", x), Type: "PERSON", Outlet: a.Outlet, Mentions: 3, Sentences: 3, Mean: -0.1, Stance: "neu",
					Positive: 0.3, Negative: 0.4, Words: []compare.ToneWord{{Word: "warned", Valence: -1.2, Count: 1, Weight: -1.2}}})
			}
		}
		for x := 0; x < 3; x++ {
			l := compare.Label{Entity: fmt.Sprintf("Entity %d", x), Type: "GPE"}
			for _, a := range arts {
				l.Outlets = append(l.Outlets, compare.OutletLabels{Outlet: a.Outlet, Labels: []compare.LabelUse{{Text: "the capital", Kind: "appositive", Count: 2, Example: sentenceAt(a, 20)}}})
			}
			ev.Labels = append(ev.Labels, l)
		}
		for _, cat := range []string{"conflict", "diplomacy", "security", "economy", "humanitarian", "legality", "public opinion", "responsibility"} {
			for _, a := range arts {
				ev.Lexicon = append(ev.Lexicon, compare.LexiconCount{Category: cat, Outlet: a.Outlet, Count: 4, Rate: 6.7, Z: 0.5,
					Words: []compare.WordCount{{Word: "talks", Count: 2}, {Word: "border", Count: 2}}})
			}
		}
		r.Events = append(r.Events, ev)
	}
	return r
}
