package report

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"path"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
)

// The HTML report is one self-contained file: the CSS, the optional script
// and the charts (inline SVG) are inside it, and its Content-Security-Policy
// forbids loading anything from anywhere, so opening it makes no network
// request. The style and the script are allowed by their SHA-256 hashes, not
// by 'unsafe-inline', so nothing an article smuggles in could run even if it
// escaped html/template, which escapes everything that came from an input.
//
// Size: a report people cannot open is no report. The numbers are never cut;
// the article text shown is, to an even share of textBudget per article (see
// textCap), so the report for 1,000 articles stays under 5 MB.

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

// Limits on what the HTML shows of the article text. The numbers, the terms
// and their example sentences are never cut.
const (
	// textBudget is the article text shown in all, shared evenly among the
	// articles of the events.
	textBudget = 2_000_000
	// maxArticleText and minArticleText bound one article's share, in bytes:
	// a short report shows whole articles, a huge one their openings.
	maxArticleText = 20_000
	minArticleText = 1_200
	// maxExampleText cuts very long example sentences in the drill-down.
	maxExampleText = 400
)

// HTML writes the report as one self-contained HTML page: a header that
// says how it was made, the events table, then per event its coverage, the
// articles side by side with each outlet's distinctive terms, quotes and
// unique sentences marked in the text, the charts, and the tables behind
// them. generator names the program, as in JSON.
func HTML(w io.Writer, r *compare.Result, generator string) error {
	page := newPage(r, generator, true)
	var buf bytes.Buffer
	if err := htmlTemplate.Execute(&buf, page); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// page is the data of the HTML template: everything it shows, already in
// the order shown. Text from the inputs stays plain strings, for
// html/template to escape; only the charts are template.HTML, and they are
// themselves made by html/template (svg.go).
type page struct {
	Title     string
	CSP       string
	CSS       template.CSS
	Script    template.JS
	Generator string
	Schema    string
	Inputs    string
	Params    []param
	Sizes     []param
	Caveats   []string
	TextCap   int
	Outlets   []outletRef
	Events    []eventView
	Articles  []articleRow
	Skipped   []corpus.Skipped
}

type param struct{ Name, Value string }

// outletRef is an outlet with its palette class, the same in every chart.
type outletRef struct {
	Name  string
	Class string
}

type articleRow struct {
	Anchor    string
	Event     string // event anchor, "" when in no event
	EventID   string
	Outlet    outletRef
	Title     string
	Published string
	URL       string
	Source    string
	Words     int
	Notes     []string
}

type eventView struct {
	ID, Anchor string
	Label      string
	Dates      string
	Coverage   string
	Outlets    []outletRef
	Missing    []string
	Entities   []compare.EntityCount
	Evidence   []compare.Link
	Articles   []articleView
	Sizes      []outletSize
	Terms      []termGroup
	TermsChart template.HTML
	Pairs      []pairView
	Tone       []compare.Tone
	ToneChart  template.HTML
	ToneWords  []toneWords
	Cosine     template.HTML
	JSD        template.HTML
	Quotes     []compare.OutletQuotes
	QuoteChart template.HTML
	EntityTone template.HTML
	EntityRows []compare.EntityTone
	Labels     []labelRow
	LabelHead  []outletRef
	Unique     []uniqueGroup
	Lexicon    template.HTML
	LexRows    []compare.LexiconCount
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

type termView struct {
	compare.Term
	Anchor   string
	Examples []exampleView
}

type exampleView struct {
	ArticleAnchor string
	ArticleTitle  string
	Before, Term  string
	After         string
}

type pairView struct {
	A, B  outletRef
	Chart template.HTML
	Terms []compare.PairTerm
}

type toneWords struct {
	Outlet outletRef
	Words  []compare.ToneWord
}

type labelRow struct {
	Entity, Type string
	Cells        [][]compare.LabelUse // per outlet of LabelHead
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

// articleView is one article beside the others of its event, its text cut
// into paragraphs of marked segments.
type articleView struct {
	Anchor    string
	Outlet    outletRef
	Title     string
	Published string
	URL       string
	Words     int
	Paras     [][]segment
	Cut       bool
	Shown     int // characters shown
	Total     int // characters in the text
}

// segment is a run of text under the same marks.
type segment struct {
	Text string
	// Term links the text to its drill-down; "" when the text is no term.
	Term      string
	TermTitle string
	// Quote is the speaker of a quotation, QuoteStart true on its first
	// segment, where the speaker is named.
	Quote      string
	InQuote    bool
	QuoteStart bool
	Unique     string // the unique sentence's anchor
	UniqueNote string
	UniqueHead bool
}

// newPage builds the template data. It only arranges what the result holds.
// Without full, it leaves out the charts and the marked text, which only
// the HTML shows.
func newPage(r *compare.Result, generator string, full bool) *page {
	p := &page{
		CSP:       contentPolicy,
		CSS:       template.CSS(reportCSS),
		Script:    template.JS(reportScript),
		Generator: generator,
		Schema:    compare.Schema,
		Skipped:   r.Skipped,
	}
	p.Title = fmt.Sprintf("framediff: %d events from %d outlets", len(r.Events), len(r.Outlets))
	p.Inputs = inputsSummary(r)
	p.Params = paramsOf(r.Params)
	colour := map[string]outletRef{}
	for i, o := range r.Outlets {
		ref := outletRef{Name: o, Class: fmt.Sprintf("o%d", i%len(okabeIto))}
		colour[o] = ref
		p.Outlets = append(p.Outlets, ref)
	}
	ref := func(o string) outletRef {
		if c, ok := colour[o]; ok {
			return c
		}
		return outletRef{Name: o, Class: "ox"}
	}

	byID := map[string]int{}
	for i, a := range r.Articles {
		byID[a.ID] = i
	}
	eventOf := map[string]int{}
	shown := 0
	for i, ev := range r.Events {
		for _, id := range ev.Articles {
			eventOf[id] = i
			shown++
		}
	}
	p.TextCap = textCap(shown)
	words := 0
	for i, a := range r.Articles {
		words += a.Words
		row := articleRow{
			Anchor: articleAnchor(i), Outlet: ref(a.Outlet), Title: a.Title,
			Published: fmtPublished(a), URL: safeURL(a.URL), Source: a.Source, Words: a.Words, Notes: a.Notes,
		}
		if e, ok := eventOf[a.ID]; ok {
			row.Event, row.EventID = eventAnchor(e), r.Events[e].ID
		}
		p.Articles = append(p.Articles, row)
	}
	p.Sizes = []param{
		{"Articles", fmt.Sprint(len(r.Articles))},
		{"Words", fmt.Sprint(words)},
		{"Outlets", fmt.Sprint(len(r.Outlets))},
		{"Events", fmt.Sprint(len(r.Events))},
		{"Inputs skipped", fmt.Sprint(len(r.Skipped))},
	}
	p.Caveats = caveats(p.TextCap)
	for i := range r.Events {
		p.Events = append(p.Events, newEventView(r, i, byID, ref, p.TextCap, full))
	}
	return p
}

func caveats(textCap int) []string {
	return []string{
		"z is the log-odds ratio with an informative Dirichlet prior over its standard error (Monroe, Colaresi & Quinn 2008). It is not corrected for multiple comparisons: among many terms, about one in twenty reaches |z| ≥ 1.96 by chance. p adj. is the Benjamini-Hochberg adjusted p-value.",
		"Tone is VADER's lexicon score per sentence. On news prose it agrees with human raters only moderately (Pearson r about 0.49), so read it as evidence, the words that carry it are listed, never as a verdict on an outlet. Tone near an entity is the tone of the sentences that mention it, not an outlet's attitude to it.",
		"Unique sentences and omissions are relative to the outlets in this comparison only. Events with few articles give unstable numbers: check the sample sizes.",
		fmt.Sprintf("Article text is shown up to about %d characters per article; every number uses the whole text (framediff inspect shows it whole).", textCap),
	}
}

// textCap is the bytes of text shown per article: an even share of
// textBudget, within [minArticleText, maxArticleText].
func textCap(articles int) int {
	if articles < 1 {
		return maxArticleText
	}
	c := textBudget / articles
	return max(minArticleText, min(maxArticleText, c))
}

func eventAnchor(i int) string   { return fmt.Sprintf("e%d", i+1) }
func articleAnchor(i int) string { return fmt.Sprintf("a%d", i+1) }

// inputsSummary says what was read: the number of input files and records,
// and the directories they share.
func inputsSummary(r *compare.Result) string {
	files := map[string]bool{}
	var paths []string
	for _, a := range r.Articles {
		f := a.Source
		if i := strings.LastIndexByte(f, '#'); i > 0 {
			f = f[:i]
		}
		if !files[f] {
			files[f] = true
			paths = append(paths, f)
		}
	}
	for _, s := range r.Skipped {
		f := s.Source
		if i := strings.LastIndexByte(f, '#'); i > 0 {
			f = f[:i]
		}
		if !files[f] {
			files[f] = true
			paths = append(paths, f)
		}
	}
	sort.Strings(paths)
	s := fmt.Sprintf("%d articles from %d input files", len(r.Articles), len(paths))
	if dir := commonDir(paths); dir != "" && dir != "." {
		s += " under " + dir
	}
	return fmt.Sprintf("%s; %d inputs skipped", s, len(r.Skipped))
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
// JSON, so a field added to compare.Params shows without a change here.
func paramsOf(p compare.Params) []param {
	b, err := json.Marshal(p)
	if err != nil {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if _, err := dec.Token(); err != nil { // {
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
		}
		out = append(out, param{Name: fmt.Sprint(k), Value: val})
	}
	return out
}

// safeURL keeps a link only if it is http or https; anything else, such as
// javascript:, is shown as text and never linked.
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

func newEventView(r *compare.Result, ei int, byID map[string]int, ref func(string) outletRef, textCap int, full bool) eventView {
	ev := r.Events[ei]
	v := eventView{
		ID: ev.ID, Anchor: eventAnchor(ei), Label: ev.Label, Dates: dateRange(ev),
		Coverage: fmt.Sprintf("%d of %d outlets", len(ev.Outlets), len(r.Outlets)),
		Missing:  ev.Missing, Entities: ev.Entities, Evidence: ev.Evidence,
		Tone: ev.Sentiment, Quotes: ev.Quotes, EntityRows: ev.EntityTone, LexRows: ev.Lexicon,
	}
	for _, o := range ev.Outlets {
		v.Outlets = append(v.Outlets, ref(o))
	}

	// Term anchors first: the text links to them.
	termAnchor := map[*compare.Term]string{}
	groupOf := map[string]int{}
	for ti := range ev.Terms {
		t := &ev.Terms[ti]
		gi, ok := groupOf[t.Outlet]
		if !ok {
			gi = len(v.Terms)
			groupOf[t.Outlet] = gi
			v.Terms = append(v.Terms, termGroup{Outlet: ref(t.Outlet)})
		}
		g := &v.Terms[gi]
		tv := termView{Term: *t, Anchor: fmt.Sprintf("%s-g%d-t%d", v.Anchor, gi+1, len(g.Terms)+1)}
		termAnchor[t] = tv.Anchor
		for _, ex := range t.Examples {
			tv.Examples = append(tv.Examples, exampleOf(r, ex, byID))
		}
		g.Terms = append(g.Terms, tv)
	}
	if full {
		v.TermsChart = termsChart(v)
	}

	// Per article: the marks in its text.
	sizes := map[string]*outletSize{}
	for _, o := range ev.Outlets {
		sizes[o] = &outletSize{Outlet: ref(o)}
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
			Anchor: articleAnchor(i), Outlet: ref(a.Outlet), Title: a.Title, Published: fmtPublished(a),
			URL: safeURL(a.URL), Words: a.Words, Total: utf8.RuneCountInString(a.Text),
		}
		if full {
			text := cutText(a.Text, textCap)
			av.Cut = len(text) < len(a.Text)
			av.Shown = utf8.RuneCountInString(text)
			av.Paras = paragraphs(text, articleMarks(ev, a, termAnchor, uniqueAnchor))
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
	for _, pr := range ev.Pairs {
		pv := pairView{A: ref(pr.A), B: ref(pr.B), Terms: pr.Terms}
		if full {
			pv.Chart = pairChart(pr, ref)
		}
		v.Pairs = append(v.Pairs, pv)
	}
	v.LabelHead = v.Outlets
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
		return v
	}
	v.ToneChart = toneChart(ev.Sentiment, ref)
	v.Cosine = heatMapChart("Cosine similarity of the outlets' TF-IDF word vectors (1 = same words, shaded darker)", ev.Similarity.Outlets, ev.Similarity.Cosine, false, ref)
	v.JSD = heatMapChart("Jensen-Shannon divergence of the outlets' word distributions, in bits (0 = same, shaded darker)", ev.Similarity.Outlets, ev.Similarity.JSD, true, ref)
	v.QuoteChart = quoteChart(ev.Quotes, ref)
	v.EntityTone = entityToneChart(ev.EntityTone, ref)
	v.Lexicon = lexiconChart(ev.Lexicon, ref)
	return v
}

// articleMarks lists the spans to mark in an article's text: its outlet's
// distinctive terms where the examples place them, its quotations, and its
// unique sentences, all by the result's byte offsets.
func articleMarks(ev compare.Event, a compare.Article, termAnchor map[*compare.Term]string, uniqueAnchor map[*compare.UniqueSentence]string) []mark {
	id := a.ID
	var ms []mark
	for ti := range ev.Terms {
		t := &ev.Terms[ti]
		if t.Outlet != a.Outlet {
			continue
		}
		for _, ex := range t.Examples {
			if ex.Article == id {
				ms = append(ms, mark{start: ex.TermStart, end: ex.TermEnd, kind: markTerm, ref: termAnchor[t],
					note: fmt.Sprintf("%s: z %.2f, %d uses here, %d in the other outlets", t.Term, t.Z, t.Count, t.OthersCount)})
			}
		}
	}
	for _, oq := range ev.Quotes {
		if oq.Outlet != a.Outlet {
			continue
		}
		for _, sp := range oq.Speakers {
			for _, q := range sp.Quoted {
				if q.Article == id {
					ms = append(ms, mark{start: q.Start, end: q.End, kind: markQuote, ref: speakerName(sp.Name), note: q.Cue})
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
			if s.Article == id {
				ms = append(ms, mark{start: s.Start, end: s.End, kind: markUnique, ref: uniqueAnchor[s], note: uniqueNote(*s)})
			}
		}
	}
	return ms
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
	if len(s.Terms) > 0 {
		parts = append(parts, "words: "+strings.Join(s.Terms, ", "))
	}
	if len(parts) == 0 {
		return "only this outlet carries this"
	}
	return "only this outlet carries " + strings.Join(parts, "; ")
}

// exampleOf splits an example sentence around its term, by the result's
// offsets; a sentence whose offsets do not fit is shown unmarked.
func exampleOf(r *compare.Result, ex compare.Example, byID map[string]int) exampleView {
	v := exampleView{Before: ex.Text}
	if i, ok := byID[ex.Article]; ok {
		v.ArticleAnchor = articleAnchor(i)
		v.ArticleTitle = r.Articles[i].Title
	}
	s, e := ex.TermStart-ex.Start, ex.TermEnd-ex.Start
	if s >= 0 && e > s && e <= len(ex.Text) && utf8.ValidString(ex.Text[:s]) && utf8.ValidString(ex.Text[s:e]) {
		v.Before, v.Term, v.After = ex.Text[:s], ex.Text[s:e], ex.Text[e:]
	}
	v.Before = clipLeft(v.Before, maxExampleText/2)
	v.After = clipRight(v.After, maxExampleText/2)
	return v
}

func clipRight(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	if j := strings.LastIndexByte(s[:i], ' '); j > n/2 {
		i = j
	}
	return s[:i] + " …"
}

func clipLeft(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	if j := strings.IndexByte(s[i:], ' '); j >= 0 && j < n/2 {
		i += j + 1
	}
	return "… " + s[i:]
}

// cutText returns the text's first n bytes or fewer, ending at a paragraph
// break when one falls in the second half, else at a sentence end or a
// space, never inside a character.
func cutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	head := s[:i]
	if j := strings.LastIndex(head, "\n\n"); j > n/2 {
		return head[:j]
	}
	if j := strings.LastIndex(head, ". "); j > n/2 {
		return head[:j+1]
	}
	if j := strings.LastIndexByte(head, ' '); j > n/2 {
		return head[:j]
	}
	return head
}

type markKind int

const (
	markTerm markKind = iota
	markQuote
	markUnique
)

// mark is a span of an article's text to mark: a byte range from the
// result, never found again by searching the text.
type mark struct {
	start, end int
	kind       markKind
	ref, note  string
}

// paragraphs cuts text into its paragraphs ("\n\n" apart) and each
// paragraph into segments at every mark boundary, so that marks that nest or
// overlap (a term in a quote in a unique sentence) become properly nested
// elements. Marks out of range, empty, or not on character boundaries are
// dropped; where two terms overlap, the one that starts first, then the
// longer, wins.
func paragraphs(text string, ms []mark) [][]segment {
	valid := ms[:0:0]
	for _, m := range ms {
		if m.start < 0 || m.end > len(text) || m.start >= m.end ||
			!utf8.RuneStart(text[m.start]) || (m.end < len(text) && !utf8.RuneStart(text[m.end])) {
			continue
		}
		valid = append(valid, m)
	}
	sort.SliceStable(valid, func(i, j int) bool {
		a, b := valid[i], valid[j]
		if a.start != b.start {
			return a.start < b.start
		}
		return a.end > b.end
	})
	var out [][]segment
	start := 0
	for start <= len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			out = append(out, segments(text, start, end, valid))
		}
		if end == len(text) {
			break
		}
		start = end + 2
	}
	return out
}

func segments(text string, start, end int, ms []mark) []segment {
	cuts := []int{start, end}
	for _, m := range ms {
		if m.end <= start || m.start >= end {
			continue
		}
		cuts = append(cuts, max(m.start, start), min(m.end, end))
	}
	sort.Ints(cuts)
	var out []segment
	seenQuote := map[int]bool{}
	seenUnique := map[int]bool{}
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		if a == b {
			continue
		}
		s := segment{Text: text[a:b]}
		termSet := false
		for mi, m := range ms {
			if m.start > a || m.end < b {
				continue
			}
			switch m.kind {
			case markTerm:
				if !termSet {
					s.Term, s.TermTitle, termSet = m.ref, m.note, true
				}
			case markQuote:
				if s.Quote == "" {
					s.Quote, s.InQuote = m.ref, true
					if !seenQuote[mi] {
						seenQuote[mi], s.QuoteStart = true, true
					}
				}
			case markUnique:
				if s.Unique == "" {
					s.Unique, s.UniqueNote = m.ref, m.note
					if !seenUnique[mi] {
						seenUnique[mi], s.UniqueHead = true, true
					}
				}
			}
		}
		out = append(out, s)
	}
	return out
}

// templateFuncs are the formatting helpers of the templates.
var templateFuncs = template.FuncMap{
	"z":       func(z float64) string { return fmtZ(z) },
	"signed":  func(x float64) string { return fmt.Sprintf("%+.2f", x) },
	"f1":      func(x float64) string { return fmt.Sprintf("%.1f", x) },
	"f2":      func(x float64) string { return fmt.Sprintf("%.2f", x) },
	"f3":      func(x float64) string { return fmt.Sprintf("%.3f", x) },
	"pct":     pct,
	"pval":    fmtP,
	"inc":     func(i int) int { return i + 1 },
	"join":    strings.Join,
	"speaker": speakerName,
	"last":    func(i, n int) bool { return i == n-1 },
	// tickY and capY place a bar chart's axis labels and captions below it.
	"tickY": func(bottom int) int { return bottom + 12 },
	"capY":  func(bottom int) int { return bottom + 24 },
}

// fmtP renders a p-value with the precision it deserves.
func fmtP(p float64) string {
	switch {
	case p < 0.001:
		return "<0.001"
	case p < 0.01:
		return fmt.Sprintf("%.3f", p)
	}
	return fmt.Sprintf("%.2f", p)
}
