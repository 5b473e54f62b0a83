package align

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

// alignSample aligns the sample corpus (and the seed, when present) with
// the default options and returns the result with a map from article ID
// to its event.
func alignSample(t *testing.T, opts Options) (*Result, map[string]*Event) {
	t.Helper()
	docs, _, _ := sampleDocs(t)
	res, err := alignDocs(context.Background(), docs, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res, eventOf(res)
}

// The four events of 12 February 2022 share their day and their people
// (Blinken, Lavrov, Putin, Biden) but are four happenings: each must
// gather all its English articles, and no article of the others in any
// language. An article in another language that joins no event is a
// recall miss, which TestCrossLingual measures; in the wrong event it is
// an error here.
func TestSampleCrisisEventsStayApart(t *testing.T) {
	docs, gold, _ := sampleDocs(t)
	_, of := alignSample(t, defaultOptions)
	for _, p := range crisisProblems(docs, gold, of, t.Logf) {
		t.Error(p)
	}
}

// crisisProblems checks the four crisis events of 12 February in an
// alignment of the sample corpus (of maps an article to its event) and
// returns what is wrong, one line each; logf is told of the articles in
// other languages that joined no event.
func crisisProblems(docs []*nlp.Doc, gold map[string]string, of map[string]*Event, logf func(string, ...any)) []string {
	var out []string
	crisis := []string{"honolulu", "lavrov-call", "biden-putin", "embassy"}
	seen := map[*Event]string{}
	for _, key := range crisis {
		var ev *Event
		for _, d := range docs {
			if gold[d.ID] != key {
				continue
			}
			e := of[d.ID]
			switch {
			case e == nil && d.Language != "en":
				logf("%s: %s (%s, %s) is in no event", key, d.Title, d.Outlet, d.Language)
			case e == nil:
				out = append(out, fmt.Sprintf("%s: %s (%s) is in no event", key, d.Title, d.Outlet))
			case ev == nil:
				ev = e
			case e != ev && e != nil:
				out = append(out, fmt.Sprintf("%s is split: %s (%s) is in %s %q, not %s %q", key, d.Title, d.Outlet, e.ID, e.Label, ev.ID, ev.Label))
			}
		}
		if ev == nil {
			continue
		}
		if other, ok := seen[ev]; ok {
			out = append(out, fmt.Sprintf("%s and %s are one event: %s %q", other, key, ev.ID, ev.Label))
		}
		seen[ev] = key
		for _, a := range ev.Articles {
			if g := gold[a]; g != key {
				out = append(out, fmt.Sprintf("%s %q (%s) holds %s, an article of %s", ev.ID, ev.Label, key, a, g))
			}
		}
	}
	return out
}

// The seed, RT's scraped article of 13 Feb 2022, reports Blinken's
// Honolulu press conference: it must join that event, with at least three
// other outlets, and its later paragraphs on the Lavrov call must be named.
func TestSeedJoinsHonolulu(t *testing.T) {
	docs, gold, seed := sampleDocs(t)
	if seed == nil {
		t.Skip("the seed article is absent: " + testcorpus.SeedPath + " is outside the module and only in the development checkout")
	}
	_, of := alignSample(t, defaultOptions)
	ev := of[seed.ID]
	if ev == nil {
		t.Fatal("the seed is in no event")
	}
	others := 0
	for _, o := range ev.Outlets {
		if o != seed.Outlet {
			others++
		}
	}
	if others < 3 {
		t.Errorf("the seed's event %q has %d other outlets, want at least 3: %v", ev.Label, others, ev.Outlets)
	}
	for _, d := range docs {
		if gold[d.ID] == "honolulu" && of[d.ID] != ev {
			t.Errorf("the seed's event does not hold %s (%s)", d.Title, d.Outlet)
		}
	}
	if !slices.ContainsFunc(entitiesOf(ev), func(e entityCount) bool { return e.Name == "Antony Blinken" }) {
		t.Errorf("Antony Blinken is not among the event's entities: %+v", entitiesOf(ev))
	}
	lavrov := ""
	for _, d := range docs {
		if gold[d.ID] == "lavrov-call" && of[d.ID] != nil {
			lavrov = of[d.ID].ID
		}
	}
	for _, m := range ev.Members {
		if m.Article != seed.ID {
			continue
		}
		if m.Fit <= 0 || len(m.Links) == 0 {
			t.Errorf("the seed has no evidence: fit %v, links %v", m.Fit, m.Links)
		}
		if !slices.ContainsFunc(m.Touches, func(tc Touch) bool { return tc.Event == lavrov }) {
			t.Errorf("the seed's touches %+v do not name the Lavrov call %s, which its paragraph 7 reports", m.Touches, lavrov)
		}
	}
}

// B-cubed over the whole sample corpus, logged; the events that stand
// alone (Steinmeier, the Palin verdict) count as singletons.
func TestSampleBCubed(t *testing.T) {
	docs, gold, _ := sampleDocs(t)
	_, of := alignSample(t, defaultOptions)
	p, r := bcubed(docs, func(d *nlp.Doc) string { return gold[d.ID] }, func(d *nlp.Doc) string {
		if e := of[d.ID]; e != nil {
			return e.ID
		}
		return d.ID
	})
	f := 2 * p * r / (p + r)
	t.Logf("sample corpus B-cubed: P=%.3f R=%.3f F1=%.3f", p, r, f)
	// 1.000 since the mutual pass joins the two articles whose gold event
	// is a story over two days (the Valieva short program, the half-time
	// show); 0.979 before it.
	if f < 0.97 {
		t.Errorf("sample corpus B-cubed F1 %.3f, want at least 0.97", f)
	}
}

// bcubed returns B-cubed precision and recall of a clustering against gold
// classes, averaged over docs.
func bcubed(docs []*nlp.Doc, class, cluster func(*nlp.Doc) string) (p, r float64) {
	byCluster := map[string][]*nlp.Doc{}
	byClass := map[string]int{}
	for _, d := range docs {
		byCluster[cluster(d)] = append(byCluster[cluster(d)], d)
		byClass[class(d)]++
	}
	for _, d := range docs {
		c := byCluster[cluster(d)]
		same := 0
		for _, e := range c {
			if class(e) == class(d) {
				same++
			}
		}
		p += float64(same) / float64(len(c))
		r += float64(same) / float64(byClass[class(d)])
	}
	return p / float64(len(docs)), r / float64(len(docs))
}

// Vostok Review writes "Kiev", the others "Kyiv": the embassy event names
// one city, and its links show it shared.
func TestKievKyivShareTheEntity(t *testing.T) {
	docs, gold, _ := sampleDocs(t)
	_, of := alignSample(t, defaultOptions)
	var vostok *nlp.Doc
	for _, d := range docs {
		if gold[d.ID] == "embassy" && d.Outlet == "Vostok Review" {
			vostok = d
		}
	}
	if vostok == nil || !strings.Contains(vostok.Text, "Kiev") || strings.Contains(vostok.Text, "Kyiv") {
		t.Fatal("the sample's Vostok Review embassy article should write Kiev and never Kyiv")
	}
	ev := of[vostok.ID]
	for _, e := range entitiesOf(ev) {
		if e.Name == "Kiev" {
			t.Errorf("the embassy event lists Kiev apart from Kyiv: %+v", entitiesOf(ev))
		}
	}
	for _, m := range ev.Members {
		if m.Article != vostok.ID {
			continue
		}
		shared := false
		for _, l := range m.Links {
			shared = shared || slices.Contains(l.SharedEntities, "Kyiv")
		}
		if !shared {
			t.Errorf("no link of the Vostok Review article shares Kyiv: %+v", m.Links)
		}
	}
}

// synthDoc builds a pre-annotated document: one sentence per paragraph,
// every word a noun, the given names tagged as entities.
func synthDoc(outlet, title string, published time.Time, paras []string, names ...string) *nlp.Doc {
	d := &nlp.Doc{Article: corpus.Article{Outlet: outlet, Title: title, Published: published, Language: "en", Text: strings.Join(paras, "\n\n")}}
	d.ID = corpus.MakeID(outlet, published, d.Text)
	d.Source = corpus.Source{Path: corpus.Slug(outlet) + "/" + corpus.Slug(title) + ".txt"}
	off := 0
	for pi, p := range paras {
		d.Paragraphs = append(d.Paragraphs, corpus.Span{Start: off, End: off + len(p)})
		s := nlp.Sentence{Start: off, End: off + len(p), Para: pi, TokStart: len(d.Tokens)}
		for _, w := range words(p) {
			tag := "NN"
			switch r := p[w[0]]; {
			case r == '.' || r == ',':
				tag = string(r)
			case r >= 'A' && r <= 'Z':
				tag = "NNP"
			default:
				d.WordCount++
			}
			d.Tokens = append(d.Tokens, nlp.Token{Start: off + w[0], End: off + w[1], Tag: tag})
		}
		s.TokEnd = len(d.Tokens)
		d.Sentences = append(d.Sentences, s)
		for _, n := range names {
			for at := 0; ; {
				i := strings.Index(p[at:], n)
				if i < 0 {
					break
				}
				start := off + at + i
				d.Entities = append(d.Entities, nlp.Mention{Start: start, End: start + len(n), Name: n, Type: nlp.Person, Sent: len(d.Sentences) - 1})
				at += i + len(n)
			}
		}
		off += len(p) + 2
	}
	return d
}

// words splits text into word and punctuation tokens: byte ranges.
func words(text string) [][2]int {
	var out [][2]int
	start := -1
	for i := 0; i <= len(text); i++ {
		c := byte(' ')
		if i < len(text) {
			c = text[i]
		}
		switch {
		case c == ' ' || c == '.' || c == ',':
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
			if c != ' ' {
				out = append(out, [2]int{i, i + 1})
			}
		case start < 0:
			start = i
		}
	}
	return out
}

// reznikov is a pair of reports of one event whose outlets spell Ukraine's
// defence minister two ways the built-in table does not know.
func reznikov() []*nlp.Doc {
	day := time.Date(2022, 2, 13, 9, 0, 0, 0, time.UTC)
	a := synthDoc("Dnipro Herald", "Reznikov says no sign of imminent attack", day, []string{
		"Defence minister Oleksii Reznikov told parliament the army saw no sign of an imminent attack.",
		"Reznikov urged calm and asked citizens to ignore rumours about the border.",
	}, "Oleksii Reznikov", "Reznikov")
	b := synthDoc("Baltic Courier", "Ukrainian minister Reznikov sees no imminent attack", day.Add(3*time.Hour), []string{
		"Aleksei Reznikov, the defence minister, told lawmakers he saw no sign of an imminent attack.",
		"Reznikov asked citizens to stay calm and to ignore rumours from the border.",
	}, "Aleksei Reznikov", "Reznikov")
	return []*nlp.Doc{a, b}
}

func entityOutlets(res *Result, name string) int {
	for i := range res.Events {
		for _, e := range entitiesOf(&res.Events[i]) {
			if e.Name == name {
				return e.Outlets
			}
		}
	}
	return 0
}

func TestUserAliasesMergeSpellings(t *testing.T) {
	ctx := context.Background()
	opts := defaultOptions
	opts.MinOutlets = 2
	res, err := alignDocs(ctx, reznikov(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) != 1 {
		t.Fatalf("the two reports made %d events, want 1", len(res.Events))
	}
	if n := entityOutlets(res, "Oleksii Reznikov"); n != 1 {
		t.Fatalf("without the alias file Oleksii Reznikov has %d outlets, want 1 (the other spelling apart)", n)
	}
	user, err := nlp.ReadAliases("aliases.tsv", strings.NewReader("# Ukraine's defence minister\nOleksii Reznikov|PERSON\tAleksei Reznikov\tOleksiy Reznikov\n"))
	if err != nil {
		t.Fatal(err)
	}
	res, err = alignWith(ctx, reznikov(), opts, nlp.DefaultAliases().Merge(user))
	if err != nil {
		t.Fatal(err)
	}
	if n := entityOutlets(res, "Oleksii Reznikov"); n != 2 {
		t.Errorf("with the alias file Oleksii Reznikov has %d outlets, want 2; entities %+v", n, entitiesOf(&res.Events[0]))
	}
	if n := entityOutlets(res, "Aleksei Reznikov"); n != 0 {
		t.Errorf("Aleksei Reznikov is still listed apart")
	}
}

func TestSurnameLinksAcrossTheCorpus(t *testing.T) {
	day := time.Date(2022, 2, 12, 12, 0, 0, 0, time.UTC)
	full := synthDoc("Meridian Post", "Antony Blinken speaks in Honolulu", day, []string{"Secretary Antony Blinken spoke in Honolulu."}, "Antony Blinken", "Honolulu")
	lone := synthDoc("Keystone Wire", "Blinken warns Moscow", day, []string{"Blinken warned Moscow again."}, "Blinken")
	two := synthDoc("Harbour Times", "Bidens at the game", day, []string{"Joe Biden and Hunter Biden watched the game."}, "Joe Biden", "Hunter Biden")
	loneBiden := synthDoc("Daily Clarion", "Biden speaks", day, []string{"Biden spoke."}, "Biden")
	got := nlp.ResolveNames([]*nlp.Doc{full, lone, two, loneBiden}, nlp.DefaultAliases(), 2)
	// One full name far more common than the other (four documents to one)
	// stands for the surname.
	docs := []*nlp.Doc{two, loneBiden}
	for _, o := range []string{"Meridian Post", "Keystone Wire", "Pacific Ledger"} {
		docs = append(docs, synthDoc(o, "Biden warns Putin", day, []string{"Joe Biden warned Vladimir Putin."}, "Joe Biden"))
	}
	dominant := nlp.ResolveNames(docs, nlp.DefaultAliases(), 2)
	tests := []struct {
		name string
		doc  *nlp.Doc
		want string
	}{
		{"one full name in the corpus", got[1], "Antony Blinken"},
		{"two full names share the surname", got[3], "Biden"},
		{"one full name dominates the surname", dominant[1], "Joe Biden"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if n := tc.doc.Entities[0].Name; n != tc.want {
				t.Errorf("resolved to %q, want %q", n, tc.want)
			}
		})
	}
	if lone.Entities[0].Name != "Blinken" {
		t.Error("ResolveNames changed the caller's document")
	}
}

// Overrides change the events as written, and are echoed.
func TestOverrides(t *testing.T) {
	docs, gold, _ := sampleDocs(t)
	find := func(key, outlet string) *nlp.Doc {
		for _, d := range docs {
			if gold[d.ID] == key && d.Outlet == outlet {
				return d
			}
		}
		t.Fatalf("no %s article from %s", key, outlet)
		return nil
	}
	keystone := find("honolulu", "Keystone Wire")
	meridian := find("honolulu", "Meridian Post")
	bowl := find("super-bowl", "Keystone Wire")
	andrew := find("prince-andrew", "Meridian Post")
	_, before := alignSample(t, defaultOptions)
	if before[keystone.ID] != before[meridian.ID] || before[bowl.ID] == before[andrew.ID] {
		t.Fatal("the sample's alignment changed: the test's premises no longer hold")
	}
	file := "# corrections\n" +
		"apart " + keystone.ID + " meridian-post/" + filepath.Base(meridian.Source.Path) + "\n" +
		"same " + bowl.Source.Path + " " + andrew.ID + "\n" +
		"same nowhere.example/story " + andrew.ID + "\n"
	ovs, err := ReadOverrides("fixes.txt", strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	opts := defaultOptions
	opts.Overrides = ovs
	res, after := alignSample(t, opts)
	if after[keystone.ID] == after[meridian.ID] {
		t.Errorf("apart: the Keystone Wire and Meridian Post Honolulu articles are still one event")
	}
	if after[bowl.ID] == nil || after[bowl.ID] != after[andrew.ID] {
		t.Errorf("same: the Super Bowl and Prince Andrew articles are not one event")
	}
	want := []OverrideUse{
		{Override: Override{Kind: Apart, A: keystone.ID, B: "meridian-post/" + filepath.Base(meridian.Source.Path), Source: "fixes.txt:2"}, Applied: true},
		{Override: Override{Kind: Same, A: bowl.Source.Path, B: andrew.ID, Source: "fixes.txt:3"}, Applied: true},
		{Override: Override{Kind: Same, A: "nowhere.example/story", B: andrew.ID, Source: "fixes.txt:4"}, Note: "no article is nowhere.example/story"},
	}
	if !slices.Equal(res.Overrides, want) {
		t.Errorf("overrides echoed as\n%+v\nwant\n%+v", res.Overrides, want)
	}
	ev := after[bowl.ID]
	for _, m := range ev.Members {
		if m.Article == bowl.ID && !slices.Contains(m.Overrides, "fixes.txt:3") {
			t.Errorf("the Super Bowl article does not name the override that placed it: %v", m.Overrides)
		}
	}
}

func TestReadOverridesErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		msg      string
	}{
		{"unknown verb", "same a b\njoin a b\n", 2, `unknown override "join"`},
		{"one article", "\n# c\napart a\n", 3, "apart needs exactly two articles"},
		{"three articles", "same a b c\n", 1, "same needs exactly two articles"},
		{"twice the same", "same a a\n", 1, "names the same article twice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadOverrides("fixes.txt", strings.NewReader(tc.in))
			var pe *corpus.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *corpus.ParseError", err)
			}
			if pe.Source != "fixes.txt" || pe.Line != tc.line || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("got %q (line %d), want line %d and %q", err, pe.Line, tc.line, tc.msg)
			}
		})
	}
}

// An article without a date aligns by content and is flagged.
func TestUndatedArticleAlignsByContent(t *testing.T) {
	docs, gold, _ := sampleDocs(t)
	var in []*nlp.Doc
	var undated *nlp.Doc
	for _, d := range docs {
		if gold[d.ID] == "embassy" && d.Outlet == "Keystone Wire" {
			c := *d
			c.Published = time.Time{}
			c.ID = corpus.MakeID(c.Outlet, c.Published, c.Text)
			undated = &c
			in = append(in, &c)
			continue
		}
		in = append(in, d)
	}
	opts := defaultOptions
	res, err := alignDocs(context.Background(), in, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range res.Events {
		for _, m := range ev.Members {
			if m.Article != undated.ID {
				continue
			}
			if !m.Undated {
				t.Error("the undated article is not flagged")
			}
			for _, a := range ev.Articles {
				if g := gold[a]; a != undated.ID && g != "embassy" {
					t.Errorf("the undated embassy article joined %q, which holds a %s article", ev.Label, g)
				}
			}
			return
		}
	}
	t.Error("the undated embassy article is in no event")
}

// The same documents in any order, on any number of workers, give the same
// bytes.
func TestAlignmentIsDeterministic(t *testing.T) {
	docs, _, _ := sampleDocs(t)
	encode := func(docs []*nlp.Doc, workers int) string {
		opts := defaultOptions
		opts.Workers = workers
		res, err := alignDocs(context.Background(), docs, opts)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	want := encode(docs, 1)
	shuffled := slices.Clone(docs)
	rand.New(rand.NewSource(7)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	for _, w := range []int{2, 3} {
		if got := encode(shuffled, w); got != want {
			t.Errorf("shuffled input on %d workers gives a different result", w)
		}
	}
}

// selectFirst must return the k first elements whatever the input order.
func TestSelectFirst(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for trial := 0; trial < 2000; trial++ {
		xs := make([]int32, r.Intn(60))
		for i := range xs {
			xs[i] = int32(r.Intn(30))
		}
		xs = slices.Compact(slices.Sorted(slices.Values(xs)))
		r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
		k := r.Intn(10) + 1
		want := slices.Sorted(slices.Values(xs))
		want = want[:min(k, len(want))]
		got := slices.Sorted(slices.Values(selectFirst(slices.Clone(xs), k, func(a, b int32) bool { return a < b })))
		if !slices.Equal(got, want) {
			t.Fatalf("xs %v, k %d: got %v, want %v", xs, k, got, want)
		}
	}
}

// Edge cases run without a panic and give what they should: nothing, one
// event of one outlet left unreported, and undated articles grouped by
// content alone.
func TestAlignEdgeCases(t *testing.T) {
	ctx := context.Background()
	opts := defaultOptions
	res, err := alignDocs(ctx, nil, opts)
	if err != nil || len(res.Events) != 0 {
		t.Errorf("no documents: %v, %d events", err, len(res.Events))
	}
	one := reznikov()[:1]
	res, err = alignDocs(ctx, one, opts)
	if err != nil || len(res.Events) != 0 {
		t.Errorf("one document: %v, %d events", err, len(res.Events))
	}
	undated := reznikov()
	for _, d := range undated {
		d.Published = time.Time{}
	}
	res, err = alignDocs(ctx, undated, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) != 1 || !res.Events[0].Members[0].Undated || !res.Events[0].Start.IsZero() {
		t.Errorf("two undated reports of one event: %+v", res.Events)
	}
}
