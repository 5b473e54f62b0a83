package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/frame"
)

// The CSV report is a set of tidy tables, one observation per row, for
// spreadsheets and data frames. Lists inside a cell are joined with "; ".
// Numbers are written as the result holds them, with no rounding of their
// own; times are RFC 3339; an empty cell is a missing value. The headers are
// documented in docs/report-schema.md.

// csvTable is one table: its name (the file name without ".csv"), header and
// rows.
type csvTable struct {
	name   string
	header []string
	rows   func(r *compare.Result, emit func(...string))
}

// CSVTables lists the tables CSVTable writes, in the order a directory of
// them is best read.
func CSVTables() []string {
	out := make([]string, len(csvTables))
	for i, t := range csvTables {
		out[i] = t.name
	}
	return out
}

// CSV writes the terms table, the one a single CSV file holds. The
// generator is not written: a CSV file is its header row and data.
func CSV(w io.Writer, r *compare.Result, _ string) error {
	return CSVStream(r, []string{"terms"}, func(string) (io.Writer, error) { return w, nil })
}

// CSVTable writes one table, named as in CSVTables, with its header row.
func CSVTable(w io.Writer, r *compare.Result, name string) error {
	for _, t := range csvTables {
		if t.name != name {
			continue
		}
		cw := csv.NewWriter(w)
		if err := cw.Write(t.header); err != nil {
			return err
		}
		var err error
		t.rows(r, func(cells ...string) {
			if err == nil {
				err = cw.Write(cells)
			}
		})
		if err != nil {
			return err
		}
		cw.Flush()
		return cw.Error()
	}
	return fmt.Errorf("no CSV table %q: one of %s", name, strings.Join(CSVTables(), ", "))
}

func num(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
func itoa(n int) string    { return strconv.Itoa(n) }
func list(s []string) string {
	return strings.Join(s, "; ")
}
func csvTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

// csvCell keeps a spreadsheet from reading text as a formula: a cell that
// starts with =, +, - or @ and is not a number gets a leading apostrophe
// (OWASP's advice on CSV injection).
func csvCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return "'" + s
		}
	}
	return s
}

var csvTables = []csvTable{
	{"articles", []string{"id", "outlet", "title", "published", "url", "source", "words", "language", "event", "notes"},
		func(r *compare.Result, emit func(...string)) {
			eventOf := map[string]string{}
			for _, ev := range r.Events {
				for _, id := range ev.Articles {
					eventOf[id] = ev.ID
				}
			}
			for _, a := range r.Articles {
				pub := ""
				if a.Published != nil {
					pub = csvTime(*a.Published)
				}
				emit(a.ID, csvCell(a.Outlet), csvCell(a.Title), pub, csvCell(a.URL), csvCell(a.Source), itoa(a.Words), a.Language, eventOf[a.ID], csvCell(list(a.Notes)))
			}
		}},
	{"events", []string{"event", "label", "start", "end", "articles", "outlets", "outlet_names", "missing"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				emit(ev.ID, csvCell(ev.Label), csvTime(ev.Start), csvTime(ev.End), itoa(len(ev.Articles)), itoa(len(ev.Outlets)), csvCell(list(ev.Outlets)), csvCell(list(ev.Missing)))
			}
		}},
	{"evidence", []string{"event", "a", "b", "score", "content", "entities", "days_apart", "shared_entities", "shared_terms"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				for _, l := range ev.Evidence {
					emit(ev.ID, l.A, l.B, num(l.Score), num(l.Content), num(l.EntityOverlap), num(l.DaysApart), csvCell(list(l.SharedEntities)), csvCell(list(l.SharedTerms)))
				}
			}
		}},
	{"framing", []string{"event", "outlet", "rank", "term", "n", "count", "others_count", "z", "significant", "loaded", "voice", "example_article", "example"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				rank, last := 0, ""
				for _, t := range ev.Framing {
					if t.Outlet != last {
						rank, last = 0, t.Outlet
					}
					rank++
					exA, ex := firstExample(t.Examples)
					emit(ev.ID, csvCell(t.Outlet), itoa(rank), csvCell(t.Term), itoa(t.N), itoa(t.Count), itoa(t.OthersCount),
						num(t.Z), strconv.FormatBool(t.Significant), num(t.Loaded), t.Voice, exA, csvCell(ex))
				}
			}
		}},
	{"terms", []string{"event", "outlet", "rank", "term", "n", "count", "rate", "others_count", "others_rate", "z", "p", "p_adjusted", "significant", "example_article", "example", "loaded", "voice"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				rank, last := 0, ""
				for _, t := range ev.Terms {
					if t.Outlet != last {
						rank, last = 0, t.Outlet
					}
					rank++
					exA, ex := firstExample(t.Examples)
					emit(ev.ID, csvCell(t.Outlet), itoa(rank), csvCell(t.Term), itoa(t.N), itoa(t.Count), num(t.Rate), itoa(t.OthersCount), num(t.OthersRate),
						num(t.Z), num(t.P), num(t.PAdjusted), strconv.FormatBool(t.Significant), exA, csvCell(ex), num(t.Loaded), t.Voice)
				}
			}
		}},
	{"quoted_terms", []string{"event", "outlet", "rank", "term", "n", "count", "rate", "others_count", "others_rate", "z", "p", "p_adjusted", "significant", "loaded", "speakers", "example_article", "example"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				rank, last := 0, ""
				for _, t := range ev.QuotedTerms {
					if t.Outlet != last {
						rank, last = 0, t.Outlet
					}
					rank++
					exA, ex := firstExample(t.Examples)
					emit(ev.ID, csvCell(t.Outlet), itoa(rank), csvCell(t.Term), itoa(t.N), itoa(t.Count), num(t.Rate), itoa(t.OthersCount), num(t.OthersRate),
						num(t.Z), num(t.P), num(t.PAdjusted), strconv.FormatBool(t.Significant), num(t.Loaded), csvCell(list(t.Speakers)), exA, csvCell(ex))
				}
			}
		}},
	{"loaded_words", []string{"event", "outlet", "voice", "voice_words", "loaded_count", "loaded_rate", "rank", "word", "count", "score", "speakers", "example_article", "example"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				for _, l := range ev.LoadedWords {
					head := []string{ev.ID, csvCell(l.Outlet), l.Voice, itoa(l.VoiceWords), itoa(l.Count), num(l.Rate)}
					if len(l.Words) == 0 {
						// No loaded word: one row keeps the outlet's rate of 0.
						emit(append(head, "", "", "", "", "", "", "")...)
					}
					for i, w := range l.Words {
						exA, ex := firstExample(w.Examples)
						emit(append(head[:6:6], itoa(i+1), csvCell(w.Word), itoa(w.Count), num(w.Score), csvCell(list(w.Speakers)), exA, csvCell(ex))...)
					}
				}
			}
		}},
	{"emphasis", []string{"event", "outlet", "kind", "rank", "text"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				for _, e := range ev.Emphasis {
					for _, part := range []struct {
						kind  string
						items []string
					}{{"headline", e.Headlines}, {"entity", e.Entities}, {"framing_term", e.FramingTerms}, {"loaded_word", e.LoadedWords}} {
						for i, it := range part.items {
							emit(ev.ID, csvCell(e.Outlet), part.kind, itoa(i+1), csvCell(it))
						}
					}
				}
			}
		}},
	{"pairs", []string{"event", "a", "b", "term", "n", "count_a", "count_b", "rate_a", "rate_b", "z", "p", "p_adjusted", "significant"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				for _, p := range ev.Pairs {
					for _, t := range p.Terms {
						emit(ev.ID, csvCell(p.A), csvCell(p.B), csvCell(t.Term), itoa(t.N), itoa(t.CountA), itoa(t.CountB), num(t.RateA), num(t.RateB),
							num(t.Z), num(t.P), num(t.PAdjusted), strconv.FormatBool(t.Significant))
					}
				}
			}
		}},
	{"sentiment", sentimentHeader(),
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				for _, t := range ev.Sentiment {
					row := []string{ev.ID, csvCell(t.Outlet), num(t.Mean), num(t.Positive), num(t.Neutral), num(t.Negative), itoa(t.Sentences)}
					for i := 0; i < frame.ToneBins; i++ {
						n := ""
						if i < len(t.Histogram) {
							n = itoa(t.Histogram[i])
						}
						row = append(row, n)
					}
					emit(append(row, csvCell(toneWordCells(t.Words)))...)
				}
			}
		}},
	{"entity_tone", []string{"event", "entity", "type", "outlet", "mentions", "references", "sentences", "mean", "positive", "negative", "stance", "weak", "tone_words"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				for _, t := range ev.EntityTone {
					emit(ev.ID, csvCell(t.Entity), t.Type, csvCell(t.Outlet), itoa(t.Mentions), itoa(t.References), itoa(t.Sentences), num(t.Mean), num(t.Positive), num(t.Negative), t.Stance, strconv.FormatBool(t.Weak), csvCell(toneWordCells(t.Words)))
				}
			}
		}},
	{"quotes", []string{"event", "outlet", "speaker", "quotes", "words", "share", "only_this_outlet", "outlet_quotes", "outlet_quoted_words", "outlet_quoted_share", "example_article", "example"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				for _, q := range ev.Quotes {
					only := map[string]bool{}
					for _, s := range q.Only {
						only[s] = true
					}
					for _, s := range q.Speakers {
						exA, ex := "", ""
						if len(s.Quoted) > 0 {
							exA, ex = s.Quoted[0].Article, s.Quoted[0].Text
						}
						emit(ev.ID, csvCell(q.Outlet), csvCell(s.Name), itoa(s.Quotes), itoa(s.Words), num(s.Share), strconv.FormatBool(only[s.Name]),
							itoa(q.Quotes), itoa(q.Words), num(q.Share), exA, csvCell(ex))
					}
				}
			}
		}},
	{"labels", []string{"event", "entity", "type", "outlet", "label", "kind", "count", "example_article", "example"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				for _, l := range ev.Labels {
					for _, o := range l.Outlets {
						for _, u := range o.Labels {
							emit(ev.ID, csvCell(l.Entity), l.Type, csvCell(o.Outlet), csvCell(u.Text), u.Kind, itoa(u.Count), u.Example.Article, csvCell(u.Example.Text))
						}
					}
				}
			}
		}},
	{"unique", []string{"event", "outlet", "rank", "article", "start", "end", "salience", "entities", "numbers", "claims", "terms", "sentence"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				for _, u := range ev.Unique {
					for i, s := range u.Sentences {
						emit(ev.ID, csvCell(u.Outlet), itoa(i+1), s.Article, itoa(s.Start), itoa(s.End), num(s.Salience),
							csvCell(list(s.Entities)), csvCell(list(s.Numbers)), csvCell(list(s.Claims)), csvCell(list(s.Terms)), csvCell(s.Text))
					}
				}
			}
		}},
	{"omissions", []string{"event", "outlet", "entity"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				for _, u := range ev.Unique {
					for _, e := range u.Omits {
						emit(ev.ID, csvCell(u.Outlet), csvCell(e))
					}
				}
			}
		}},
	{"similarity", []string{"event", "outlet_a", "outlet_b", "cosine", "jsd", "tone_distance"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				s := ev.Similarity
				for i, a := range s.Outlets {
					for j, b := range s.Outlets {
						emit(ev.ID, csvCell(a), csvCell(b), cell(s.Cosine, i, j), cell(s.JSD, i, j), cell(s.Tone, i, j))
					}
				}
			}
		}},
	{"lexicon", []string{"event", "category", "outlet", "count", "rate", "z", "words"},
		func(r *compare.Result, emit func(...string)) {
			for _, ev := range r.Events {
				for _, l := range ev.Lexicon {
					var ws []string
					for _, w := range l.Words {
						ws = append(ws, fmt.Sprintf("%s (%d)", w.Word, w.Count))
					}
					emit(ev.ID, csvCell(l.Category), csvCell(l.Outlet), itoa(l.Count), num(l.Rate), num(l.Z), csvCell(list(ws)))
				}
			}
		}},
	{"skipped", []string{"source", "reason"},
		func(r *compare.Result, emit func(...string)) {
			for _, s := range r.Skipped {
				emit(csvCell(s.Source), csvCell(s.Reason))
			}
		}},
}

// firstExample is the article and text of the first example, if any.
func firstExample(exs []compare.Example) (article, text string) {
	if len(exs) == 0 {
		return "", ""
	}
	return exs[0].Article, exs[0].Text
}

// cell is m[i][j], or empty when the matrix does not have it.
func cell(m [][]float64, i, j int) string {
	if i < len(m) && j < len(m[i]) {
		return num(m[i][j])
	}
	return ""
}

func sentimentHeader() []string {
	h := []string{"event", "outlet", "mean", "positive", "neutral", "negative", "sentences"}
	for i := 0; i < frame.ToneBins; i++ {
		lo := -1 + 2*float64(i)/float64(frame.ToneBins)
		h = append(h, fmt.Sprintf("bin_%+.1f", lo))
	}
	return append(h, "tone_words")
}

func toneWordCells(ws []compare.ToneWord) string {
	var out []string
	for _, w := range ws {
		out = append(out, fmt.Sprintf("%s (%s)", w.Word, num(w.Weight)))
	}
	return list(out)
}

// CSVStream writes the tables names (CSVTables when nil) of r, each to the
// writer open gives it, walking r's events once (compare.Result.EachEvent):
// a started comparison frames its events while their rows are written, and
// none is held after its rows. The articles table, which says each
// article's event, is written last.
func CSVStream(r *compare.Result, names []string, open func(name string) (io.Writer, error)) error {
	if names == nil {
		names = CSVTables()
	}
	writers := map[string]*csv.Writer{}
	var tables []csvTable
	for _, name := range names {
		t, ok := csvTableNamed(name)
		if !ok {
			return fmt.Errorf("no CSV table %q: one of %s", name, strings.Join(CSVTables(), ", "))
		}
		w, err := open(name)
		if err != nil {
			return err
		}
		cw := csv.NewWriter(w)
		if err := cw.Write(t.header); err != nil {
			return err
		}
		writers[name] = cw
		tables = append(tables, t)
	}
	var err error
	emitTo := func(cw *csv.Writer) func(...string) {
		return func(cells ...string) {
			if err == nil {
				err = cw.Write(cells)
			}
		}
	}
	// Members stand for the events in the articles table.
	var members []compare.Event
	werr := r.EachEvent(func(ev *compare.Event) error {
		one := &compare.Result{Events: []compare.Event{*ev}}
		for _, t := range tables {
			if t.name != "articles" && t.name != "skipped" {
				t.rows(one, emitTo(writers[t.name]))
			}
		}
		members = append(members, compare.Event{ID: ev.ID, Articles: ev.Articles})
		return err
	})
	if werr != nil {
		return werr
	}
	whole := &compare.Result{Articles: r.Articles, Skipped: r.Skipped, Events: members}
	for _, t := range tables {
		if t.name == "articles" || t.name == "skipped" {
			t.rows(whole, emitTo(writers[t.name]))
		}
	}
	if err != nil {
		return err
	}
	for _, name := range names {
		cw := writers[name]
		cw.Flush()
		if err := cw.Error(); err != nil {
			return err
		}
	}
	return nil
}

func csvTableNamed(name string) (csvTable, bool) {
	for _, t := range csvTables {
		if t.name == name {
			return t, true
		}
	}
	return csvTable{}, false
}
