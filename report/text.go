package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/frame"
	"github.com/olekukonko/tablewriter/tw"
)

// Text writes the terminal report: a summary line, the events table, then
// per event what each outlet puts first (its headline and lead), its
// framing terms, loaded words and the words it chose to quote, its topical
// distinctive terms, tone and whom it quotes, and the sentence only that
// outlet carries. The JSON report has everything; this is the part a reader
// takes in at a glance. Every line fits in DefaultWidth columns. The
// generator is not printed.
func Text(w io.Writer, r *compare.Result, generator string) error {
	return TextOptions{}.Text(w, r, generator)
}

// Text is the package's Text laid out in o.Width columns.
func (o TextOptions) Text(w io.Writer, r *compare.Result, generator string) error {
	width := o.width()
	p := &printer{w: w}
	p.printf("%s\n\n", wrap(fmt.Sprintf("framediff: %s from %s, %s, %s skipped (window %s, min %d outlets)",
		plural(len(r.Articles), "article"), outletsPhrase(r), plural(len(r.Events), "event"), plural(len(r.Skipped), "input"),
		fmtDuration(r.Params.Window), r.Params.MinOutlets), width, ""))
	if r.Languages != nil {
		p.printf("%s\n\n", wrap(r.Languages.Note, width, ""))
	}
	if err := o.EventsText(w, r, generator); err != nil {
		return err
	}
	framed := false
	for _, ev := range r.Events {
		p.printf("\n%s\n", heading(ev, width))
		cover := fmt.Sprintf("%s, %d articles; outlets: %s", dateRange(ev), len(ev.Articles), strings.Join(ev.Outlets, ", "))
		if len(ev.Missing) > 0 {
			cover += "; not reporting: " + missingList(ev.Missing)
		}
		p.printf("%s\n", wrap(cover, width, "  "))
		if len(ev.Terms) == 0 && len(ev.Framing) == 0 && len(ev.Sentiment) == 0 {
			continue // aligned only
		}
		framed = true
		if p.err != nil {
			return p.err
		}
		if len(ev.Emphasis) > 0 {
			p.printf("\n%s\n", wrap("What each puts first: its headline, and what its headline and lead paragraph name", width, ""))
			if err := emphasisTable(ev).render(w, width); err != nil {
				return err
			}
		}
		p.printf("\n%s\n", wrap("How each words it: framing terms (distinctive and loaded), loaded words, and whose words it quotes", width, ""))
		if err := wordingTable(ev).render(w, width); err != nil {
			return err
		}
		p.printf("\n%s\n", wrap("What each covers: distinctive terms (topical), tone", width, ""))
		if err := outletsTable(ev).render(w, width); err != nil {
			return err
		}
		unique(p, ev, width)
	}
	if framed {
		p.printf("\n%s\n", wrap("z: log-odds of each term in the outlet's own words (outside quotes) against the event's "+
			"other outlets, with an informative prior; per term and not corrected for multiple comparisons. "+
			"* marks a strong finding: used at least 3 times by the outlet with a Benjamini-Hochberg adjusted p "+
			"below 0.05 (framing terms, which have no adjusted p: at least 3 uses and |z| >= 1.96); the rest are "+
			"weaker evidence, listed without a star.", width, ""))
		p.printf("%s\n", wrap("Framing terms: the terms that set the outlet's own words apart and that a model "+
			"of loaded wording scores as loaded; loaded words: every word it scores so, per 1,000 words of the "+
			"outlet's own voice. The model finds about one loaded word in six that annotators marked, and most "+
			"words it flags were not marked: read each with its sentence (--format html or json).", width, ""))
		p.printf("%s\n", wrap("Tone: VADER's mean sentence score in [-1, 1] with the shares of positive and "+
			"negative sentences and the words that carry it; it agrees with human raters of news at about r = 0.5, "+
			"so read it as evidence, not a verdict.", width, ""))
	}
	if len(r.Skipped) > 0 {
		p.printf("\nSkipped inputs\n")
		for _, s := range r.Skipped {
			p.printf("%s\n", wrap("  "+s.Source+": "+s.Reason, width, "    "))
		}
	}
	return p.err
}

// EventsText writes the events table: each event's dates, articles,
// outlets and label, in DefaultWidth columns. The generator is not
// printed.
func EventsText(w io.Writer, r *compare.Result, generator string) error {
	return TextOptions{}.EventsText(w, r, generator)
}

// EventsText is the package's EventsText laid out in o.Width columns.
func (o TextOptions) EventsText(w io.Writer, r *compare.Result, _ string) error {
	if len(r.Events) == 0 {
		// Standard error says why and what to try.
		_, err := fmt.Fprintln(w, "No events.")
		return err
	}
	t := &textTable{cols: []textColumn{
		{header: "Event", align: tw.AlignLeft},
		{header: "Dates", align: tw.AlignLeft, min: 13},
		{header: "Articles", align: tw.AlignRight},
		{header: "Outlets", align: tw.AlignLeft, min: 16},
		{header: "Label", align: tw.AlignLeft, min: 20},
	}}
	for _, ev := range r.Events {
		t.append(ev.ID, dateRange(ev), fmt.Sprint(len(ev.Articles)), strings.Join(ev.Outlets, ", "), ev.Label)
	}
	return t.render(w, o.width())
}

// How much of each list a cell of the text report shows: the speakers per
// outlet, the tone words, the words it quoted and the loaded words. The
// terms are shown as the result lists them (--top).
const (
	textQuoted      = 3
	textToneWords   = 3
	textQuotedTerms = 4
	textLoaded      = 6
)

// emphasisTable writes one row per outlet: its headline(s), the entities
// its headlines and leads name, and the framing terms and loaded words
// there.
func emphasisTable(ev compare.Event) *textTable {
	t := &textTable{cols: []textColumn{
		{header: "Outlet", align: tw.AlignLeft, min: 16},
		{header: "Headline", align: tw.AlignLeft, min: 24},
		{header: "Names first", align: tw.AlignLeft, min: 16},
		{header: "Framing and loaded words there", align: tw.AlignLeft, min: 16},
	}}
	for _, e := range ev.Emphasis {
		var heads []string
		for _, h := range e.Headlines {
			heads = append(heads, "\""+h+"\"")
		}
		wording := emphasisWording(e)
		if wording == "" {
			wording = "none found"
		}
		t.append(e.Outlet, strings.Join(heads, "\n"), strings.Join(e.Entities, ", "), wording)
	}
	return t
}

// wordingTable writes one row per outlet: its framing terms with z and
// counts, its loaded words in its own voice with their rate, and whose
// words it quotes with the quoted words that set it apart.
func wordingTable(ev compare.Event) *textTable {
	t := &textTable{cols: []textColumn{
		{header: "Outlet", align: tw.AlignLeft, min: 16},
		{header: "Framing terms: z (count/others)", align: tw.AlignLeft, min: 24},
		{header: "Loaded words, own voice", align: tw.AlignLeft, min: 24},
		{header: "Whose words it quotes (share): the words that set it apart", align: tw.AlignLeft, min: 24,
			label: "Quotes (share): the quoted words that set it apart", list: true},
	}}
	framing := map[string][]string{}
	for _, f := range ev.Framing {
		framing[f.Outlet] = append(framing[f.Outlet], fmt.Sprintf("%s %s (%d/%d)", f.Term, fmtZ(f.Z, strongFraming(f)), f.Count, f.OthersCount))
	}
	// Loaded words in the outlet's own voice here; those of its quotes go
	// with their speakers, in the last column.
	loaded := map[string]string{}
	quotedLoaded := map[[2]string][]string{} // outlet, speaker: words
	reported := map[string]string{}
	for _, l := range ev.LoadedWords {
		if l.Voice == frame.VoiceReported {
			// Indirect speech: the outlet's wording of someone's claim,
			// neither its own voice nor a quote.
			reported[l.Outlet] = loadedWordList(l.Words, textLoaded)
			continue
		}
		if l.Voice != frame.VoiceOwn {
			for _, lw := range l.Words {
				speakers := lw.Speakers
				if len(speakers) == 0 {
					speakers = []string{""}
				}
				for _, sp := range speakers {
					k := [2]string{l.Outlet, sp}
					quotedLoaded[k] = append(quotedLoaded[k], lw.Word)
				}
			}
			continue
		}
		cell := fmt.Sprintf("%.1f per 1,000 (%d of %d words)", l.Rate, l.Count, l.VoiceWords)
		if len(l.Words) > 0 {
			cell += ": " + loadedWordList(l.Words, textLoaded)
		}
		loaded[l.Outlet] = cell
	}
	for o, words := range reported {
		loaded[o] += "; in reported speech: " + words
	}
	// Whose words each outlet quotes, and under each speaker the quoted
	// words that set the outlet apart.
	quoted := map[string]string{}
	for _, q := range ev.Quotes {
		var lines []string
		listed := map[string]bool{}
		for _, sp := range q.Speakers {
			if len(lines) == textQuoted {
				break
			}
			listed[sp.Name] = true
			line := fmt.Sprintf("%s %s", speakerLabel(sp.Name), pct(sp.Share))
			var words []string
			for _, t := range ev.QuotedTerms {
				if t.Outlet == q.Outlet && len(words) < textQuotedTerms && saidBy(t, sp.Name) {
					words = append(words, fmt.Sprintf("%s %s", t.Term, fmtZ(t.Z, strongTerm(t))))
				}
			}
			if len(words) > 0 {
				line += ": " + strings.Join(words, ", ")
			}
			if lw := quotedLoaded[[2]string{q.Outlet, sp.Name}]; len(lw) > 0 {
				line += "; loaded: " + strings.Join(lw[:firstN(textLoaded, len(lw))], ", ")
			}
			lines = append(lines, line)
		}
		if len(lines) == 0 {
			lines = []string{"no direct quotes"}
		}
		quoted[q.Outlet] = strings.Join(lines, "\n")
	}
	for _, o := range ev.Outlets {
		f := strings.Join(framing[o], ", ")
		if f == "" {
			f = "none"
		}
		t.append(o, f, loaded[o], quoted[o])
	}
	return t
}

// saidBy reports whether a quoted term is the speaker's: "" stands for
// the quotes no speaker was found for.
func saidBy(t compare.Term, speaker string) bool {
	if speaker == "" {
		return len(t.Speakers) == 0
	}
	for _, s := range t.Speakers {
		if s == speaker {
			return true
		}
	}
	return false
}

// outletsTable writes one row per outlet: its topical distinctive terms
// with z and counts, and its tone.
func outletsTable(ev compare.Event) *textTable {
	t := &textTable{cols: []textColumn{
		{header: "Outlet", align: tw.AlignLeft, min: 16},
		{header: "Distinctive terms (topical): z (count/others)", align: tw.AlignLeft, min: 24},
		{header: "Tone", align: tw.AlignLeft, min: 24},
	}}
	terms := map[string][]string{}
	for _, term := range topicalTerms(ev) {
		terms[term.Outlet] = append(terms[term.Outlet], fmt.Sprintf("%s %s (%d/%d)", term.Term, fmtZ(term.Z, strongTerm(term)), term.Count, term.OthersCount))
	}
	tone := map[string]string{}
	for _, s := range ev.Sentiment {
		cell := fmt.Sprintf("%+.2f; %s pos, %s neg", s.Mean, pct(s.Positive), pct(s.Negative))
		var words []string
		for i, tw := range s.Words {
			if i == textToneWords {
				break
			}
			words = append(words, fmt.Sprintf("%s %+.1f", tw.Word, tw.Weight))
		}
		if len(words) > 0 {
			cell += "; " + strings.Join(words, ", ")
		}
		tone[s.Outlet] = cell
	}
	for _, o := range ev.Outlets {
		t.append(o, strings.Join(terms[o], ", "), tone[o])
	}
	return t
}

// unique writes, per outlet, the most salient sentence that no other
// outlet of the event carries, and the entities it names alone.
func unique(p *printer, ev compare.Event, width int) {
	header := false
	for _, u := range ev.Unique {
		if len(u.Sentences) == 0 {
			continue
		}
		if !header {
			p.printf("\n%s\n", wrap("Only in one outlet (the most salient sentence whose entities, numbers, quotes or words no other outlet carries):", width, ""))
			header = true
		}
		s := u.Sentences[0]
		line := fmt.Sprintf("  %s: %q", u.Outlet, s.Text)
		if len(s.Entities) > 0 {
			line += fmt.Sprintf(" [%s]", strings.Join(s.Entities, ", "))
		}
		p.printf("%s\n", wrap(line, width, "    "))
	}
}

// heading is an event's ID and label, the label wrapped beside the ID.
func heading(ev compare.Event, width int) string {
	indent := strings.Repeat(" ", len(ev.ID)+2)
	return ev.ID + "  " + strings.TrimPrefix(wrap(indent+ev.Label, width, indent), indent)
}

// speakerLabel names a speaker, or says the quote is unattributed.
func speakerLabel(name string) string {
	if name == "" {
		return "(unattributed)"
	}
	return name
}

func pct(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) }

func dateRange(ev compare.Event) string {
	if ev.Start.IsZero() {
		return "undated"
	}
	a, b := ev.Start.Format("2006-01-02"), ev.End.Format("2006-01-02")
	if a == b {
		return a
	}
	return a + " to " + b
}

func fmtDuration(d compare.Duration) string {
	s := time.Duration(d).String()
	s = strings.TrimSuffix(s, "0s")
	s = strings.TrimSuffix(s, "0m")
	return s
}

// printer remembers the first write error so a renderer can check once.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}
