package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/framediff/framediff/compare"
)

// Markdown writes the report as GitHub-flavoured Markdown: the sections of
// the HTML report, as tables, readable in a terminal and on a code host.
// Text from the inputs is escaped so that it cannot become markup, and only
// http and https URLs become links.
func Markdown(w io.Writer, r *compare.Result, generator string) error {
	m := &mdWriter{printer: printer{w: w}}
	p := newPage(r, generator, false, -1, false)
	m.printf("# %s\n\n", headline(r))
	m.printf("- **Inputs**: %s\n", md(p.Inputs))
	var params []string
	for _, kv := range p.Params {
		params = append(params, fmt.Sprintf("`%s` %s", kv.Name, md(kv.Value)))
	}
	m.printf("- **Parameters**: %s\n", strings.Join(params, "; "))
	m.printf("- **Versions**: %s; report schema `%s`; tone by VADER, toward entities by the `%s` classifier; terms by log-odds with an informative Dirichlet prior\n", md(generator), compare.Schema, compare.ToneModel)
	var sizes []string
	for _, kv := range p.Sizes {
		sizes = append(sizes, kv.Name+" "+kv.Value)
	}
	m.printf("- **Sample**: %s\n", strings.Join(sizes, " · "))
	if r.Languages != nil {
		m.printf("- **Languages**: %s\n", md(strings.TrimPrefix(r.Languages.Note, "Languages: ")))
	}
	m.printf("\n")
	m.printf("> **Read with care**\n>\n")
	for _, c := range caveats(-1) {
		m.printf("> - %s\n", md(c))
	}
	m.printf("\n## Events\n\n")
	if len(r.Events) == 0 {
		m.printf("No event has articles from enough outlets to compare. Lower `--min-outlets` or widen `--window`.\n")
	} else {
		m.table([]string{"Event", "Dates", "Articles", "Outlets", "Not reporting", "Label"}, "ll-lll")
		for _, ev := range r.Events {
			m.row(ev.ID, dateRange(ev), fmt.Sprint(len(ev.Articles)), strings.Join(ev.Outlets, ", "), missingList(ev.Missing), ev.Label)
		}
	}
	byID := map[string]compare.Article{}
	for _, a := range r.Articles {
		byID[a.ID] = a
	}
	for i, ev := range r.Events {
		m.event(ev, p.Events[i], byID)
	}
	m.printf("\n## Articles\n\n")
	m.table([]string{"Published", "Outlet", "Title", "Event", "Words", "Source"}, "llll-l")
	for _, a := range p.Articles {
		m.row(a.Published, a.Outlet.Name, mdLink(a.Title, a.URL), a.EventID, fmt.Sprint(a.Words), mdCode(a.Source))
	}
	if len(r.Skipped) > 0 {
		m.printf("\n## Inputs skipped\n\n")
		m.table([]string{"Source", "Reason"}, "ll")
		for _, s := range r.Skipped {
			m.row(s.Source, s.Reason)
		}
	}
	return m.err
}

type mdWriter struct{ printer }

// table starts a table; align holds one letter per column, l or - (right).
func (m *mdWriter) table(head []string, align string) {
	m.printf("|")
	for _, h := range head {
		m.printf(" %s |", h)
	}
	m.printf("\n|")
	for i := range head {
		if i < len(align) && align[i] == '-' {
			m.printf(" ---: |")
		} else {
			m.printf(" --- |")
		}
	}
	m.printf("\n")
}

// row writes a table row; cells are escaped, except those already
// formatted as Markdown by mdLink or code spans, which escape their own text.
func (m *mdWriter) row(cells ...string) {
	m.printf("|")
	for _, c := range cells {
		if !strings.HasPrefix(c, mdSafe) {
			c = md(c)
		} else {
			c = strings.TrimPrefix(c, mdSafe)
		}
		if c == "" {
			c = " "
		}
		m.printf(" %s |", c)
	}
	m.printf("\n")
}

// mdSafe marks a cell that is already Markdown. It is a byte no input text
// keeps (the reader drops control characters).
const mdSafe = "\x00"

// mdCode renders s as a code span, inside which nothing is markup.
func mdCode(s string) string {
	s = strings.NewReplacer("`", "'", "|", "\\|", "\n", " ").Replace(s)
	return mdSafe + "`" + s + "`"
}

func mdLink(text, rawURL string) string {
	if u := safeURL(rawURL); u != "" {
		u = strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "|", "%7C", "<", "%3C", ">", "%3E").Replace(u)
		return mdSafe + "[" + md(text) + "](" + u + ")"
	}
	return text
}

// md escapes text for Markdown: every character that could start markup is
// backslash-escaped (CommonMark lets any ASCII punctuation be), and line
// breaks, which would end a table row, become spaces.
func md(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '&', '#', '~', '!':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n', '\r', '\t', 0:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (m *mdWriter) none(what string) { m.printf("No %s for this event.\n", what) }

func (m *mdWriter) event(ev compare.Event, v eventView, byID map[string]compare.Article) {
	m.printf("\n## %s %s\n\n", ev.ID, md(ev.Label))
	m.printf("%s · %d articles · coverage: %s. Reported by %s.", dateRange(ev), len(ev.Articles), v.Coverage, md(strings.Join(ev.Outlets, ", ")))
	if len(ev.Missing) > 0 {
		m.printf(" Not reported by %s.", md(missingList(ev.Missing)))
	}
	m.printf("\n\n")
	m.table([]string{"Outlet", "Articles", "Words", "Sentences"}, "l---")
	for _, s := range v.Sizes {
		m.row(s.Outlet.Name, fmt.Sprint(s.Articles), fmt.Sprint(s.Words), fmt.Sprint(s.Sentences))
	}

	if len(ev.Emphasis) > 0 {
		m.printf("\n### What each puts first\n\n%s\n\n", md(emphasisIntro))
		m.table([]string{"Outlet", "Headline", "Names first", "Framing and loaded words there"}, "llll")
		for _, e := range ev.Emphasis {
			wording := emphasisWording(e)
			if wording == "" {
				wording = "none found"
			}
			m.row(e.Outlet, strings.Join(e.Headlines, " / "), strings.Join(e.Entities, ", "), wording)
		}
	}

	m.printf("\n### Articles\n\n")
	m.table([]string{"Outlet", "Published", "Title", "Words"}, "lll-")
	for _, id := range ev.Articles {
		a := byID[id]
		m.row(a.Outlet, fmtPublished(a), mdLink(a.Title, a.URL), fmt.Sprint(a.Words))
	}

	m.printf("\n### Framing terms\n\n")
	if len(ev.Framing) == 0 {
		if len(ev.Terms) == 0 {
			m.none("terms were scored")
		} else {
			m.printf("No distinctive term of this event is loaded.\n")
		}
	} else {
		m.printf("%s %s\n\n", md(framingIntro), md(strongFramingNote))
		m.table([]string{"Outlet", "Term", "Finding", "z", "Count", "Others", "Loaded score", "Example"}, "lll---ll")
		for _, t := range ev.Framing {
			strong := strongFraming(t)
			m.row(t.Outlet, mdStrong(t.Term, strong), finding(strong), fmtZ(t.Z, strong), fmt.Sprint(t.Count), fmt.Sprint(t.OthersCount),
				fmt.Sprintf("%.2f", t.Loaded), mdFirstExample(t.Examples))
		}
	}

	m.printf("\n### Distinctive terms (topical)\n\n")
	if topical := topicalTerms(ev); len(topical) == 0 {
		m.none("other terms were scored")
	} else {
		m.printf("%s %s\n\n", md(topicalIntro), md(strongTermNote))
		m.table([]string{"Outlet", "Term", "Finding", "z", "Count", "Per 1,000 words", "Others", "p adj.", "Example"}, "lll-----l")
		for _, t := range topical {
			strong := strongTerm(t)
			m.row(t.Outlet, mdStrong(t.Term, strong), finding(strong), fmtZ(t.Z, strong), fmt.Sprint(t.Count), fmt.Sprintf("%.1f", t.Rate),
				fmt.Sprint(t.OthersCount), fmtP(t.PAdjusted), mdFirstExample(t.Examples))
		}
	}

	if len(ev.QuotedTerms) > 0 {
		m.printf("\n### Words it chose to quote, and from whom\n\n%s %s\n\n", md(quotedIntro), md(strongTermNote))
		m.table([]string{"Outlet", "Words quoted", "Said by", "Finding", "z", "Count", "Others", "p adj.", "Example"}, "llll----l")
		for _, t := range ev.QuotedTerms {
			strong := strongTerm(t)
			m.row(t.Outlet, mdStrong(t.Term, strong), speakerList(t.Speakers), finding(strong), fmtZ(t.Z, strong), fmt.Sprint(t.Count),
				fmt.Sprint(t.OthersCount), fmtP(t.PAdjusted), mdFirstExample(t.Examples))
		}
	}

	if len(ev.LoadedWords) > 0 {
		m.printf("\n### Loaded words\n\n%s\n\n", md(loadedIntro))
		m.table([]string{"Outlet", "Voice", "Loaded words", "Words in that voice", "Per 1,000 words", "Words"}, "ll---l")
		for _, l := range ev.LoadedWords {
			m.row(l.Outlet, voiceName(l.Voice), fmt.Sprint(l.Count), fmt.Sprint(l.VoiceWords), fmt.Sprintf("%.1f", l.Rate), loadedWordList(l.Words, 0))
		}
	}
	if len(ev.Pairs) > 0 {
		m.printf("\n### Outlet against outlet\n\n")
		m.printf("%s\n\n", md("Positive z: more in A; negative: more in B. * marks a strong finding: at least 3 uses by the outlet it favours and p adj. < 0.05."))
		m.table([]string{"A", "B", "Term", "z", "Count A", "Count B"}, "lll---")
		for _, p := range ev.Pairs {
			for _, t := range p.Terms {
				m.row(p.A, p.B, t.Term, fmtZ(t.Z, strongPair(t)), fmt.Sprint(t.CountA), fmt.Sprint(t.CountB))
			}
		}
	}

	m.printf("\n### Tone\n\n")
	if len(ev.Sentiment) == 0 {
		m.none("tone was measured")
	} else {
		m.table([]string{"Outlet", "Mean", "Positive", "Neutral", "Negative", "Sentences", "Tone words"}, "l-----l")
		for _, t := range ev.Sentiment {
			m.row(t.Outlet, fmt.Sprintf("%+.2f", t.Mean), pct(t.Positive), pct(t.Neutral), pct(t.Negative), fmt.Sprint(t.Sentences), toneWordList(t.Words))
		}
	}

	m.printf("\n### How alike the versions are\n\n")
	sim := ev.Similarity
	cos := m.matrix("Cosine similarity of TF-IDF word vectors (1 = same words)", sim.Outlets, sim.Cosine)
	jsd := m.matrix("Jensen-Shannon divergence of word distributions, bits (0 = same)", sim.Outlets, sim.JSD)
	if !cos && !jsd {
		m.none("similarity was measured")
	}

	m.printf("\n### Who is quoted\n\n")
	if !hasQuotes(ev.Quotes) {
		m.none("quotations were found")
	} else {
		m.table([]string{"Outlet", "Speaker", "Quotes", "Words", "Share", "Example"}, "ll---l")
		for _, q := range ev.Quotes {
			for _, s := range q.Speakers {
				ex := ""
				if len(s.Quoted) > 0 {
					ex = "“" + s.Quoted[0].Text + "”"
				}
				m.row(q.Outlet, speakerName(s.Name), fmt.Sprint(s.Quotes), fmt.Sprint(s.Words), pct(s.Share), ex)
			}
		}
		for _, q := range ev.Quotes {
			if len(q.Only) > 0 {
				m.printf("\nOnly %s quotes %s.\n", md(q.Outlet), md(strings.Join(q.Only, ", ")))
			}
		}
	}

	m.printf("\n### Tone toward each entity\n\n")
	if len(ev.EntityTone) == 0 {
		m.none("entity tone was measured")
	} else {
		m.printf("Each mention, and each pronoun resolved to the entity (\"he\", \"their\"), read by who does what to whom in its sentence, by a classifier trained on annotated news (macro-F1 %.2f on sentences it never saw): the mean of P(positive) − P(negative) over them, its stance (%s), and VADER's tone words in the clauses that mention the entity. Evidence to read with the sentences, not a verdict on the outlet.\n\n", compare.ToneMacroF1, stanceAgreement)
		m.table([]string{"Entity", "Outlet", "Mentions", "Pronouns", "Sentences", "Mean", "Stance", "Tone words"}, "ll----ll")
		for _, t := range ev.EntityTone {
			m.row(t.Entity, t.Outlet, fmt.Sprint(t.Mentions), fmt.Sprint(t.References), fmt.Sprint(t.Sentences), fmt.Sprintf("%+.2f", t.Mean), stanceCell(t), toneWordList(t.Words))
		}
	}

	m.printf("\n### What each outlet calls them\n\n")
	if len(v.Labels) == 0 {
		m.none("differing labels were found")
	} else {
		head := []string{"Entity"}
		for _, o := range v.Outlets {
			head = append(head, md(o.Name))
		}
		m.table(head, strings.Repeat("l", len(head)))
		for _, l := range v.Labels {
			cells := []string{l.Entity}
			for _, c := range l.Cells {
				var uses []string
				for _, u := range c {
					uses = append(uses, fmt.Sprintf("%s ×%d", u.Text, u.Count))
				}
				cells = append(cells, strings.Join(uses, "; "))
			}
			m.row(cells...)
		}
	}

	m.printf("\n### Only in one outlet\n\n")
	if len(ev.Unique) == 0 {
		m.none("unique content was measured")
	} else {
		m.table([]string{"Outlet", "Sentence", "Entities", "Numbers", "Quotes", "Salience"}, "lllll-")
		for _, u := range ev.Unique {
			for _, s := range u.Sentences {
				m.row(u.Outlet, s.Text, strings.Join(s.Entities, ", "), strings.Join(s.Numbers, ", "), strings.Join(s.Claims, "; "), fmt.Sprintf("%.2f", s.Salience))
			}
		}
		for _, u := range ev.Unique {
			if len(u.Omits) > 0 {
				m.printf("\n%s never mentions %s.\n", md(u.Outlet), md(strings.Join(u.Omits, ", ")))
			}
		}
	}

	m.printf("\n### Framing lexicon\n\n")
	if len(ev.Lexicon) == 0 {
		m.none("framing lexicon counts")
	} else {
		m.printf("%s\n\n", md("Matches of the framing lexicon's words per category; z against the other outlets, * where the outlet has at least 3 matches and |z| ≥ 1.96."))
		m.table([]string{"Category", "Outlet", "Count", "Per 1,000 words", "z", "Words"}, "ll---l")
		for _, l := range ev.Lexicon {
			var ws []string
			for _, w := range l.Words {
				ws = append(ws, fmt.Sprintf("%s ×%d", w.Word, w.Count))
			}
			m.row(l.Category, l.Outlet, fmt.Sprint(l.Count), fmt.Sprintf("%.1f", l.Rate), fmtZ(l.Z, strongLexicon(l)), strings.Join(ws, ", "))
		}
	}

	m.printf("\n### Why these articles are one event\n\n")
	if len(ev.Entities) > 0 {
		var es []string
		for _, e := range ev.Entities {
			es = append(es, fmt.Sprintf("%s (%d in %d outlets)", e.Name, e.Mentions, e.Outlets))
		}
		m.printf("Entities: %s.\n\n", md(strings.Join(es, ", ")))
	}
	m.table([]string{"A", "B", "Score", "Content", "Entities", "Days apart", "Shared"}, "ll----l")
	for _, l := range ev.Evidence {
		shared := strings.Join(l.SharedEntities, ", ")
		if len(l.SharedTerms) > 0 {
			shared += "; " + strings.Join(l.SharedTerms, ", ")
		}
		m.row(l.A, l.B, fmt.Sprintf("%.3f", l.Score), fmt.Sprintf("%.3f", l.Content), fmt.Sprintf("%.3f", l.EntityOverlap), fmt.Sprintf("%.1f", l.DaysApart), shared)
	}
}

// matrix writes an outlet-by-outlet matrix with numbered columns, and
// reports whether it had one to write.
func (m *mdWriter) matrix(title string, outlets []string, x [][]float64) bool {
	if len(outlets) < 2 || len(x) != len(outlets) {
		return false
	}
	m.printf("%s:\n\n", title)
	head := []string{"Outlet"}
	align := "l"
	for j := range outlets {
		head = append(head, fmt.Sprint(j+1))
		align += "-"
	}
	m.table(head, align)
	for i, o := range outlets {
		cells := []string{fmt.Sprintf("%d %s", i+1, o)}
		for j := range outlets {
			if j < len(x[i]) {
				cells = append(cells, fmt.Sprintf("%.2f", x[i][j]))
			} else {
				cells = append(cells, "")
			}
		}
		m.row(cells...)
	}
	m.printf("\n")
	return true
}

func hasQuotes(qs []compare.OutletQuotes) bool {
	for _, q := range qs {
		if len(q.Speakers) > 0 {
			return true
		}
	}
	return false
}

func toneWordList(ws []compare.ToneWord) string {
	var out []string
	for _, w := range ws {
		out = append(out, fmt.Sprintf("%s (%+.1f)", w.Word, w.Weight))
	}
	return strings.Join(out, ", ")
}

// mdExample renders an example sentence with its term in bold, by the
// result's offsets.
func mdExample(ex compare.Example) string {
	s, e := ex.TermStart-ex.Start, ex.TermEnd-ex.Start
	text := ex.Text
	if s >= 0 && e > s && e <= len(text) {
		return md(clipLeft(text[:s], maxExampleText/2)) + "**" + md(text[s:e]) + "**" + md(clipRight(text[e:], maxExampleText/2))
	}
	return md(clipRight(text, maxExampleText))
}

// mdStrong renders a term in bold when it is a strong finding.
func mdStrong(term string, strong bool) string {
	if strong {
		return mdSafe + "**" + md(term) + "**"
	}
	return term
}

// finding names a finding's strength.
func finding(strong bool) string {
	if strong {
		return "strong"
	}
	return "weaker"
}

// mdFirstExample renders a term's first example sentence, if any.
func mdFirstExample(exs []compare.Example) string {
	if len(exs) == 0 {
		return ""
	}
	return mdSafe + mdExample(exs[0])
}

// stanceCell is an entity tone row's stance as Markdown shows it: the
// model's reading, or that too few mentions say any.
func stanceCell(t compare.EntityTone) string {
	if t.Weak {
		return "too few to tell (" + t.Stance + ")"
	}
	return t.Stance
}
