package report

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"path"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/corpus"
)

// The HTML report is one self-contained file: the CSS, the optional script
// and the charts (inline SVG) are inside it, and its Content-Security-Policy
// forbids loading anything from anywhere, so opening it makes no network
// request. The style and the script are allowed by their SHA-256 hashes, not
// by 'unsafe-inline', so nothing an article smuggles in could run even if it
// escaped html/template, which escapes everything that came from an input.
//
// Size: a report people cannot open is no report (scattertext's users hit
// HTML files of 50 to 572 MB). A report of a few events shows everything
// the result holds. A large one (more than compactAbove outlet versions) is
// compact: tables rather than charts for the secondary sections, fewer
// example sentences, and the rest left to the JSON and CSV. In both, the
// article text shown is cut to an even share of textBudget per article, and
// if the page still exceeds sizeLimit the text alone gives way, down to
// none, so 1,000 articles stay under 5 MB.

//go:embed templates/report.html.tmpl templates/charts.svg.tmpl templates/report.css templates/report.js
var templateFS embed.FS

var (
	reportCSS    = mustRead("templates/report.css")
	reportScript = mustRead("templates/report.js")
	htmlTemplate = template.Must(template.New("report.html.tmpl").Funcs(templateFuncs).
			ParseFS(templateFS, "templates/report.html.tmpl", "templates/charts.svg.tmpl"))
	// contentPolicy allows the report's own style and script, by hash, and
	// images only as data: URLs; everything else, from anywhere, is refused.
	contentPolicy = "default-src 'none'; style-src " + cspHash(reportCSS) +
		"; script-src " + cspHash(reportScript) +
		"; img-src data:; base-uri 'none'; form-action 'none'"
)

// HTMLPolicy is the Content-Security-Policy that an HTML report carries in
// its own meta tag. A server sending a report sends it as a header too, so
// that the page allows no more than the file opened on its own.
func HTMLPolicy() string { return contentPolicy }

func mustRead(name string) string {
	b, err := templateFS.ReadFile(name)
	if err != nil {
		panic("report: " + err.Error())
	}
	return string(b)
}

func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// Limits on the size of the HTML.
const (
	// sizeLimit is the most a report may weigh before its text gives way.
	sizeLimit = 4_800_000
	// textBudget is the article text shown in all, shared evenly among the
	// articles of the events; maxArticleText and minArticleText bound one
	// article's share, in bytes: a short report shows whole articles, a
	// huge one their openings.
	textBudget     = 1_500_000
	maxArticleText = 20_000
	minArticleText = 400
	// maxExampleText cuts very long example sentences in the drill-down.
	maxExampleText = 400
	// compactAbove is the number of outlet versions (one outlet's articles
	// in one event) above which the report is compact: about 25 events of
	// four outlets.
	compactAbove = 100
	// foldAbove is the number of events above which each event is folded
	// (a closed <details>) under its heading, so that the index and the
	// headings make a page one can scroll through.
	foldAbove = 12
)

// detail is how much of each section the HTML shows. A compact report
// keeps every event and every number that matters for reading: each
// outlet's terms with z and counts, tone, similarity, quotes, tone toward
// entities, labels and lexicon, as tables; it charts only the top terms and
// the tone, gives fewer example sentences, and leaves out the
// outlet-against-outlet terms, the Jensen-Shannon heat map, the tone
// histograms, the alignment evidence and the list of articles already shown
// in their events. The JSON and CSV always have all of it.
type detail struct {
	compact bool
	// brief also leaves out quotes, tone toward entities, labels, unique
	// sentences and the lexicon: the last resort before the text goes.
	brief       bool
	chartTerms  int // terms per outlet in the chart; 0 for all
	exampleTerm int // terms per outlet with example sentences; 0 for all
	examples    int // example sentences per term; 0 for all, -1 for none
	exampleCtx  int // bytes of context kept each side of a term in an example
	unique      int // unique sentences per outlet; 0 for all
	entities    int // entities in tone toward entities and labels; 0 for all
	loadedWords int // loaded words per outlet and voice; 0 for all
	quotedTerms int // quoted terms per outlet; 0 for all
	// quotedBare lists the quoted terms without their sentences: the quote
	// marks in the text show them, with the speaker.
	quotedBare bool
}

var (
	fullDetail    = detail{exampleCtx: maxExampleText / 2}
	compactDetail = detail{compact: true, chartTerms: 5, exampleTerm: 1, examples: 1, exampleCtx: 60, unique: 1, entities: 6, loadedWords: 5, quotedTerms: 3, quotedBare: true}
	briefDetail   = detail{compact: true, brief: true, chartTerms: 3, exampleTerm: 1, examples: 1, exampleCtx: 60, unique: 1, entities: 6, loadedWords: 5, quotedTerms: 3, quotedBare: true}
)

// firstN returns n, or all when n is 0 or more than there are.
func firstN(n, all int) int {
	if n <= 0 || n > all {
		return all
	}
	return n
}

// HTML writes the report as one self-contained HTML page: "How to read
// this", an index of the events, then per event its coverage, its first
// screen in plain words (summary.go), the articles side by side with each
// outlet's distinctive terms, quotes and unique sentences marked in the
// text, and "The numbers", closed: the charts and the tables behind them;
// a glossary and how the report was made close it. Past foldAbove events
// each event is folded under its heading. generator names the program, as
// in JSON.
func HTML(w io.Writer, r *compare.Result, generator string) error {
	// Render, and while the page is over sizeLimit give way in this order:
	// the text down to minArticleText per article, then the secondary
	// sections (brief), then the text to minArticleText, then the text
	// altogether. Each step depends on the
	// result alone, so the output stays deterministic.
	cut, brief := -1, false // -1: the text cap from textBudget
	var buf bytes.Buffer
	for {
		p := newPage(r, generator, true, cut, brief)
		buf.Reset()
		if err := htmlTemplate.Execute(&buf, p); err != nil {
			return err
		}
		if buf.Len() <= sizeLimit {
			break
		}
		// What cutting the text to minArticleText would save, with a tenth
		// for the markup inside it; whether that is enough decides the step,
		// so that a report renders at most three or four times.
		over := buf.Len() - sizeLimit
		saving := 0
		if p.TextCap > minArticleText {
			saving = int(float64(p.textShown) * (1 - float64(minArticleText)/float64(p.TextCap)) * 1.1)
		}
		switch {
		case saving > over:
			keep := float64(p.textShown-over) / float64(p.textShown) * 0.9
			cut = max(minArticleText, int(float64(p.TextCap)*keep))
		case !brief:
			brief = true
		case p.TextCap > minArticleText:
			// The estimate counts the text's marks short: try the
			// openings of the articles before no text at all.
			cut = minArticleText
		case p.TextCap > 0:
			cut = 0
		}
		if p.TextCap == cut && brief == p.Brief {
			break // nothing left to give
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// page is the data of the HTML template: everything it shows, already in
// the order shown. Text from the inputs stays plain strings, for
// html/template to escape; only the charts are template.HTML, and they are
// themselves made by html/template (svg.go).
type page struct {
	Headline  string
	Title     string
	CSP       string
	CSS       template.CSS
	Script    template.JS
	Generator string
	Schema    string
	ToneModel string
	Inputs    string
	Params    []param
	Sizes     []param
	Caveats   []string
	// TextCap is the bytes of text shown per article; 0 shows none.
	TextCap int
	// Compact, when set, says what a large report leaves to the JSON and
	// CSV.
	Compact  string
	Outlets  []outletRef
	Events   []eventView
	Articles []articleRow
	Skipped  []corpus.Skipped

	// Brief is set when the secondary sections are left out for size.
	Brief bool
	// Folded is set when each event is folded under its heading.
	Folded bool
	// Intro says what each section of an event means.
	Intro intros
	// HowToRead and Glossary explain the report in plain words.
	HowToRead []string
	Glossary  []glossEntry

	textShown int // bytes of article text shown in all
}

type param struct{ Name, Value string }

// intros are the sentences under the headings of an event's sections.
type intros struct {
	Emphasis, Framing, Topical, Quoted, Loaded string
	StrongFraming, StrongTerm                  string
}

// newTermLists takes the kind of the terms from the first one: every
// group holds terms of one kind.
// compact is the page's Compact note: not empty in a compact report.
func newTermLists(g []termGroup, compact string) termLists {
	l := termLists{Groups: g, Compact: compact != ""}
	if len(g) > 0 && len(g[0].Terms) > 0 {
		l.Kind = g[0].Terms[0].Kind
	}
	return l
}

// termLists is the data of the "termlists" template: one kind of term,
// grouped by outlet.
type termLists struct {
	Groups  []termGroup
	Compact bool
	Kind    termKind
}

// outletRef is an outlet with its palette class and swatch shape, the
// same in every chart.
type outletRef struct {
	Name  string
	Class string // colour: o0..o7
	Shape string // s0..s3, the CSS class of the swatch's shape
	Mark  string // the same shape as a character, for the charts
	// Lang is the language the outlet's articles of an event are in
	// (langAttr), "" for English, for several languages or outside an
	// event: what it wrote is marked with it.
	Lang string
}

type articleRow struct {
	Anchor    string
	Event     string // event anchor, "" when in no event
	EventID   string
	Outlet    outletRef
	Title     string
	Lang      string // of its title and text (langAttr)
	Published string // as the source gave it, for Markdown
	When      string // in UTC, for HTML
	URL       string
	Source    string
	Words     int
	Notes     []string
}

type eventView struct {
	ID, Anchor string
	Label      string
	Dates      string
	Summary    eventSummary
	Coverage   string
	// Languages names the event's languages, English first, when it has
	// more than one ("English, German, Russian").
	Languages string
	Outlets   []outletRef
	Missing   string // missingList of the event's
	Entities  []compare.EntityCount
	Evidence  []compare.Link
	Articles  []articleView
	Sizes     []outletSize
	Emphasis  []emphasisRow
	// Framing, Terms (topical, less the framing terms) and Quoted are
	// each outlet's terms of the three kinds, in the result's order.
	Framing      []termGroup
	FramingChart template.HTML
	Terms        []termGroup
	TermsChart   template.HTML
	Quoted       []termGroup
	Loaded       []loadedRow
	Pairs        []pairView
	Tone         []compare.Tone
	ToneChart    template.HTML
	ToneWords    []toneWords
	Cosine       template.HTML
	JSD          template.HTML
	Similarity   []matrixRow // in compact reports, instead of the heat maps
	Quotes       []compare.OutletQuotes
	QuoteChart   template.HTML
	EntityTone   template.HTML
	EntityRows   []compare.EntityTone
	Labels       []labelRow
	Unique       []uniqueGroup
	Lexicon      template.HTML
	LexTable     []lexiconRow // in compact reports, instead of the bars
}

// outletSize is an outlet's sample in one event.
type outletSize struct {
	Outlet    outletRef
	Articles  int
	Words     int
	Sentences int
}

type termGroup struct {
	Outlet outletRef
	Terms  []termView
}

// termView is a framing, topical or quoted term (a framing term as a Term
// with no rate and no p), with its strength and drill-down.
type termView struct {
	compare.Term
	Kind     termKind
	Strong   bool
	Plain    string // the counts in words
	Anchor   string
	Examples []exampleView
}

// termKind is which list a term is in; its String is the CSS class of its
// marks in the text.
type termKind int

const (
	kindFraming termKind = iota
	kindTopical
	kindQuoted
)

func (k termKind) String() string { return [...]string{"fterm", "term", "qterm"}[k] }

// Framing and Quoted tell the template which summary line to write.
func (t termView) Framing() bool { return t.Kind == kindFraming }
func (t termView) Quoted() bool  { return t.Kind == kindQuoted }

// Rated says whether the list shows the term's rates: a topical term's,
// per 1,000 words of the outlet's own voice, and not in a compact report.
// A framing term has none, and a quoted term's would be per 1,000 quoted
// words, which read wrong beside a count of one.
func (t termView) Rated(compact bool) bool { return t.Kind == kindTopical && !compact }

// emphasisRow is what one outlet puts first.
type emphasisRow struct {
	Outlet              outletRef
	Headlines, Entities []string
	// Wording is its framing terms; loaded words ("" for none).
	Wording string
}

// loadedRow is one outlet's loaded words in one voice.
type loadedRow struct {
	Outlet     outletRef
	Voice      string
	Count      int
	VoiceWords int
	Rate       float64
	Words      []loadedWordView
	More       int // words left out in a compact report
}

type loadedWordView struct {
	Word     string
	Count    int
	Speakers string
	// Example is the word's first sentence, shown as its tooltip.
	Example string
}

type exampleView struct {
	ArticleAnchor string
	Before, Term  string
	After         string
}

type pairView struct {
	A, B  outletRef
	Chart template.HTML
}

type toneWords struct {
	Outlet outletRef
	Words  []compare.ToneWord
}

type labelRow struct {
	Entity, Type string
	Cells        [][]compare.LabelUse // per outlet of the event
}

type uniqueGroup struct {
	Outlet    outletRef
	Sentences []uniqueView
	Omits     []string
}

type uniqueView struct {
	compare.UniqueSentence
	Anchor        string
	ArticleAnchor string
}

// matrixRow is an outlet's row of the similarity matrices, as text.
type matrixRow struct {
	Outlet outletRef
	Cells  []string
}

// lexiconRow is a framing category and, per outlet of the event, its rate
// per 1,000 words, uses and z.
type lexiconRow struct {
	Category string
	Cells    []string
}

// articleView is one article beside the others of its event, its text cut
// into paragraphs of marked segments.
type articleView struct {
	Anchor    string
	Outlet    outletRef
	Title     string
	Lang      string // of its title and text (langAttr)
	Published string
	URL       string
	Words     int
	Paras     [][]segment
	Cut       bool
	Shown     int // characters shown
	Total     int // characters in the text
}

// newPage builds the template data. It only arranges what the result holds.
// Without full, it leaves out the charts and the marked text, which only
// the HTML shows. cut overrides the text cap when it is not negative.
func newPage(r *compare.Result, generator string, full bool, cut int, brief bool) *page {
	p := &page{
		CSP:       contentPolicy,
		CSS:       template.CSS(reportCSS),
		Script:    template.JS(reportScript),
		Generator: generator,
		Schema:    compare.Schema,
		ToneModel: compare.ToneModel,
		Skipped:   r.Skipped,
		Intro: intros{Emphasis: emphasisIntro, Framing: framingIntro, Topical: topicalIntro, Quoted: quotedIntro, Loaded: loadedIntro,
			StrongFraming: strongFramingNote, StrongTerm: strongTermNote},
	}
	inLegend := shownOutlets(r)
	p.Title = fmt.Sprintf("framediff: %s from %s", plural(len(r.Events), "event"), plural(len(inLegend), "outlet"))
	p.Headline = headline(r)
	p.Inputs = inputsSummary(r)
	p.Params = paramsOf(r.Params)
	// Colours go to every outlet of the comparison, so that an outlet
	// keeps its colour in each event's report of a store; the legend
	// lists the outlets of the events shown.
	colour := map[string]outletRef{}
	for i, o := range r.Outlets {
		round := (i / len(okabeIto)) % len(shapes)
		ref := outletRef{Name: o, Class: fmt.Sprintf("o%d", i%len(okabeIto)), Shape: fmt.Sprintf("s%d", round), Mark: shapes[round]}
		colour[o] = ref
		if inLegend[o] {
			p.Outlets = append(p.Outlets, ref)
		}
	}
	ref := func(o string) outletRef {
		if c, ok := colour[o]; ok {
			return c
		}
		return outletRef{Name: o, Class: "ox", Shape: "s0", Mark: shapes[0]}
	}

	byID := map[string]int{}
	for i, a := range r.Articles {
		byID[a.ID] = i
	}
	eventOf := map[string]int{}
	shown, versions := 0, 0
	for i, ev := range r.Events {
		for _, id := range ev.Articles {
			eventOf[id] = i
			shown++
		}
		versions += len(ev.Outlets)
	}
	p.TextCap = textCap(shown)
	if cut >= 0 {
		p.TextCap = cut
	}
	d := fullDetail
	switch {
	case brief:
		d = briefDetail
		p.Compact = fmt.Sprintf("This report covers %d events in %d outlet versions, so it is brief: per event it shows the coverage, what each outlet puts first, the articles, each outlet's top %d framing and topical terms with one example sentence each, its tone and the similarity of the versions, and leaves out the words it quoted, its loaded words, quotes, tone toward entities, labels, unique sentences, the lexicon, the outlet-against-outlet terms and the alignment evidence. --format json and --format csv have all of it.",
			len(r.Events), versions, d.chartTerms)
	case versions > compactAbove:
		d = compactDetail
		p.Compact = fmt.Sprintf("This report covers %d events in %d outlet versions, so it is compact: it shows each outlet's top %d framing, topical and quoted terms with one example sentence each, its first %d loaded words and one unique sentence, the tone toward and the labels of each event's first %d entities, quotes and the lexicon as tables, and leaves out the outlet-against-outlet terms, the alignment evidence, the tone histograms and the tone words of the clauses that mention entities. --format json and --format csv have all of it.",
			len(r.Events), versions, d.chartTerms, d.loadedWords, d.entities)
	}
	p.Brief = d.brief
	p.Folded = len(r.Events) > foldAbove
	p.HowToRead = howToRead
	p.Glossary = glossary()
	words := 0
	for i, a := range r.Articles {
		words += a.Words
		row := articleRow{
			Anchor: articleAnchor(i), Outlet: ref(a.Outlet), Title: a.Title, Lang: langAttr(a.Language),
			Published: fmtPublished(a), When: htmlPublished(a), URL: safeURL(a.URL), Source: a.Source, Words: a.Words, Notes: a.Notes,
		}
		if e, ok := eventOf[a.ID]; ok {
			if d.compact {
				continue // listed in its event
			}
			row.Event, row.EventID = eventAnchor(e), r.Events[e].ID
		}
		p.Articles = append(p.Articles, row)
	}
	p.Sizes = []param{
		{"Articles", fmt.Sprint(len(r.Articles))},
		{"Words", fmt.Sprint(words)},
		{"Outlets", outletsFigure(r)},
		{"Events", fmt.Sprint(len(r.Events))},
		{"Inputs skipped", fmt.Sprint(len(r.Skipped))},
	}
	p.Caveats = caveats(p.TextCap)
	if r.Languages != nil {
		p.Caveats = append(p.Caveats, r.Languages.Note)
	}
	for i := range r.Events {
		v, n := newEventView(r, i, byID, ref, p.TextCap, full, d)
		p.textShown += n
		p.Events = append(p.Events, v)
	}
	return p
}

// caveats are the limits of the methods (Markdown's "Read with care", the
// HTML's "How this report was made"): the statistics, the loaded
// wording, tone and the sample, then (with a textCap) how much article text
// the page shows.
func caveats(textCap int) []string {
	out := []string{
		"z is the log-odds ratio with an informative Dirichlet prior over its standard error (Monroe, Colaresi & Quinn 2008). It is not corrected for multiple comparisons: among many terms, about one in twenty reaches |z| ≥ 1.96 by chance. p adj. is the Benjamini-Hochberg adjusted p-value. " + strongRule,
		loadedCaveat,
		"Tone is VADER's lexicon score per sentence, with the names of people, places and organisations left out (\"United\" in \"United States\" is no praise). On news prose it agrees with human raters only moderately (Pearson r about 0.5 against people's ratings of news sentences), so read it as evidence, the words that carry it are listed, never as a verdict on an outlet. It is the tone of each outlet's own voice: the words inside quotes are the speaker's. Tone toward an entity reads each mention by who does what to whom in its sentence (\"critics slammed the senator\" is negative toward the senator), with a classifier trained on annotated news sentences; it agrees with the annotators of sentences it never saw at macro-F1 " + fmt.Sprintf("%.2f (1 is perfect; %.2f for the sentence's own tone)", compare.ToneMacroF1, compare.SentenceToneMacroF1) + ". An article's stance toward an entity is read from all its mentions; " + stanceAgreement + ". Read both with the sentences, never as a verdict on an outlet.",
		"Unique sentences and omissions are relative to the outlets in this comparison only. Events with few articles give unstable numbers: check the sample sizes.",
	}
	if textCap < 0 {
		return out
	}
	text := fmt.Sprintf("Article text is shown up to about %d characters per article; every number uses the whole text (framediff inspect shows it whole).", textCap)
	if textCap == 0 {
		text = "Article text is left out of this report to keep it small enough to open; every number uses the whole text (framediff inspect shows it)."
	}
	return append(out, text)
}

// textCap is the bytes of text shown per article: an even share of
// textBudget, within [minArticleText, maxArticleText].
func textCap(articles int) int {
	if articles < 1 {
		return maxArticleText
	}
	return max(minArticleText, min(maxArticleText, textBudget/articles))
}

func eventAnchor(i int) string   { return fmt.Sprintf("e%d", i+1) }
func articleAnchor(i int) string { return fmt.Sprintf("a%d", i+1) }

// inputsSummary says what was read: the number of input files and records,
// and the directory they share.
func inputsSummary(r *compare.Result) string {
	files := map[string]bool{}
	var paths []string
	add := func(source string) {
		if i := strings.LastIndexByte(source, '#'); i > 0 {
			source = source[:i]
		}
		if !files[source] {
			files[source] = true
			paths = append(paths, source)
		}
	}
	for _, a := range r.Articles {
		add(a.Source)
	}
	for _, s := range r.Skipped {
		add(s.Source)
	}
	sort.Strings(paths)
	s := fmt.Sprintf("%s from %s", plural(len(r.Articles), "article"), plural(len(paths), "input file"))
	if dir := commonDir(paths); dir != "" && dir != "." && dir != "/" {
		s += " under " + dir
	}
	return fmt.Sprintf("%s; %s skipped", s, plural(len(r.Skipped), "input"))
}

func commonDir(paths []string) string {
	if len(paths) == 0 {
		return ""
	}
	dir := path.Dir(paths[0])
	for _, p := range paths[1:] {
		for dir != "." && dir != "/" && !strings.HasPrefix(p, dir+"/") {
			dir = path.Dir(dir)
		}
	}
	return dir
}

// paramsOf lists the parameters in the order and with the names of the
// JSON, so that a field added to compare.Params shows without a change
// here. Durations read as Go writes them, without zero minutes and seconds.
func paramsOf(p compare.Params) []param {
	b, err := json.Marshal(p)
	if err != nil {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if _, err := dec.Token(); err != nil { // the opening brace
		return nil
	}
	var out []param
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return out
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return out
		}
		val := string(v)
		var s string
		if json.Unmarshal(v, &s) == nil {
			val = s
			if d, err := time.ParseDuration(s); err == nil {
				val = fmtDuration(compare.Duration(d))
			}
			if val == "" {
				val = "none"
			}
		}
		out = append(out, param{Name: fmt.Sprint(k), Value: val})
	}
	return out
}

// safeURL keeps a link only if it is http or https with a host; anything
// else, such as javascript:, is shown as text and never linked.
func safeURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

func fmtPublished(a compare.Article) string {
	if a.Published == nil {
		return "no date"
	}
	return a.Published.Format("2006-01-02 15:04 MST")
}

// htmlPublished writes every time in UTC, one convention for the whole
// report whatever the zones of the sources, and a date without a time as a
// date: an input that gave only a date is read as midnight UTC, which no
// reader should take for the hour of publication.
func htmlPublished(a compare.Article) string {
	if a.Published == nil {
		return "no date"
	}
	t := *a.Published
	if _, off := t.Zone(); off == 0 && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format("2006-01-02") + " (date only)"
	}
	return t.UTC().Format("2006-01-02 15:04") + " UTC"
}

// eventDates is an event's first and last day, in UTC as the times are.
func eventDates(ev compare.Event) string {
	if ev.Start.IsZero() {
		return "undated"
	}
	a, b := ev.Start.UTC().Format("2006-01-02"), ev.End.UTC().Format("2006-01-02")
	if a == b {
		return a
	}
	return a + " to " + b
}

// newEventView arranges one event, and says how many bytes of article text
// it shows.
func newEventView(r *compare.Result, ei int, byID map[string]int, pageRef func(string) outletRef, textCap int, full bool, d detail) (eventView, int) {
	ev := r.Events[ei]
	langs := outletLanguages(r, ev, byID)
	ref := func(o string) outletRef {
		or := pageRef(o)
		or.Lang = langs[o]
		return or
	}
	v := eventView{
		ID: ev.ID, Anchor: eventAnchor(ei), Label: ev.Label, Dates: eventDates(ev),
		Coverage: fmt.Sprintf("%d of %d outlets", len(ev.Outlets), len(r.Outlets)),
		Missing:  missingList(ev.Missing), Entities: ev.Entities,
		Tone: ev.Sentiment, Quotes: ev.Quotes,
	}
	if len(ev.Languages) > 1 {
		codes := slices.Clone(ev.Languages)
		if i := slices.Index(codes, "en"); i > 0 {
			// English first: the other languages are read against it.
			codes = append([]string{"en"}, slices.Delete(codes, i, i+1)...)
		}
		names := make([]string, len(codes))
		for i, c := range codes {
			names[i] = languageName(c)
		}
		v.Languages = strings.Join(names, ", ")
	}
	v.EntityRows = firstEntities(ev.EntityTone, d.entities, func(t compare.EntityTone) string { return t.Entity })
	ev.Labels = firstEntities(ev.Labels, d.entities, func(l compare.Label) string { return l.Entity })
	if !d.compact {
		v.Evidence = ev.Evidence
	}
	if d.brief {
		ev.Quotes, ev.EntityTone, ev.Labels, ev.Unique, ev.Lexicon = nil, nil, nil, nil, nil
		v.Quotes, v.EntityRows = nil, nil
	}
	for _, o := range ev.Outlets {
		v.Outlets = append(v.Outlets, ref(o))
	}
	// Only the unique sentences listed are marked in the text.
	unique := make([]compare.Unique, len(ev.Unique))
	for i, u := range ev.Unique {
		u.Sentences = u.Sentences[:firstN(d.unique, len(u.Sentences))]
		unique[i] = u
	}
	ev.Unique = unique

	// Terms first: the text links to them. A term both distinctive and
	// loaded is listed once, under framing terms.
	framing := make([]compare.Term, len(ev.Framing))
	for i, f := range ev.Framing {
		framing[i] = compare.Term{Outlet: f.Outlet, Term: f.Term, N: f.N, Count: f.Count, OthersCount: f.OthersCount,
			Z: f.Z, Significant: f.Significant, Loaded: f.Loaded, Voice: f.Voice, Examples: f.Examples}
	}
	v.Framing = groupTerms(framing, kindFraming, v.Anchor, byID, ref, d, func(i int) bool { return strongFraming(ev.Framing[i]) })
	topical := topicalTerms(ev)
	v.Terms = groupTerms(topical, kindTopical, v.Anchor, byID, ref, d, func(i int) bool { return strongTerm(topical[i]) })
	if !d.brief {
		qd := d
		qd.chartTerms = d.quotedTerms
		if d.quotedBare {
			qd.exampleTerm, qd.examples = 0, -1
		}
		v.Quoted = groupTerms(ev.QuotedTerms, kindQuoted, v.Anchor, byID, ref, qd, func(i int) bool { return strongTerm(ev.QuotedTerms[i]) })
		for _, l := range ev.LoadedWords {
			if l.Voice != frame.VoiceOwn && l.Count == 0 {
				continue // it quoted no loaded word: no row to read
			}
			row := loadedRow{Outlet: ref(l.Outlet), Voice: voiceName(l.Voice), Count: l.Count, VoiceWords: l.VoiceWords, Rate: l.Rate}
			n := firstN(d.loadedWords, len(l.Words))
			row.More = len(l.Words) - n
			for _, w := range l.Words[:n] {
				wv := loadedWordView{Word: w.Word, Count: w.Count, Speakers: strings.Join(w.Speakers, ", ")}
				if len(w.Examples) > 0 && !d.compact {
					wv.Example = clipRight(w.Examples[0].Text, maxExampleText)
				}
				row.Words = append(row.Words, wv)
			}
			v.Loaded = append(v.Loaded, row)
		}
	}
	for _, e := range ev.Emphasis {
		v.Emphasis = append(v.Emphasis, emphasisRow{Outlet: ref(e.Outlet), Headlines: e.Headlines, Entities: e.Entities, Wording: emphasisWording(e)})
	}

	uniqueAnchor := map[*compare.UniqueSentence]string{}
	for ui := range ev.Unique {
		u := &ev.Unique[ui]
		g := uniqueGroup{Outlet: ref(u.Outlet), Omits: u.Omits}
		for si := range u.Sentences {
			s := &u.Sentences[si]
			a := fmt.Sprintf("%s-u%d-%d", v.Anchor, ui+1, si+1)
			uniqueAnchor[s] = a
			uv := uniqueView{UniqueSentence: *s, Anchor: a}
			if i, ok := byID[s.Article]; ok {
				uv.ArticleAnchor = articleAnchor(i)
			}
			g.Sentences = append(g.Sentences, uv)
		}
		v.Unique = append(v.Unique, g)
	}

	sizes := map[string]*outletSize{}
	for _, o := range ev.Outlets {
		sizes[o] = &outletSize{Outlet: ref(o)}
	}
	shown := 0
	for _, id := range ev.Articles {
		i, ok := byID[id]
		if !ok {
			continue
		}
		a := r.Articles[i]
		if s := sizes[a.Outlet]; s != nil {
			s.Articles++
			s.Words += a.Words
		}
		av := articleView{
			Anchor: articleAnchor(i), Outlet: ref(a.Outlet), Title: a.Title, Lang: langAttr(a.Language), Published: htmlPublished(a),
			URL: safeURL(a.URL), Words: a.Words, Total: utf8.RuneCountInString(a.Text),
		}
		if full {
			text := cutText(a.Text, textCap)
			av.Cut = len(text) < len(a.Text)
			av.Shown = utf8.RuneCountInString(text)
			shown += len(text)
			av.Paras = paragraphs(text, articleMarks(ev, a, [][]termGroup{v.Framing, v.Terms, v.Quoted}, uniqueAnchor))
		}
		v.Articles = append(v.Articles, av)
	}
	for _, t := range ev.Sentiment {
		if s := sizes[t.Outlet]; s != nil {
			s.Sentences = t.Sentences
		}
		if len(t.Words) > 0 {
			v.ToneWords = append(v.ToneWords, toneWords{Outlet: ref(t.Outlet), Words: t.Words})
		}
	}
	for _, o := range ev.Outlets {
		v.Sizes = append(v.Sizes, *sizes[o])
	}
	// A compact report leaves the counts in words to the first screen.
	words := voiceWords(ev)
	for _, groups := range [][]termGroup{v.Framing, v.Terms, v.Quoted} {
		if d.compact {
			break
		}
		for gi := range groups {
			g := &groups[gi]
			for ti := range g.Terms {
				t := &g.Terms[ti]
				t.Plain = usesPlain(t.Count, t.OthersCount, words[g.Outlet.Name], others(words, g.Outlet.Name))
				if t.Kind == kindQuoted {
					t.Plain = "quoted " + strings.TrimPrefix(t.Plain, "used ")
				}
			}
		}
	}
	v.Summary = newSummary(ev, &v, uniqueAnchor, byID, d)
	for _, l := range ev.Labels {
		row := labelRow{Entity: l.Entity, Type: l.Type, Cells: make([][]compare.LabelUse, len(ev.Outlets))}
		for _, ol := range l.Outlets {
			for k, o := range ev.Outlets {
				if o == ol.Outlet {
					row.Cells[k] = ol.Labels
				}
			}
		}
		v.Labels = append(v.Labels, row)
	}
	if !full {
		return v, shown
	}

	if !d.compact {
		// A compact report leaves the term charts out: the lists give the
		// same numbers in a third of the bytes.
		v.FramingChart = termsChart("Framing terms by z, each outlet against the others", v.Framing, d.chartTerms)
		v.TermsChart = termsChart("Distinctive terms (topical) by z, each outlet against the others", v.Terms, d.chartTerms)
	}
	v.ToneChart = toneChart(ev.Sentiment, ref, !d.compact)
	sim := ev.Similarity
	if d.compact {
		v.Similarity = similarityRows(sim, ref)
		v.LexTable = lexiconTable(ev.Lexicon, v.Outlets)
	} else {
		v.Cosine = heatMapChart("Cosine similarity of the outlets' TF-IDF word vectors", "Cosine similarity of the words used (1 = the same words)", sim.Outlets, sim.Cosine, false, ref)
		v.JSD = heatMapChart("Jensen-Shannon divergence of the outlets' word distributions, in bits", "Jensen-Shannon divergence, bits (0 = the same distribution)", sim.Outlets, sim.JSD, true, ref)
		v.QuoteChart = quoteChart(ev.Quotes, ref)
		v.EntityTone = entityToneChart(v.EntityRows, ref)
		v.Lexicon = lexiconChart(ev.Lexicon, ref)
		for _, pr := range ev.Pairs {
			v.Pairs = append(v.Pairs, pairView{A: ref(pr.A), B: ref(pr.B), Chart: pairChart(pr, ref)})
		}
	}
	return v, shown
}

// similarityRows writes the matrices as text, "cosine / JSD" per cell.
func similarityRows(s compare.Similarity, ref func(string) outletRef) []matrixRow {
	var out []matrixRow
	for i, o := range s.Outlets {
		row := matrixRow{Outlet: ref(o)}
		for j := range s.Outlets {
			c := cell(s.Cosine, i, j)
			if js := cell(s.JSD, i, j); js != "" {
				c += " / " + js
			}
			row.Cells = append(row.Cells, c)
		}
		out = append(out, row)
	}
	return out
}

func lexiconTable(ls []compare.LexiconCount, outlets []outletRef) []lexiconRow {
	var out []lexiconRow
	for _, l := range ls {
		if len(out) == 0 || out[len(out)-1].Category != l.Category {
			out = append(out, lexiconRow{Category: l.Category, Cells: make([]string, len(outlets))})
		}
		for k, o := range outlets {
			if o.Name == l.Outlet {
				out[len(out)-1].Cells[k] = fmt.Sprintf("%.1f (%d, z %s)", l.Rate, l.Count, fmtZ(l.Z, strongLexicon(l)))
			}
		}
	}
	return out
}

// articleMarks lists the spans to mark in an article's text: its outlet's
// framing, topical and quoted terms where the examples place them (in
// that order, so that framing wins where two start at the same word), its
// quotations, and its unique sentences, all by the result's byte offsets.
// Only the terms the report lists are marked, each linking to its list.
func articleMarks(ev compare.Event, a compare.Article, kinds [][]termGroup, uniqueAnchor map[*compare.UniqueSentence]string) []mark {
	var ms []mark
	for _, groups := range kinds {
		for _, g := range groups {
			if g.Outlet.Name != a.Outlet {
				continue
			}
			for _, t := range g.Terms {
				class := t.Kind.String()
				if !t.Strong {
					class += " weak"
				}
				for _, ex := range t.Term.Examples {
					if ex.Article == a.ID {
						ms = append(ms, mark{start: ex.TermStart, end: ex.TermEnd, kind: markTerm, ref: t.Anchor, class: class, note: termNote(t)})
					}
				}
			}
		}
	}
	for _, oq := range ev.Quotes {
		if oq.Outlet != a.Outlet {
			continue
		}
		for _, sp := range oq.Speakers {
			for _, q := range sp.Quoted {
				if q.Article == a.ID {
					start, end := withQuoteMarks(a.Text, q.Start, q.End)
					ms = append(ms, mark{start: start, end: end, kind: markQuote, ref: speakerName(sp.Name), note: q.Cue})
				}
			}
		}
	}
	for ui := range ev.Unique {
		u := &ev.Unique[ui]
		if u.Outlet != a.Outlet {
			continue
		}
		for si := range u.Sentences {
			s := &u.Sentences[si]
			if s.Article == a.ID {
				ms = append(ms, mark{start: s.Start, end: s.End, kind: markUnique, ref: uniqueAnchor[s], note: uniqueNote(*s)})
			}
		}
	}
	return ms
}

// groupTerms arranges one kind of term by outlet, in the result's order,
// keeping the first d.chartTerms of each outlet (all when 0) with the
// examples d allows. Anchors are e1-g2-f3 for the third framing term of the
// event's second outlet in the list, -t for topical and -q for quoted.
func groupTerms(terms []compare.Term, kind termKind, event string, byID map[string]int, ref func(string) outletRef, d detail, strong func(int) bool) []termGroup {
	var groups []termGroup
	groupOf := map[string]int{}
	letter := [...]string{"f", "t", "q"}[kind]
	for ti, t := range terms {
		gi, ok := groupOf[t.Outlet]
		if !ok {
			gi = len(groups)
			groupOf[t.Outlet] = gi
			groups = append(groups, termGroup{Outlet: ref(t.Outlet)})
		}
		g := &groups[gi]
		if d.chartTerms > 0 && len(g.Terms) == d.chartTerms {
			continue // not listed: left to the JSON and CSV
		}
		tv := termView{Term: t, Kind: kind, Strong: strong(ti), Anchor: fmt.Sprintf("%s-g%d-%s%d", event, gi+1, letter, len(g.Terms)+1)}
		if d.examples >= 0 && (d.exampleTerm == 0 || len(g.Terms) < d.exampleTerm) {
			for _, ex := range t.Examples[:firstN(d.examples, len(t.Examples))] {
				tv.Examples = append(tv.Examples, exampleOf(ex, byID, d.exampleCtx))
			}
		}
		g.Terms = append(g.Terms, tv)
	}
	return groups
}

// termNote is the tooltip of a term marked in the text.
func termNote(t termView) string {
	var s string
	switch t.Kind {
	case kindFraming:
		s = fmt.Sprintf("framing term: z %.2f · %d vs %d · loaded %.2f", t.Z, t.Count, t.OthersCount, t.Loaded)
	case kindQuoted:
		s = fmt.Sprintf("quoted, said by %s: z %.2f · %d vs %d · p adj. %s", speakerList(t.Speakers), t.Z, t.Count, t.OthersCount, fmtP(t.PAdjusted))
	default:
		s = fmt.Sprintf("distinctive term: z %.2f · %d vs %d · p adj. %s", t.Z, t.Count, t.OthersCount, fmtP(t.PAdjusted))
	}
	if t.Strong {
		return s + " · strong"
	}
	return s + " · weaker"
}

func speakerName(s string) string {
	if s == "" {
		return "unattributed"
	}
	return s
}

func uniqueNote(s compare.UniqueSentence) string {
	var parts []string
	if len(s.Entities) > 0 {
		parts = append(parts, "entities: "+strings.Join(s.Entities, ", "))
	}
	if len(s.Numbers) > 0 {
		parts = append(parts, "numbers: "+strings.Join(s.Numbers, ", "))
	}
	if len(s.Claims) > 0 {
		parts = append(parts, "quotes: "+strings.Join(s.Claims, ", "))
	}
	if len(s.Terms) > 0 {
		parts = append(parts, "words: "+strings.Join(s.Terms, ", "))
	}
	if len(parts) == 0 {
		return "only this outlet carries this"
	}
	return "only this outlet carries " + strings.Join(parts, "; ")
}

// firstEntities keeps the items of the first n entities (all when n is 0),
// in the result's order.
func firstEntities[T any](items []T, n int, entity func(T) string) []T {
	if n <= 0 {
		return items
	}
	seen := map[string]bool{}
	var out []T
	for _, it := range items {
		e := entity(it)
		if !seen[e] && len(seen) == n {
			break
		}
		seen[e] = true
		out = append(out, it)
	}
	return out
}

// exampleOf splits an example sentence around its term, by the result's
// offsets, keeping ctx bytes each side; a sentence whose offsets do not fit
// is shown unmarked.
func exampleOf(ex compare.Example, byID map[string]int, ctx int) exampleView {
	v := exampleView{Before: ex.Text}
	if i, ok := byID[ex.Article]; ok {
		v.ArticleAnchor = articleAnchor(i)
	}
	s, e := ex.TermStart-ex.Start, ex.TermEnd-ex.Start
	if s >= 0 && e > s && e <= len(ex.Text) && utf8.ValidString(ex.Text[:s]) && utf8.ValidString(ex.Text[s:e]) {
		v.Before, v.Term, v.After = ex.Text[:s], ex.Text[s:e], ex.Text[e:]
	}
	v.Before = clipLeft(v.Before, ctx)
	v.After = clipRight(v.After, ctx)
	return v
}

// templateFuncs are the formatting helpers of the templates.
var templateFuncs = template.FuncMap{
	"z":        fmtZ,
	"signed":   func(x float64) string { return fmt.Sprintf("%+.2f", x) },
	"f1":       func(x float64) string { return fmt.Sprintf("%.1f", x) },
	"f2":       func(x float64) string { return fmt.Sprintf("%.2f", x) },
	"f3":       func(x float64) string { return fmt.Sprintf("%.3f", x) },
	"pct":      pct,
	"uses":     func(n int) string { return plural(n, "use") },
	"pval":     fmtP,
	"join":     strings.Join,
	"speaker":  speakerName,
	"speakers": speakerList,
	"lists":    newTermLists,
	"quoted":   hasQuotes,
	// tickY and capY place a bar chart's axis labels and captions below it.
	"tickY":    func(bottom int) int { return bottom + 12 },
	"capY":     func(bottom int) int { return bottom + 26 },
	"capLeft":  func(zero int) int { return zero - 6 },
	"capRight": func(zero int) int { return zero + 6 },
	"stance":   stanceOf,
	// stancenote is the card's note on how far to trust tone toward an
	// actor: each mention, and the stance read from them.
	"stancenote": func() string {
		return fmt.Sprintf("mentions in brackets; each mention is read by a model wrong about one time in three; %s", stanceAgreement)
	},
	"plural":    plural,
	"toneword":  toneWord,
	"thousands": thousands,
}

// fmtP renders a p-value with the precision it deserves: three decimals
// below 0.1, where the strong-summaryItem cut of 0.05 falls, and never a value
// below 0.05 rounded up to read as 0.050.
func fmtP(p float64) string {
	switch {
	case p < 0.001:
		return "<0.001"
	case p < 0.05 && p >= 0.0495:
		return "<0.05"
	case p < 0.1:
		return fmt.Sprintf("%.3f", p)
	}
	return fmt.Sprintf("%.2f", p)
}

// langAttr is the lang attribute of text in language code (ISO 639-1, as
// articles[].language gives it), so that browsers hyphenate it and screen
// readers pronounce it in its language: "" for English, the page's
// language, and for undeclared or malformed codes.
func langAttr(code string) string {
	if code == "" || code == "en" || len(code) > 35 {
		return ""
	}
	for i, part := range strings.Split(code, "-") {
		if part == "" || len(part) > 8 || i == 0 && (len(part) < 2 || len(part) > 3) {
			return ""
		}
		for _, c := range part {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9') {
				return ""
			}
		}
	}
	return code
}

// outletLanguages maps each outlet of an event to the language of all its
// articles there (langAttr), leaving out outlets writing in English or in
// more than one language.
func outletLanguages(r *compare.Result, ev compare.Event, byID map[string]int) map[string]string {
	seen := map[string]string{}
	mixed := map[string]bool{}
	for _, id := range ev.Articles {
		i, ok := byID[id]
		if !ok {
			continue
		}
		a := r.Articles[i]
		code := cmp.Or(a.Language, "en")
		if prev, ok := seen[a.Outlet]; ok && prev != code {
			mixed[a.Outlet] = true
		}
		seen[a.Outlet] = code
	}
	out := map[string]string{}
	for o, code := range seen {
		if l := langAttr(code); l != "" && !mixed[o] {
			out[o] = l
		}
	}
	return out
}
