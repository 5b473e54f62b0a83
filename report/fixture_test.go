package report

import (
	"bytes"
	"flag"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
)

// The -update flag rewrites the golden files. Another test file of the
// package may define it too, so it is defined here only if it is not yet.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// The fixture is a hand-built result for Antony Blinken's press conference
// in Honolulu on 12 February 2022, as three fictional outlets might have
// reported it, plus a second event with alignment only. Every sentence was
// written for these tests; offsets are found in the text, as compare
// would set them.

func at(text, s string) (int, int) {
	i := strings.Index(text, s)
	if i < 0 {
		panic(fmt.Sprintf("fixture: %q not in text", s))
	}
	return i, i + len(s)
}

func example(a compare.Article, sentence, term string) compare.Example {
	s, e := at(a.Text, sentence)
	ts := strings.Index(sentence, term)
	if ts < 0 {
		panic(fmt.Sprintf("fixture: %q not in %q", term, sentence))
	}
	return compare.Example{Article: a.ID, Start: s, End: e, Text: sentence, TermStart: s + ts, TermEnd: s + ts + len(term)}
}

func quote(a compare.Article, words, cue string) compare.QuoteExample {
	s, e := at(a.Text, words)
	return compare.QuoteExample{Article: a.ID, Start: s, End: e, Text: words, Cue: cue}
}

func date(s string) *time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return &t
}

const (
	gazetteText = "HONOLULU, Feb 12 - Secretary of State Antony Blinken said on Saturday that a diplomatic path out of the Ukraine crisis was still open, provided Russia chose to de-escalate.\n\n" +
		"\"Moscow can show it wants diplomacy in one simple way: de-escalate,\" Blinken told reporters after talks with his Japanese and South Korean counterparts.\n\n" +
		"He warned that an invasion could begin at any moment, even while the Winter Olympics are under way in Beijing.\n\n" +
		"Washington has pressed Moscow to de-escalate since November, and the talks in Honolulu gave no sign that it would de-escalate soon.\n\n" +
		"Most of the staff at the US embassy in Kyiv were told to leave the same day."
	heraldText = "MOSCOW - Foreign Minister Sergey Lavrov accused Washington of a propaganda campaign over Ukraine after Antony Blinken repeated his warnings in Hawaii.\n\n" +
		"\"This propaganda campaign is meant to push Kiev into a reckless adventure,\" Lavrov said, according to his ministry.\n\n" +
		"The ministry said the conflict in Donbass could be settled only through the Minsk agreements, which Kiev has refused to carry out.\n\n" +
		"Western capitals have fed the hysteria for weeks. Each new date for an invasion adds to the hysteria, and the hysteria has yet to produce any evidence."
	courierText = "The foreign ministers of the United States, Japan and South Korea condemned North Korea's latest missile launches at their meeting in Honolulu on Saturday.\n\n" +
		"Blinken also said Russia should de-escalate on Ukraine's border, calling diplomacy \"the responsible path\" for Moscow.\n\n" +
		"Japan's Yoshimasa Hayashi said the three governments would coordinate closely on both crises."
)

func fixtureResult() *compare.Result {
	gazette := compare.Article{ID: "harbour-gazette-20220212-1a2b3c4d", Outlet: "Harbour Gazette",
		Title: "Blinken urges Moscow to de-escalate as Honolulu talks end", Published: date("2022-02-12T23:10:00Z"),
		URL: "https://harbourgazette.example/2022/02/12/blinken-honolulu", Source: "inbox/harbour-gazette/blinken.html",
		Words: 118, Language: "en", Text: gazetteText}
	herald := compare.Article{ID: "steppe-herald-20220213-5e6f7a8b", Outlet: "Steppe Herald",
		Title: "Lavrov calls US warnings a 'propaganda campaign'", Published: date("2022-02-13T08:00:00+03:00"),
		Source: "inbox/feeds.jsonl#3", Words: 96, Language: "en", Text: heraldText,
		Notes: []string{"no URL found"}}
	courier := compare.Article{ID: "tidewater-courier-20220212-9c0d1e2f", Outlet: "Tidewater Courier",
		Title: "Allies condemn North Korean launches at Honolulu meeting", Published: date("2022-02-12T20:30:00Z"),
		URL: "https://tidewatercourier.example/world/honolulu-trilateral", Source: "inbox/feeds.jsonl#1",
		Words: 62, Language: "en", Text: courierText}
	bridgeA := compare.Article{ID: "harbour-gazette-20220213-aa00bb11", Outlet: "Harbour Gazette",
		Title: "Police clear the Ambassador Bridge after a six-day blockade", Published: date("2022-02-13T15:00:00Z"),
		URL: "https://harbourgazette.example/2022/02/13/bridge", Source: "inbox/harbour-gazette/bridge.html",
		Words: 12, Language: "en", Text: "Police in Windsor cleared the last protesters from the Ambassador Bridge on Sunday."}
	bridgeB := compare.Article{ID: "tidewater-courier-20220213-cc22dd33", Outlet: "Tidewater Courier",
		Title: "Windsor bridge reopens to trucks", Published: date("2022-02-13T21:00:00Z"),
		Source: "inbox/feeds.jsonl#2", Words: 11, Language: "en", Text: "Trucks crossed the Ambassador Bridge again late on Sunday, police said."}

	outlets := []string{"Harbour Gazette", "Steppe Herald", "Tidewater Courier"}
	ev := compare.Event{
		ID: "e1", Label: "Blinken urges Moscow to de-escalate as Honolulu talks end",
		Start: *courier.Published, End: *herald.Published,
		Articles: []string{gazette.ID, herald.ID, courier.ID}, Outlets: outlets, Missing: []string{},
		Entities: []compare.EntityCount{
			{Name: "Antony Blinken", Type: "PERSON", Mentions: 4, Outlets: 3},
			{Name: "Russia", Type: "GPE", Mentions: 3, Outlets: 3},
			{Name: "Honolulu", Type: "GPE", Mentions: 2, Outlets: 2},
			{Name: "Sergey Lavrov", Type: "PERSON", Mentions: 2, Outlets: 1},
		},
		Evidence: []compare.Link{
			{A: gazette.ID, B: courier.ID, Score: 0.52, Content: 0.41, EntityOverlap: 0.7, SharedEntities: []string{"Antony Blinken", "Honolulu", "Japan"}, SharedTerms: []string{"de-escalate"}, DaysApart: 0.1},
			{A: gazette.ID, B: herald.ID, Score: 0.38, Content: 0.29, EntityOverlap: 0.51, SharedEntities: []string{"Antony Blinken", "Ukraine"}, SharedTerms: []string{"warned"}, DaysApart: 0.2},
		},
		// Framing terms, distinctive terms and loaded words are counted in
		// each outlet's own voice, the quoted words apart: the Steppe
		// Herald's "propaganda campaign" is its own once, Lavrov's once.
		// One term of each kind is strong (3 uses, adjusted p < 0.05 or,
		// for framing, |z| >= 1.96), the rest weaker. Loaded words in
		// quotes are listed only for an outlet that quoted some, as compare
		// lists them.
		Framing: []compare.FramingTerm{
			{Outlet: "Harbour Gazette", Term: "warned", N: 1, Count: 1, OthersCount: 0, Z: 1.0531, Significant: false, Loaded: 0.052, Voice: "own",
				Examples: []compare.Example{example(gazette, "He warned that an invasion could begin at any moment, even while the Winter Olympics are under way in Beijing.", "warned")}},
			{Outlet: "Steppe Herald", Term: "hysteria", N: 1, Count: 3, OthersCount: 0, Z: 2.2071, Significant: true, Loaded: 0.082, Voice: "own",
				Examples: []compare.Example{example(herald, "Western capitals have fed the hysteria for weeks.", "hysteria"), example(herald, "Each new date for an invasion adds to the hysteria, and the hysteria has yet to produce any evidence.", "hysteria")}},
			{Outlet: "Steppe Herald", Term: "propaganda campaign", N: 2, Count: 1, OthersCount: 0, Z: 1.4211, Significant: false, Loaded: 0.094, Voice: "own",
				Examples: []compare.Example{example(herald, "MOSCOW - Foreign Minister Sergey Lavrov accused Washington of a propaganda campaign over Ukraine after Antony Blinken repeated his warnings in Hawaii.", "propaganda campaign")}},
		},
		QuotedTerms: []compare.Term{
			{Outlet: "Harbour Gazette", Term: "de-escalate", N: 1, Count: 1, Rate: 111.111, OthersCount: 0, OthersRate: 0, Z: 1.0212, P: 0.307, PAdjusted: 0.614, Loaded: 0.021, Voice: "quoted", Speakers: []string{"Antony Blinken"},
				Examples: []compare.Example{example(gazette, "Moscow can show it wants diplomacy in one simple way: de-escalate,", "de-escalate")}},
			{Outlet: "Steppe Herald", Term: "propaganda campaign", N: 2, Count: 1, Rate: 90.909, OthersCount: 0, OthersRate: 0, Z: 1.1734, P: 0.2406, PAdjusted: 0.4812, Loaded: 0.094, Voice: "quoted", Speakers: []string{"Sergey Lavrov"},
				Examples: []compare.Example{example(herald, "This propaganda campaign is meant to push Kiev into a reckless adventure,", "propaganda campaign")}},
			{Outlet: "Steppe Herald", Term: "reckless adventure", N: 2, Count: 1, Rate: 90.909, OthersCount: 0, OthersRate: 0, Z: 1.1734, P: 0.2406, PAdjusted: 0.4812, Loaded: 0.112, Voice: "quoted", Speakers: []string{"Sergey Lavrov"},
				Examples: []compare.Example{example(herald, "This propaganda campaign is meant to push Kiev into a reckless adventure,", "reckless adventure")}},
			{Outlet: "Tidewater Courier", Term: "responsible path", N: 2, Count: 1, Rate: 333.333, OthersCount: 0, OthersRate: 0, Z: 1.0212, P: 0.307, PAdjusted: 0.614, Loaded: 0.03, Voice: "quoted", Speakers: []string{"Antony Blinken"},
				Examples: []compare.Example{example(courier, "Blinken also said Russia should de-escalate on Ukraine's border, calling diplomacy \"the responsible path\" for Moscow.", "responsible path")}},
		},
		LoadedWords: []compare.OutletLoaded{
			{Outlet: "Harbour Gazette", Voice: "own", VoiceWords: 109, Count: 1, Rate: 9.174, Words: []compare.LoadedWord{
				{Word: "warned", Count: 1, Score: 0.052, Examples: []compare.Example{example(gazette, "He warned that an invasion could begin at any moment, even while the Winter Olympics are under way in Beijing.", "warned")}}}},
			{Outlet: "Steppe Herald", Voice: "own", VoiceWords: 85, Count: 4, Rate: 47.059, Words: []compare.LoadedWord{
				{Word: "hysteria", Count: 3, Score: 0.082, Examples: []compare.Example{example(herald, "Western capitals have fed the hysteria for weeks.", "hysteria"), example(herald, "Each new date for an invasion adds to the hysteria, and the hysteria has yet to produce any evidence.", "hysteria")}},
				{Word: "propaganda", Count: 1, Score: 0.094, Examples: []compare.Example{example(herald, "MOSCOW - Foreign Minister Sergey Lavrov accused Washington of a propaganda campaign over Ukraine after Antony Blinken repeated his warnings in Hawaii.", "propaganda")}}}},
			{Outlet: "Steppe Herald", Voice: "quoted", VoiceWords: 11, Count: 2, Rate: 181.818, Words: []compare.LoadedWord{
				{Word: "reckless", Count: 1, Score: 0.112, Speakers: []string{"Sergey Lavrov"}, Examples: []compare.Example{example(herald, "This propaganda campaign is meant to push Kiev into a reckless adventure,", "reckless")}},
				{Word: "propaganda", Count: 1, Score: 0.094, Speakers: []string{"Sergey Lavrov"}, Examples: []compare.Example{example(herald, "This propaganda campaign is meant to push Kiev into a reckless adventure,", "propaganda")}}}},
			{Outlet: "Tidewater Courier", Voice: "own", VoiceWords: 59, Count: 0, Rate: 0, Words: []compare.LoadedWord{}},
		},
		Emphasis: []compare.Emphasis{
			{Outlet: "Harbour Gazette", Headlines: []string{gazette.Title}, Entities: []string{"Antony Blinken", "Ukraine", "Russia"}, FramingTerms: []string{}, LoadedWords: []string{}},
			{Outlet: "Steppe Herald", Headlines: []string{herald.Title}, Entities: []string{"Sergey Lavrov", "Washington", "Ukraine", "Antony Blinken"}, FramingTerms: []string{"propaganda campaign"}, LoadedWords: []string{"propaganda"}},
			{Outlet: "Tidewater Courier", Headlines: []string{courier.Title}, Entities: []string{"United States", "Japan", "South Korea", "North Korea", "Honolulu"}, FramingTerms: []string{}, LoadedWords: []string{}},
		},
		Terms: []compare.Term{
			{Outlet: "Harbour Gazette", Term: "de-escalate", N: 1, Count: 3, Rate: 27.523, OthersCount: 1, OthersRate: 6.944, Z: 2.4113, P: 0.015896, PAdjusted: 0.047688, Significant: true, Loaded: 0.021,
				Examples: []compare.Example{
					example(gazette, "HONOLULU, Feb 12 - Secretary of State Antony Blinken said on Saturday that a diplomatic path out of the Ukraine crisis was still open, provided Russia chose to de-escalate.", "de-escalate"),
					example(gazette, "Washington has pressed Moscow to de-escalate since November, and the talks in Honolulu gave no sign that it would de-escalate soon.", "de-escalate"),
				}},
			{Outlet: "Harbour Gazette", Term: "diplomatic path", N: 2, Count: 1, Rate: 9.174, OthersCount: 0, OthersRate: 0, Z: 1.1892, P: 0.234353, PAdjusted: 0.351529, Loaded: 0.012,
				Examples: []compare.Example{example(gazette, "HONOLULU, Feb 12 - Secretary of State Antony Blinken said on Saturday that a diplomatic path out of the Ukraine crisis was still open, provided Russia chose to de-escalate.", "diplomatic path")}},
			{Outlet: "Steppe Herald", Term: "hysteria", N: 1, Count: 3, Rate: 35.294, OthersCount: 0, OthersRate: 0, Z: 2.2071, P: 0.027312, PAdjusted: 0.040968, Significant: true, Loaded: 0.082,
				Examples: []compare.Example{example(herald, "Western capitals have fed the hysteria for weeks.", "hysteria"), example(herald, "Each new date for an invasion adds to the hysteria, and the hysteria has yet to produce any evidence.", "hysteria")}},
			{Outlet: "Steppe Herald", Term: "propaganda campaign", N: 2, Count: 1, Rate: 11.765, OthersCount: 0, OthersRate: 0, Z: 1.4211, P: 0.155279, PAdjusted: 0.232918, Loaded: 0.094,
				Examples: []compare.Example{example(herald, "MOSCOW - Foreign Minister Sergey Lavrov accused Washington of a propaganda campaign over Ukraine after Antony Blinken repeated his warnings in Hawaii.", "propaganda campaign")}},
			{Outlet: "Steppe Herald", Term: "Kiev", N: 1, Count: 1, Rate: 11.765, OthersCount: 0, OthersRate: 0, Z: 1.0621, P: 0.288196, PAdjusted: 0.288196, Loaded: 0.008,
				Examples: []compare.Example{example(herald, "The ministry said the conflict in Donbass could be settled only through the Minsk agreements, which Kiev has refused to carry out.", "Kiev")}},
			{Outlet: "Tidewater Courier", Term: "North Korea", N: 2, Count: 1, Rate: 16.949, OthersCount: 0, OthersRate: 0, Z: 1.3204, P: 0.186695, PAdjusted: 0.280042, Loaded: 0.004,
				Examples: []compare.Example{example(courier, "The foreign ministers of the United States, Japan and South Korea condemned North Korea's latest missile launches at their meeting in Honolulu on Saturday.", "North Korea")}},
		},
		Pairs: []compare.Pair{
			{A: "Harbour Gazette", B: "Steppe Herald", Terms: []compare.PairTerm{
				{Term: "de-escalate", N: 1, CountA: 3, CountB: 0, RateA: 27.523, RateB: 0, Z: 2.1011, P: 0.035633, PAdjusted: 0.047511, Significant: true},
				{Term: "hysteria", N: 1, CountA: 0, CountB: 3, RateA: 0, RateB: 35.294, Z: -2.2071, P: 0.027312, PAdjusted: 0.047511, Significant: true},
			}},
			{A: "Harbour Gazette", B: "Tidewater Courier", Terms: []compare.PairTerm{}},
			{A: "Steppe Herald", B: "Tidewater Courier", Terms: []compare.PairTerm{
				{Term: "hysteria", N: 1, CountA: 3, CountB: 0, RateA: 35.294, RateB: 0, Z: 2.0113, P: 0.044297, PAdjusted: 0.088594, Significant: true},
				{Term: "Kiev", N: 1, CountA: 1, CountB: 0, RateA: 11.765, RateB: 0, Z: 1.0011, P: 0.316778, PAdjusted: 0.316778, Significant: false},
			}},
		},
		Sentiment: []compare.Tone{
			{Outlet: "Harbour Gazette", Mean: 0.073, Positive: 0.4, Neutral: 0.4, Negative: 0.2, Sentences: 5, Histogram: []int{0, 0, 0, 1, 0, 2, 1, 1, 0, 0},
				Words: []compare.ToneWord{{Word: "open", Valence: 0.8, Count: 1, Weight: 0.8}, {Word: "invasion", Valence: -1.4, Count: 1, Weight: -1.4}}},
			{Outlet: "Steppe Herald", Mean: -0.4702, Positive: 0, Neutral: 0.2, Negative: 0.8, Sentences: 5, Histogram: []int{0, 1, 2, 1, 0, 1, 0, 0, 0, 0},
				Words: []compare.ToneWord{{Word: "propaganda", Valence: -1.6, Count: 2, Weight: -3.2}, {Word: "reckless", Valence: -1.7, Count: 1, Weight: -1.7}}},
			{Outlet: "Tidewater Courier", Mean: 0.0401, Positive: 0.3333, Neutral: 0.3333, Negative: 0.3333, Sentences: 3, Histogram: []int{0, 0, 0, 1, 0, 1, 0, 1, 0, 0},
				Words: []compare.ToneWord{{Word: "condemned", Valence: -1.8, Count: 1, Weight: -1.8}, {Word: "responsible", Valence: 1.3, Count: 1, Weight: 1.3}}},
		},
		Similarity: compare.Similarity{Outlets: outlets,
			Cosine: [][]float64{{1, 0.2114, 0.3407}, {0.2114, 1, 0.1032}, {0.3407, 0.1032, 1}},
			JSD:    [][]float64{{0, 0.6121, 0.5233}, {0.6121, 0, 0.7012}, {0.5233, 0.7012, 0}},
			Tone:   [][]float64{{0, 0.5127, 0.0511}, {0.5127, 0, 0.4616}, {0.0511, 0.4616, 0}},
		},
		Quotes: []compare.OutletQuotes{
			{Outlet: "Harbour Gazette", Quotes: 1, Words: 9, Share: 0.0763, Speakers: []compare.Speaker{
				{Name: "Antony Blinken", Quotes: 1, Words: 9, Share: 1, Quoted: []compare.QuoteExample{quote(gazette, "Moscow can show it wants diplomacy in one simple way: de-escalate,", "told")}}}, Only: []string{}},
			{Outlet: "Steppe Herald", Quotes: 1, Words: 11, Share: 0.1146, Speakers: []compare.Speaker{
				{Name: "Sergey Lavrov", Quotes: 1, Words: 11, Share: 1, Quoted: []compare.QuoteExample{quote(herald, "This propaganda campaign is meant to push Kiev into a reckless adventure,", "said")}}}, Only: []string{"Sergey Lavrov"}},
			{Outlet: "Tidewater Courier", Quotes: 1, Words: 3, Share: 0.0484, Speakers: []compare.Speaker{
				{Name: "Antony Blinken", Quotes: 1, Words: 3, Share: 1, Quoted: []compare.QuoteExample{quote(courier, "the responsible path", "calling")}}}, Only: []string{}},
		},
		EntityTone: []compare.EntityTone{
			{Entity: "Antony Blinken", Type: "PERSON", Outlet: "Harbour Gazette", Mentions: 2, Sentences: 2, Mean: 0.2023, Positive: 0.5, Negative: 0, Stance: "neu", Words: []compare.ToneWord{{Word: "open", Valence: 0.8, Count: 1, Weight: 0.8}}},
			{Entity: "Antony Blinken", Type: "PERSON", Outlet: "Steppe Herald", Mentions: 1, Sentences: 1, Mean: -0.5994, Positive: 0, Negative: 1, Stance: "neg", Weak: true, Words: []compare.ToneWord{{Word: "propaganda", Valence: -1.6, Count: 1, Weight: -1.6}}},
			{Entity: "Antony Blinken", Type: "PERSON", Outlet: "Tidewater Courier", Mentions: 1, Sentences: 1, Mean: 0.3182, Positive: 1, Negative: 0, Stance: "pos", Weak: true, Words: []compare.ToneWord{{Word: "responsible", Valence: 1.3, Count: 1, Weight: 1.3}}},
			{Entity: "Sergey Lavrov", Type: "PERSON", Outlet: "Steppe Herald", Mentions: 2, Sentences: 2, Mean: -0.5106, Positive: 0, Negative: 1, Stance: "neg", Words: []compare.ToneWord{{Word: "accused", Valence: -0.8, Count: 1, Weight: -0.8}}},
		},
		Labels: []compare.Label{
			{Entity: "Kyiv", Type: "GPE", Outlets: []compare.OutletLabels{
				{Outlet: "Harbour Gazette", Labels: []compare.LabelUse{{Text: "Kyiv", Kind: "name", Count: 1, Example: example(gazette, "Most of the staff at the US embassy in Kyiv were told to leave the same day.", "Kyiv")}}},
				{Outlet: "Steppe Herald", Labels: []compare.LabelUse{{Text: "Kiev", Kind: "name", Count: 2, Example: example(herald, "This propaganda campaign is meant to push Kiev into a reckless adventure,", "Kiev")}}},
			}},
		},
		Unique: []compare.Unique{
			{Outlet: "Harbour Gazette", Sentences: []compare.UniqueSentence{{
				Example:  example(gazette, "He warned that an invasion could begin at any moment, even while the Winter Olympics are under way in Beijing.", "Beijing"),
				Salience: 2.5, Entities: []string{"Beijing", "Winter Olympics"}, Numbers: []string{}, Terms: []string{"invasion"}}},
				Omits: []string{}},
			{Outlet: "Steppe Herald", Sentences: []compare.UniqueSentence{{
				Example:  example(herald, "The ministry said the conflict in Donbass could be settled only through the Minsk agreements, which Kiev has refused to carry out.", "Donbass"),
				Salience: 2.1, Entities: []string{"Donbass", "Minsk"}, Numbers: []string{}, Terms: []string{"agreements"}}},
				Omits: []string{"Honolulu", "Japan", "South Korea"}},
			{Outlet: "Tidewater Courier", Sentences: []compare.UniqueSentence{{
				Example:  example(courier, "The foreign ministers of the United States, Japan and South Korea condemned North Korea's latest missile launches at their meeting in Honolulu on Saturday.", "North Korea"),
				Salience: 3.2, Entities: []string{"North Korea"}, Numbers: []string{}, Terms: []string{"missile", "launches"}}},
				Omits: []string{"Sergey Lavrov"}},
		},
		Lexicon: []compare.LexiconCount{
			{Category: "conflict", Outlet: "Harbour Gazette", Count: 2, Rate: 20.833, Z: 0.41, Words: []compare.WordCount{{Word: "invasion", Count: 1}, {Word: "crisis", Count: 1}}},
			{Category: "conflict", Outlet: "Steppe Herald", Count: 2, Rate: 28.571, Z: 0.88, Words: []compare.WordCount{{Word: "conflict", Count: 1}, {Word: "adventure", Count: 1}}},
			{Category: "conflict", Outlet: "Tidewater Courier", Count: 1, Rate: 16.129, Z: -0.2, Words: []compare.WordCount{{Word: "crises", Count: 1}}},
			{Category: "diplomacy", Outlet: "Harbour Gazette", Count: 3, Rate: 31.25, Z: 0.95, Words: []compare.WordCount{{Word: "diplomacy", Count: 1}, {Word: "diplomatic", Count: 1}, {Word: "talks", Count: 1}}},
			{Category: "diplomacy", Outlet: "Steppe Herald", Count: 1, Rate: 14.286, Z: -0.7, Words: []compare.WordCount{{Word: "agreements", Count: 1}}},
			{Category: "diplomacy", Outlet: "Tidewater Courier", Count: 2, Rate: 32.258, Z: 0.5, Words: []compare.WordCount{{Word: "diplomacy", Count: 1}, {Word: "foreign ministers", Count: 1}}},
		},
	}
	for i := range ev.Terms {
		ev.Terms[i].Voice = "own" // the distinctive terms are counted in the outlets' own voice
	}
	bridge := compare.Event{
		ID: "e2", Label: "Police clear the Ambassador Bridge after a six-day blockade",
		Start: *bridgeA.Published, End: *bridgeB.Published,
		Articles: []string{bridgeA.ID, bridgeB.ID}, Outlets: []string{"Harbour Gazette", "Tidewater Courier"}, Missing: []string{"Steppe Herald"},
		Entities: []compare.EntityCount{{Name: "Ambassador Bridge", Type: "FAC", Mentions: 2, Outlets: 2}},
		Evidence: []compare.Link{{A: bridgeA.ID, B: bridgeB.ID, Score: 0.44, Content: 0.35, EntityOverlap: 0.62, SharedEntities: []string{"Ambassador Bridge"}, SharedTerms: []string{"bridge"}, DaysApart: 0.25}},
		Framing:  []compare.FramingTerm{}, Terms: []compare.Term{}, QuotedTerms: []compare.Term{}, LoadedWords: []compare.OutletLoaded{}, Emphasis: []compare.Emphasis{},
		Pairs: []compare.Pair{}, Sentiment: []compare.Tone{},
		Quotes: []compare.OutletQuotes{}, EntityTone: []compare.EntityTone{}, Labels: []compare.Label{}, Unique: []compare.Unique{}, Lexicon: []compare.LexiconCount{},
	}
	return &compare.Result{
		Articles: []compare.Article{courier, gazette, herald, bridgeA, bridgeB},
		Skipped:  []corpus.Skipped{{Source: "inbox/harbour-gazette/index.html", Reason: "no main text found"}},
		Events:   []compare.Event{ev, bridge},
		Outlets:  outlets,
		Params:   compare.Params{Window: compare.Duration(72 * time.Hour), MinOutlets: 2, MinSimilarity: 0.25, Top: 10},
	}
}

// hostileResult is the fixture with untrusted input at every place a
// report shows text: a title that is a script, a body with an image that
// runs code, javascript: URLs, and an outlet name that is markup.
func hostileResult() *compare.Result {
	r := fixtureResult()
	const evil = `Evil <b onmouseover="alert(2)">News</b>`
	body := "Officials met on Saturday. <img src=x onerror=alert(1)> See javascript:alert(3) and <a href=\"javascript:alert(4)\">this link</a>.\n\n<script>alert(5)</script> The talks ended."
	a := &r.Articles[1] // the Harbour Gazette article of e1
	a.Title = "<script>alert(1)</script>"
	a.URL = "javascript:alert(document.cookie)"
	a.Outlet = evil
	a.Text = body
	a.Notes = []string{`<iframe src="https://tracker.example/">`}
	ev := &r.Events[0]
	ev.Label = "<script>alert(6)</script>"
	ev.Outlets[0] = evil
	r.Outlets[0] = evil
	for i := range ev.Terms {
		t := &ev.Terms[i]
		if t.Outlet != "Harbour Gazette" {
			continue
		}
		t.Outlet = evil
		t.Term = `<svg onload=alert(7)>`
		for j := range t.Examples {
			t.Examples[j] = example(*a, "<img src=x onerror=alert(1)>", "onerror")
		}
	}
	for i := range ev.Framing {
		f := &ev.Framing[i]
		if f.Outlet != "Harbour Gazette" {
			continue
		}
		f.Outlet, f.Term = evil, `<img src=x onerror=alert(9)>`
		for j := range f.Examples {
			f.Examples[j] = example(*a, "<img src=x onerror=alert(1)>", "onerror")
		}
	}
	for i := range ev.QuotedTerms {
		q := &ev.QuotedTerms[i]
		if q.Outlet != "Harbour Gazette" {
			continue
		}
		q.Outlet, q.Term, q.Speakers = evil, `<script>alert(10)</script>`, []string{`<a href="javascript:alert(11)">x</a>`}
		for j := range q.Examples {
			q.Examples[j] = example(*a, "<script>alert(5)</script>", "alert(5)")
		}
	}
	for i := range ev.LoadedWords {
		l := &ev.LoadedWords[i]
		if l.Outlet != "Harbour Gazette" {
			continue
		}
		l.Outlet = evil
		for j := range l.Words {
			l.Words[j].Word = `<b onclick=alert(12)>word</b>`
			l.Words[j].Examples = []compare.Example{example(*a, "<img src=x onerror=alert(1)>", "onerror")}
		}
	}
	ev.Emphasis[0].Outlet = evil
	ev.Emphasis[0].Headlines = []string{a.Title}
	ev.Emphasis[0].Entities = []string{`<iframe src="https://tracker.example/">`}
	ev.Emphasis[0].FramingTerms = []string{`"><script>alert(13)</script>`}
	ev.Sentiment[0].Outlet = evil
	ev.Similarity.Outlets = ev.Outlets
	ev.Quotes[0].Outlet = evil
	ev.Quotes[0].Speakers[0].Name = `"><script>alert(8)</script>`
	ev.Quotes[0].Speakers[0].Quoted[0] = quote(*a, "<script>alert(5)</script>", "said")
	ev.Unique[0].Outlet = evil
	ev.Unique[0].Sentences[0].Example = example(*a, "See javascript:alert(3) and <a href=\"javascript:alert(4)\">this link</a>.", "javascript:alert(3)")
	ev.Unique[0].Sentences[0].Entities = []string{"<b>bold</b>"}
	ev.Labels[0].Outlets[0].Outlet = evil
	ev.Labels[0].Outlets[0].Labels[0].Text = "<u>Kyiv</u>"
	ev.EntityTone[0].Outlet = evil
	ev.Lexicon[0].Outlet = evil
	ev.Lexicon[0].Category = "<style>*{display:none}</style>"
	ev.Pairs[0].A = evil
	r.Skipped[0].Reason = `<img src="https://tracker.example/pixel.gif">`
	return r
}

// TestHeaderOfChosenEvents: a comparison of chosen events lists only
// their articles; the header counts the outlets those come from and says
// how many were compared, instead of "2 articles from 25 outlets".
func TestHeaderOfChosenEvents(t *testing.T) {
	r := fixtureResult()
	var ev compare.Event
	for _, e := range r.Events {
		if len(e.Outlets) < len(r.Outlets) {
			ev = e
			break
		}
	}
	keep := map[string]bool{}
	for _, id := range ev.Articles {
		keep[id] = true
	}
	var arts []compare.Article
	for _, a := range r.Articles {
		if keep[a.ID] {
			arts = append(arts, a)
		}
	}
	if len(ev.Outlets) == 0 {
		t.Fatalf("every event of the fixture has all %d outlets: no test", len(r.Outlets))
	}
	r.Articles, r.Events = arts, []compare.Event{ev}
	want := fmt.Sprintf("from %d outlets (of %d compared)", len(ev.Outlets), len(r.Outlets))
	var text, events bytes.Buffer
	if err := Text(&text, r, "test"); err != nil {
		t.Fatal(err)
	}
	if err := EventsDetail(&events, r, "test"); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string]*bytes.Buffer{"text": &text, "events": &events} {
		first := strings.ReplaceAll(strings.SplitN(b.String(), "\n\n", 2)[0], "\n", " ") // the header paragraph
		if !strings.Contains(first, want) {
			t.Errorf("%s header %q, want it to say %q", name, first, want)
		}
	}
}
