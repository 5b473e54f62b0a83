package frame

import (
	"errors"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

func TestReadBackground(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		line    int // of the error, 0 for none
		key     string
		count   int
		total1  int
		wantErr string
	}{
		{name: "words and phrases", in: "# news 2021\nsanctions\t120\nsanction\t30\nPropaganda Campaign\t4\n", key: "sanction", count: 150, total1: 150},
		{name: "phrase key is stemmed", in: "talk\t1\npropaganda campaigns\t4\n", key: "propaganda campaign", count: 4, total1: 1},
		{name: "no tab", in: "talks 12\n", line: 1, wantErr: "want term<TAB>count"},
		{name: "bad count", in: "talks\t12\ntalks\t-3\n", line: 2, wantErr: "not a positive integer"},
		{name: "too long", in: "a b c d\t3\n", line: 1, wantErr: "1 to 3 words"},
		{name: "no words", in: "propaganda campaign\t4\n", wantErr: "no single-word terms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := ReadBackground("bg.tsv", strings.NewReader(tt.in))
			if tt.wantErr != "" {
				var pe *corpus.ParseError
				if !errors.As(err, &pe) || pe.Line != tt.line || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want a ParseError at line %d with %q", err, tt.line, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if b.countOf(tt.key) != tt.count || b.total[1] != tt.total1 {
				t.Errorf("count[%q] = %d, total = %d; want %d, %d", tt.key, b.countOf(tt.key), b.total[1], tt.count, tt.total1)
			}
		})
	}
}

func TestReadLexicon(t *testing.T) {
	l, err := ReadLexicon("frames.txt", strings.NewReader("# test\n[Conflict]\ninvasion\nescalat*\n\n[diplomacy]\npropaganda campaign\n=accord\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(l.Categories, ","); got != "conflict,diplomacy" {
		t.Errorf("categories = %s", got)
	}
	run := func(words ...string) []word {
		st := nlp.Stemmer{}
		var r []word
		for _, w := range words {
			r = append(r, makeWord(0, w, "NN", nil, st))
		}
		return r
	}
	for _, c := range []struct {
		cat   string
		words []string
		want  int
	}{
		{"conflict", []string{"invasions"}, 1},
		{"conflict", []string{"escalation"}, 1},
		{"conflict", []string{"de-escalation"}, 0},
		{"diplomacy", []string{"propaganda", "campaigns"}, 2},
		{"diplomacy", []string{"propaganda"}, 0},
		{"diplomacy", []string{"accord"}, 1},
		{"diplomacy", []string{"according"}, 0},
	} {
		r := run(c.words...)
		if got := l.index[c.cat].match(r, 0, strings.ToLower(r[0].form)); got != c.want {
			t.Errorf("%s %v: match %d, want %d", c.cat, c.words, got, c.want)
		}
	}
	for _, bad := range []struct{ in, msg string }{
		{"invasion\n", "before any [category]"},
		{"[conflict\nwar\n", "bad category line"},
		{"[x]\nescalat* now\n", "single word only"},
		{"# nothing\n", "no [category]"},
	} {
		_, err := ReadLexicon("frames.txt", strings.NewReader(bad.in))
		var pe *corpus.ParseError
		if !errors.As(err, &pe) || !strings.Contains(err.Error(), bad.msg) {
			t.Errorf("%q: err = %v, want a ParseError with %q", bad.in, err, bad.msg)
		}
	}
}

func TestDefaultLexicon(t *testing.T) {
	want := []string{"blame and responsibility", "conflict", "diplomacy", "economy", "humanitarian", "legality", "public opinion", "security"}
	if got := strings.Join(DefaultLexicon().Categories, "|"); got != strings.Join(want, "|") {
		t.Errorf("built-in categories = %s", got)
	}
}

func TestStopwords(t *testing.T) {
	sw, err := nlp.ReadStopwords("stop.txt", strings.NewReader("# mine\nThe\n  of # inline comment\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sw) != 2 || !sw["the"] || !sw["of"] {
		t.Errorf("got %v", sw)
	}
	for _, w := range []string{"the", "said", "saturday", "toward"} {
		if !nlp.DefaultStopwords()[w] {
			t.Errorf("built-in list lacks %q", w)
		}
	}
	// "US" is an acronym, never the stop word "us"; "U.S." is the same word.
	st := nlp.Stemmer{}
	us, dotted := makeWord(0, "US", "NNP", nlp.DefaultStopwords(), st), makeWord(0, "U.S.", "NNP", nlp.DefaultStopwords(), st)
	if us.stop || us.key != dotted.key {
		t.Errorf("US: stop %v key %q, U.S. key %q", us.stop, us.key, dotted.key)
	}
}
