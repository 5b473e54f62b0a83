package report

// Inspect renders documents rather than a compare.Result: there is no
// comparison behind it. What the annotation stage's models read in each
// document comes with it, computed by the caller (Inspected): the tone
// toward each entity mention and, per article, toward each entity (the
// classifier of corpus/nlp/target, the same reading the comparison
// report's entity_tone averages per outlet), and the loaded words
// (corpus/nlp/loaded).

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
	"github.com/framediff/framediff/corpus/nlp/target"
)

// Inspected is an annotated document with what the annotation stage's
// models read in it.
type Inspected struct {
	Doc *nlp.Doc
	// Tones is the tone toward each entity mention, in Doc.Entities
	// order.
	Tones []target.Tone
	// References are the pronouns of Doc, resolved to an entity or not,
	// with the tone toward each, in text order.
	References []target.Reference
	// Stances is the article's tone toward each entity, its mentions and
	// resolved references together.
	Stances []target.Stance
	// Loaded are the words the loaded-word model scores at or above its
	// threshold, in text order.
	Loaded []loaded.Occurrence
	// Reported marks, per token of Doc, reported speech as framing reads
	// it (frame.ReportedSpeech); nil reads none.
	Reported []bool
}

// InspectSchema names the JSON written by InspectJSON.
const InspectSchema = "framediff.inspect/v1"

type inspectReport struct {
	Schema   string           `json:"schema"`
	Articles []inspectArticle `json:"articles"`
	Skipped  []corpus.Skipped `json:"skipped"`
}

type inspectArticle struct {
	ID        string            `json:"id"`
	Outlet    string            `json:"outlet"`
	Title     string            `json:"title"`
	Published *time.Time        `json:"published"`
	URL       string            `json:"url"`
	Author    string            `json:"author,omitempty"`
	Language  string            `json:"language"`
	Format    string            `json:"format"`
	Source    string            `json:"source"`
	Words     int               `json:"words"`
	Notes     []string          `json:"notes,omitempty"`
	Text      string            `json:"text"`
	Sentences []inspectSentence `json:"sentences"`
	Entities  []inspectEntity   `json:"entities"`
	Quotes    []inspectQuote    `json:"quotes"`
	// References are the pronouns ("he", "their") with the entity each is
	// resolved to, null when none precedes, and the tone toward it.
	References []inspectReference `json:"references"`
	// EntityTone is the article's tone toward each of its entities, most
	// mentioned first.
	EntityTone []inspectStance `json:"entity_tone"`
	// Loaded are the word occurrences the loaded-word model scores at or
	// above its threshold.
	Loaded []inspectLoaded `json:"loaded"`
}

// inspectLoaded is one loaded word occurrence.
type inspectLoaded struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Score float64 `json:"score"`
	Voice string  `json:"voice"` // "own", or "quoted" inside a direct quote
}

type inspectSentence struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Tone  float64 `json:"tone"`
	Text  string  `json:"text"`
}

type inspectEntity struct {
	Name  string      `json:"name"`
	Type  string      `json:"type"`
	Text  string      `json:"text"`
	Start int         `json:"start"`
	End   int         `json:"end"`
	Tone  inspectTone `json:"tone"`
}

// inspectReference is a pronoun read as a reference to an entity.
type inspectReference struct {
	Start  int         `json:"start"`
	End    int         `json:"end"`
	Text   string      `json:"text"`
	Entity *string     `json:"entity"` // null when unresolved
	Type   string      `json:"type,omitempty"`
	Tone   inspectTone `json:"tone"`
}

// inspectTone is the tone of a mention's sentence toward it.
type inspectTone struct {
	Score float64 `json:"score"` // P(pos) − P(neg), in [-1, 1]
	Label string  `json:"label"` // "neg", "neu" or "pos": the most probable
}

// inspectStance is an article's tone toward one entity: its mentions'
// scores averaged, with the fields of the comparison report's entity_tone.
type inspectStance struct {
	Entity   string `json:"entity"`
	Type     string `json:"type"`
	Mentions int    `json:"mentions"`
	// References is the number of pronouns resolved to the entity; Mean
	// and the shares are over mentions and references together.
	References int     `json:"references"`
	Mean       float64 `json:"mean"`
	Positive   float64 `json:"positive"` // shares of the mentions and references labelled so
	Negative   float64 `json:"negative"`
	// Stance is the article stance model's reading (target.Stances).
	Stance string `json:"stance"`
}

type inspectQuote struct {
	Speaker string `json:"speaker"`
	Cue     string `json:"cue"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
}

func inspectOf(docs []Inspected, skipped []corpus.Skipped) inspectReport {
	r := inspectReport{Schema: InspectSchema, Articles: []inspectArticle{}, Skipped: skipped}
	if r.Skipped == nil {
		r.Skipped = []corpus.Skipped{}
	}
	for _, in := range docs {
		d := in.Doc
		a := inspectArticle{
			ID: d.ID, Outlet: d.Outlet, Title: d.Title, URL: d.URL, Author: d.Author,
			Language: d.Language, Format: d.Format, Source: d.Source.String(), Words: d.WordCount,
			Notes: d.Notes, Text: d.Text,
			Sentences: []inspectSentence{}, Entities: []inspectEntity{}, Quotes: []inspectQuote{},
			References: []inspectReference{}, EntityTone: []inspectStance{}, Loaded: []inspectLoaded{},
		}
		if d.HasDate() {
			t := d.Published
			a.Published = &t
		}
		for i, s := range d.Sentences {
			a.Sentences = append(a.Sentences, inspectSentence{Start: s.Start, End: s.End, Tone: s.Tone, Text: d.SentenceText(i)})
		}
		for i, m := range d.Entities {
			e := inspectEntity{Name: m.Name, Type: m.Type, Text: d.Text[m.Start:m.End], Start: m.Start, End: m.End}
			if i < len(in.Tones) {
				e.Tone = inspectTone{Score: round4(in.Tones[i].Score), Label: in.Tones[i].Label.String()}
			}
			a.Entities = append(a.Entities, e)
		}
		for _, r := range in.References {
			ir := inspectReference{Start: r.Start, End: r.End, Text: d.Text[r.Start:r.End], Type: r.Type,
				Tone: inspectTone{Score: round4(r.Tone.Score), Label: r.Tone.Label.String()}}
			if r.Resolved() {
				name := r.Entity
				ir.Entity = &name
			}
			a.References = append(a.References, ir)
		}
		for _, o := range in.Loaded {
			voice := frame.VoiceOwn
			switch {
			case o.Quoted:
				voice = frame.VoiceQuoted
			case o.Tok < len(in.Reported) && in.Reported[o.Tok]:
				voice = frame.VoiceReported
			}
			a.Loaded = append(a.Loaded, inspectLoaded{Start: o.Start, End: o.End, Text: o.Text, Score: round4(o.Score), Voice: voice})
		}
		for _, s := range in.Stances {
			n := float64(s.Mentions + s.References)
			a.EntityTone = append(a.EntityTone, inspectStance{Entity: s.Entity, Type: s.Type, Mentions: s.Mentions, References: s.References,
				Mean: round4(s.Score), Positive: round4(float64(s.Count[target.Pos]) / n), Negative: round4(float64(s.Count[target.Neg]) / n),
				Stance: s.Label.String()})
		}
		for _, q := range d.Quotes {
			a.Quotes = append(a.Quotes, inspectQuote{Speaker: q.Speaker, Cue: q.Cue, Start: q.Start, End: q.End, Text: d.Text[q.Start:q.End]})
		}
		r.Articles = append(r.Articles, a)
	}
	return r
}

// InspectJSON writes what ingestion made of every input: each article's
// metadata, clean text, sentences with tone, entities with the tone toward
// each mention, quotes, the tone toward each entity, and every skipped
// input with its reason.
func InspectJSON(w io.Writer, docs []Inspected, skipped []corpus.Skipped) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(inspectOf(docs, skipped))
}

// InspectText writes the same as InspectJSON for reading in a terminal,
// every line in DefaultWidth columns.
func InspectText(w io.Writer, docs []Inspected, skipped []corpus.Skipped) error {
	return TextOptions{}.Inspect(w, docs, skipped)
}

// Inspect is InspectText laid out in o.Width columns.
func (o TextOptions) Inspect(w io.Writer, docs []Inspected, skipped []corpus.Skipped) error {
	width := o.width()
	// A field's value wraps under the value, after its 11-column name.
	const indent = "           "
	field := func(name, value string) string {
		return fmt.Sprintf("%-11s", name+":") + strings.TrimPrefix(wrap(indent+value, width, indent), indent)
	}
	p := &printer{w: w}
	r := inspectOf(docs, skipped)
	for _, a := range r.Articles {
		pub := "no date"
		if a.Published != nil {
			pub = a.Published.Format(time.RFC3339)
		}
		p.printf("%s\n", wrap("== "+a.ID, width, "   "))
		p.printf("%s\n", field("source", a.Source+" ("+a.Format+")"))
		p.printf("%s\n", field("outlet", a.Outlet))
		p.printf("%s\n", field("title", a.Title))
		p.printf("%s\n", field("published", pub))
		if a.URL != "" {
			p.printf("%s\n", field("url", a.URL))
		}
		p.printf("%s\n", field("words", fmt.Sprintf("%d in %d sentences", a.Words, len(a.Sentences))))
		for _, n := range a.Notes {
			p.printf("%s\n", field("note", n))
		}
		names := map[string]int{}
		var order []string
		for _, e := range a.Entities {
			if names[e.Name] == 0 {
				order = append(order, e.Name)
			}
			names[e.Name]++
		}
		var ents []string
		for _, n := range order {
			ents = append(ents, fmt.Sprintf("%s (%d)", n, names[n]))
		}
		p.printf("%s\n", field("entities", strings.Join(ents, ", ")))
		if len(a.References) > 0 {
			resolved := 0
			for _, r := range a.References {
				if r.Entity != nil {
					resolved++
				}
			}
			p.printf("%s\n", field("pronouns", fmt.Sprintf("%d, %d resolved to an entity", len(a.References), resolved)))
		}
		var toward []string
		for _, s := range a.EntityTone {
			toward = append(toward, fmt.Sprintf("%s %+.2f %s", s.Entity, s.Mean, s.Stance))
		}
		p.printf("%s\n\n", field("stance", strings.Join(toward, ", ")))
		p.printf("%s\n\n", wrapCell(a.Text, width))
	}
	if len(r.Skipped) > 0 {
		p.printf("Skipped inputs\n")
		for _, s := range r.Skipped {
			p.printf("%s\n", wrap("  "+s.Source+": "+s.Reason, width, "    "))
		}
	}
	return p.err
}

// round4 rounds to the 4 decimals the reports give scores with.
func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
