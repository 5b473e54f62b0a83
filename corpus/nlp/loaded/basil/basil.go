// Package basil reads BASIL's human annotations of media bias (Fan et al.,
// "In Plain Sight: Media Bias Through the Lens of Factual Reporting",
// EMNLP 2019; repository launchnlp/BASIL) into articles the annotator can
// read, with the annotated spans as byte ranges of the article's text. The
// loaded-language model is trained and measured on its lexical-bias spans,
// and Lift measures framing terms against them.
//
// BASIL is a research release without a licence: it is read from a
// directory outside the module (../shared/data/basil-dev/raw), for
// training and evaluation only, and no text of it is kept in the
// repository.
//
// The layout read is BASIL's own: articles/YYYY/<name>.json holds the
// title, date, source (fox, nyt, hpo), triplet-uuid (the event) and
// body-paragraphs (a list of paragraphs, each a list of sentences);
// annotations/YYYY/<name>_ann.json holds phrase-level-annotations whose id
// "pN" is the N-th sentence counting from 0 across all paragraphs, with
// start and end as character (code point) offsets inside that sentence.
// Files are paired by name, not by uuid (four articles carry the uuid
// "empty").
package basil

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// Article is one BASIL article: the text the annotator reads (the body's
// sentences, joined by spaces within a paragraph and blank lines between
// paragraphs; the title is kept apart, as the annotator does not read it),
// BASIL's sentences as byte ranges of that text, and the annotated spans.
type Article struct {
	corpus.Article
	Year  int
	Event string // BASIL's triplet-uuid: the three outlets' articles on one event
	// Sentences are BASIL's sentences ("pN" is Sentences[N]).
	Sentences []corpus.Span
	// Spans are the annotated spans of the body, in text order.
	Spans []Span
	// Feelings are the annotators' article-level author_feeling_<entity>
	// (the author's attitude toward each main entity), by entity,
	// main_event left out.
	Feelings []Feeling
}

// Feeling is the annotators' reading of the author's attitude toward one
// entity in one article.
type Feeling struct {
	Entity  string // as the annotators spelt it, underscores for spaces
	Feeling string // "str-neg", "neg", "neu", "pos" or "str-pos"
}

// Span is one annotated span: a byte range of the article's text.
type Span struct {
	corpus.Span
	Sent     int    // index into Article.Sentences
	Lexical  bool   // bias "lex": the word choice itself is loaded; else "inf", informational
	Polarity string // "pos" or "neg" toward Target
	Target   string // the entity as the annotators spelt it
	Quoted   bool   // the annotators' "quote": the span is inside a quotation
}

// Lexical returns the byte ranges of the lexical-bias spans.
func (a *Article) Lexical() []corpus.Span {
	var out []corpus.Span
	for _, s := range a.Spans {
		if s.Lexical {
			out = append(out, s.Span)
		}
	}
	return out
}

// LexicalSentences returns the byte ranges of the sentences that hold a
// lexical-bias span, in order, each once.
func (a *Article) LexicalSentences() []corpus.Span {
	return a.lexicalSentences(true)
}

// LexicalSentencesUnquoted returns the byte ranges of the sentences that
// hold a lexical-bias span outside quotations (Span.Quoted false), in
// order, each once.
func (a *Article) LexicalSentencesUnquoted() []corpus.Span {
	return a.lexicalSentences(false)
}

func (a *Article) lexicalSentences(quoted bool) []corpus.Span {
	var out []corpus.Span
	last := -1
	for _, s := range a.Spans {
		if s.Lexical && (quoted || !s.Quoted) && s.Sent != last {
			out = append(out, a.Sentences[s.Sent])
			last = s.Sent
		}
	}
	return out
}

// Outlets maps BASIL's source codes to the outlets' names.
var Outlets = map[string]string{"fox": "Fox News", "nyt": "The New York Times", "hpo": "HuffPost"}

type rawArticle struct {
	Title          string     `json:"title"`
	Date           string     `json:"date"`
	URL            string     `json:"url"`
	Source         string     `json:"source"`
	Triplet        string     `json:"triplet-uuid"`
	BodyParagraphs [][]string `json:"body-paragraphs"`
}

type rawAnnotations struct {
	Phrases []struct {
		ID       string `json:"id"`
		Bias     string `json:"bias"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		Txt      string `json:"txt"`
		Polarity string `json:"polarity"`
		Target   string `json:"target"`
		Quote    string `json:"quote"`
	} `json:"phrase-level-annotations"`
	Article map[string]string `json:"article-level-annotations"`
}

// Read reads every article of the years given (all years when none) from
// a BASIL directory holding articles/ and annotations/, in the order of
// their paths. An article without its annotation file, or a span whose
// offsets do not give its text, is an error naming the file.
func Read(fsys fs.FS, years ...int) ([]Article, error) {
	paths, err := fs.Glob(fsys, "articles/*/*.json")
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	var out []Article
	for _, p := range paths {
		year, err := strconv.Atoi(path.Base(path.Dir(p)))
		if err != nil {
			return nil, fmt.Errorf("%s: the folder is no year", p)
		}
		if len(years) > 0 && !slices.Contains(years, year) {
			continue
		}
		a, err := readOne(fsys, p)
		if err != nil {
			return nil, err
		}
		a.Year = year
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no BASIL articles for years %v under articles/", years)
	}
	return out, nil
}

func readOne(fsys fs.FS, p string) (Article, error) {
	var raw rawArticle
	if err := readJSON(fsys, p, &raw); err != nil {
		return Article{}, err
	}
	annPath := "annotations/" + strings.TrimPrefix(strings.TrimSuffix(p, ".json"), "articles/") + "_ann.json"
	var ann rawAnnotations
	if err := readJSON(fsys, annPath, &ann); err != nil {
		return Article{}, err
	}
	var a Article
	var b strings.Builder
	for pi, para := range raw.BodyParagraphs {
		if pi > 0 {
			b.WriteString("\n\n")
		}
		for si, s := range para {
			if si > 0 {
				b.WriteString(" ")
			}
			start := b.Len()
			b.WriteString(s)
			a.Sentences = append(a.Sentences, corpus.Span{Start: start, End: b.Len()})
		}
	}
	text := b.String()
	outlet := Outlets[raw.Source]
	if outlet == "" {
		outlet = raw.Source
	}
	published, _ := time.Parse("2006-01-02", raw.Date)
	a.Article = corpus.Article{
		ID:        corpus.MakeID(outlet, published, text),
		Outlet:    outlet,
		Title:     raw.Title,
		Published: published,
		URL:       raw.URL,
		Language:  "en",
		Format:    "json",
		Source:    corpus.Source{Path: p},
		Text:      text,
	}
	a.Event = raw.Triplet
	for _, ph := range ann.Phrases {
		n, ok := strings.CutPrefix(ph.ID, "p")
		si, err := strconv.Atoi(n)
		if !ok || err != nil {
			continue // the title, which the annotator does not read
		}
		if si < 0 || si >= len(a.Sentences) {
			return Article{}, fmt.Errorf("%s: span %q: sentence p%d of %d", annPath, ph.Txt, si, len(a.Sentences))
		}
		sent := a.Sentences[si]
		start, ok1 := byteOffset(text[sent.Start:sent.End], ph.Start)
		end, ok2 := byteOffset(text[sent.Start:sent.End], ph.End)
		if !ok1 || !ok2 || end < start || text[sent.Start+start:sent.Start+end] != ph.Txt {
			return Article{}, fmt.Errorf("%s: span %q at p%d %d-%d does not match the sentence", annPath, ph.Txt, si, ph.Start, ph.End)
		}
		a.Spans = append(a.Spans, Span{
			Span: corpus.Span{Start: sent.Start + start, End: sent.Start + end},
			Sent: si, Lexical: ph.Bias == "lex", Polarity: ph.Polarity, Target: ph.Target, Quoted: ph.Quote == "yes",
		})
	}
	slices.SortStableFunc(a.Spans, func(x, y Span) int { return x.Start - y.Start })
	for _, k := range slices.Sorted(maps.Keys(ann.Article)) {
		ent, ok := strings.CutPrefix(k, "author_feeling_")
		if !ok || ent == "main_event" {
			continue
		}
		switch v := ann.Article[k]; v {
		case "str-neg", "neg", "neu", "pos", "str-pos":
			a.Feelings = append(a.Feelings, Feeling{Entity: ent, Feeling: v})
		default:
			return Article{}, fmt.Errorf("%s: %s is %q, want str-neg, neg, neu, pos or str-pos", annPath, k, v)
		}
	}
	return a, nil
}

// byteOffset turns a code point offset into a byte offset of s.
func byteOffset(s string, runes int) (int, bool) {
	i := 0
	for n := 0; n < runes; n++ {
		if i >= len(s) {
			return 0, false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i, true
}

func readJSON(fsys fs.FS, p string, v any) error {
	data, err := fs.ReadFile(fsys, p)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	return nil
}

// Annotate annotates the articles as framediff does, in their order. An
// article the annotator fails on is an error: every article is needed.
func Annotate(ctx context.Context, arts []Article) ([]*nlp.Doc, error) {
	in := make([]corpus.Article, len(arts))
	for i, a := range arts {
		in[i] = a.Article
	}
	docs, skipped, err := (&nlp.Annotator{}).Annotate(ctx, in)
	if err != nil {
		return nil, err
	}
	if len(skipped) > 0 {
		return nil, fmt.Errorf("%s: %s", skipped[0].Source, skipped[0].Reason)
	}
	return docs, nil
}
