package target

// NewsMTSC: the data the model is trained and measured on.
//
// Each line of train.jsonl is one news sentence with one or more targets,
// each annotated with the tone of the sentence toward it (Hamborg &
// Donnay 2021; MIT licence). Offsets are Python's: characters (code
// points), not bytes, so they are converted here; a sentence with a
// typographic quote before its target would otherwise be cut in the
// wrong place.
//
// Split: a sentence is held out when the FNV-1a hash of its text is 0
// modulo 5 (a fifth). Hashing the text rather than primary_gid keeps the
// 19 sentences that appear under two ids on one side; the same text under
// two ids is one sentence.

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// Sentence is one NewsMTSC sentence with its targets.
type Sentence struct {
	ID      string // primary_gid
	Text    string
	Targets []Target
}

// Target is one annotated target of a sentence.
type Target struct {
	corpus.Span // byte offsets in Sentence.Text
	Mention     string
	Label       Class
	// Further are the other mentions of the target in the sentence that
	// the data's authors found with an automatic coreference tool
	// (further_mentions): a rough check of reference resolution, not
	// gold. One whose offsets do not hold its words is left out.
	Further []corpus.Span
}

// ParseError is a line of the data that could not be read.
type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

// ReadNewsMTSC reads NewsMTSC's JSON lines. Polarity 2, 4 and 6 are Neg,
// Neu and Pos; a target whose offsets do not give its mention is an error.
func ReadNewsMTSC(r io.Reader) ([]Sentence, error) {
	type rawMention struct {
		From    int    `json:"from"`
		To      int    `json:"to"`
		Mention string `json:"mention"`
	}
	type rawTarget struct {
		From     int          `json:"from"`
		To       int          `json:"to"`
		Mention  string       `json:"mention"`
		Polarity float64      `json:"polarity"`
		Further  []rawMention `json:"further_mentions"`
	}
	type rawLine struct {
		GID      string      `json:"primary_gid"`
		Sentence string      `json:"sentence_normalized"`
		Targets  []rawTarget `json:"targets"`
	}
	var out []Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		var l rawLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, &ParseError{line, err}
		}
		s := Sentence{ID: l.GID, Text: l.Sentence}
		for _, t := range l.Targets {
			start, end := byteOffset(l.Sentence, t.From), byteOffset(l.Sentence, t.To)
			if start < 0 || end < start || l.Sentence[start:end] != t.Mention {
				return nil, &ParseError{line, fmt.Errorf("target %q: characters %d-%d do not hold it", t.Mention, t.From, t.To)}
			}
			var c Class
			switch t.Polarity {
			case 2:
				c = Neg
			case 4:
				c = Neu
			case 6:
				c = Pos
			default:
				return nil, &ParseError{line, fmt.Errorf("target %q: polarity %v, want 2, 4 or 6", t.Mention, t.Polarity)}
			}
			tg := Target{Span: corpus.Span{Start: start, End: end}, Mention: t.Mention, Label: c}
			for _, f := range t.Further {
				fs, fe := byteOffset(l.Sentence, f.From), byteOffset(l.Sentence, f.To)
				if fs >= 0 && fe > fs && l.Sentence[fs:fe] == f.Mention {
					tg.Further = append(tg.Further, corpus.Span{Start: fs, End: fe})
				}
			}
			s.Targets = append(s.Targets, tg)
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// byteOffset converts a character offset of s to a byte offset; -1 when s
// is shorter.
func byteOffset(s string, chars int) int {
	i := 0
	for n := 0; n < chars; n++ {
		if i >= len(s) {
			return -1
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// HeldOut reports whether a sentence belongs to the held-out fifth.
func HeldOut(s Sentence) bool {
	h := fnv.New32a()
	h.Write([]byte(s.Text))
	return h.Sum32()%5 == 0
}

// Annotate annotates each sentence as an article of its own, so that the
// targets' offsets are offsets of the Doc's text.
func Annotate(ctx context.Context, an *nlp.Annotator, ss []Sentence) ([]*nlp.Doc, error) {
	arts := make([]corpus.Article, len(ss))
	for i, s := range ss {
		arts[i] = corpus.Article{ID: strconv.Itoa(i), Outlet: "newsmtsc", Text: s.Text, Language: "en", Source: corpus.Source{Path: "newsmtsc", Record: i + 1}}
	}
	docs, skipped, err := an.Annotate(ctx, arts)
	if err != nil {
		return nil, err
	}
	if len(skipped) > 0 {
		return nil, fmt.Errorf("annotating: %s: %s", skipped[0].Source, skipped[0].Reason)
	}
	return docs, nil
}
