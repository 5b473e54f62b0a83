package nlp

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp/lang"
)

func annotateIn(t *testing.T, code, text string) *Doc {
	t.Helper()
	an := &Annotator{}
	d, err := an.AnnotateOne(context.Background(), corpus.Article{ID: "x", Outlet: "o", Language: code, Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestAnnotateOtherLanguages(t *testing.T) {
	for _, tc := range []struct {
		code, text string
		entities   []string // canonical names in text order
		quote      string   // the first quotation's words
		speaker    string
	}{
		{"ru", "Госсекретарь США Энтони Блинкен провел переговоры в Гонолулу.\n\n— Россия должна деэскалировать, а не эскалировать, — заявил Блинкен журналистам.\n\nРанее Госдепартамент приказал сократить штат посольства в Киеве.",
			[]string{"United States", "Antony Blinken", "Honolulu", "Russia", "Antony Blinken", "State Department", "Kyiv"},
			"Россия должна деэскалировать, а не эскалировать", "Antony Blinken"},
		{"de", "US-Außenminister Antony Blinken hat in Honolulu Russland zur Deeskalation aufgerufen.\n\n„Moskau sollte deeskalieren, nicht eskalieren“, sagte Blinken am Samstag. Die Botschaft in Kiew wird verkleinert.",
			[]string{"United States", "Antony Blinken", "Honolulu", "Russia", "Russia", "Antony Blinken", "Kyiv"},
			"Moskau sollte deeskalieren, nicht eskalieren", "Antony Blinken"},
		{"es", "El secretario de Estado de EE. UU., Antony Blinken, se reunió en Honolulu con Yoshimasa Hayashi y Chung Eui-yong.\n\n«Rusia debería desescalar, en lugar de escalar», dijo Blinken a la prensa.",
			[]string{"United States", "Antony Blinken", "Honolulu", "Yoshimasa Hayashi", "Chung Eui-yong", "Russia", "Antony Blinken"},
			"Rusia debería desescalar, en lugar de escalar", "Antony Blinken"},
		{"fr", "Le secrétaire d'État américain Antony Blinken a rencontré à Honolulu ses homologues japonais et sud-coréen.\n\n« La Russie devrait désamorcer la crise plutôt que l'aggraver », a déclaré M. Blinken.",
			[]string{"Antony Blinken", "Honolulu", "Russia", "Antony Blinken"},
			"La Russie devrait désamorcer la crise plutôt que l'aggraver", "Antony Blinken"},
	} {
		t.Run(tc.code, func(t *testing.T) {
			d := annotateIn(t, tc.code, tc.text)
			var got []string
			for _, m := range d.Entities {
				got = append(got, m.Name)
				if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
					t.Fatalf("mention %+v outside the text", m)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.entities, "|") {
				t.Errorf("entities\n got %q\nwant %q", got, tc.entities)
			}
			if len(d.Quotes) == 0 {
				t.Fatalf("no quote found")
			}
			q := d.Quotes[0]
			if w := d.Text[q.Start:q.End]; w != tc.quote || q.Speaker != tc.speaker {
				t.Errorf("quote %q by %q, want %q by %q", w, q.Speaker, tc.quote, tc.speaker)
			}
			for i, s := range d.Sentences {
				if s.TokStart > s.TokEnd || i > 0 && s.Start < d.Sentences[i-1].End {
					t.Errorf("sentence %d out of order: %+v", i, s)
				}
			}
			if d.WordCount == 0 {
				t.Error("no words counted")
			}
		})
	}
}

// TestReadsLanguage: the languages annotation reads are those corpus
// compares.
func TestReadsLanguage(t *testing.T) {
	for _, code := range append(lang.Codes(), "en", "it", "uk", "ar") {
		if ReadsLanguage(code) != corpus.Compared(code) {
			t.Errorf("%s: nlp reads it %v, corpus compares it %v", code, ReadsLanguage(code), corpus.Compared(code))
		}
	}
}

// TestCrossScriptNames: a name the table lacks, written in Cyrillic and
// inflected, resolves to the Latin name of the corpus it transliterates
// to; one that transliterates to no name of the corpus stays as it is.
func TestCrossScriptNames(t *testing.T) {
	en := annotateIn(t, "en", "Pentagon spokesman John Kirby said the trainers would leave Ukraine. Kirby did not say where they would go.")
	ru := annotateIn(t, "ru", "Пресс-секретарь Пентагона Джон Кирби заявил, что инструкторы покинут страну. Слова Кирби подтвердил Мэттью Миллер.")
	var names []string
	for _, d := range ResolveNames([]*Doc{en, ru}, nil, 1) {
		if d.Language != "ru" {
			continue
		}
		for _, m := range d.Entities {
			names = append(names, m.Name)
		}
	}
	if want := []string{"Pentagon", "John Kirby", "John Kirby", "Мэттью Миллер"}; strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("resolved Russian names %q, want %q", names, want)
	}
	for _, tc := range []struct{ a, b string }{{"Столтенберга", "Stoltenberg"}, {"Кирби", "Kirby"}, {"Блинкеном", "Blinken"}} {
		if !slices.Contains(fuzzyKeys(tc.a), fuzzyKey(tc.b)) {
			t.Errorf("fuzzyKeys(%q) = %q, fuzzyKey(%q) = %q", tc.a, fuzzyKeys(tc.a), tc.b, fuzzyKey(tc.b))
		}
	}
}

func BenchmarkAnnotateOther(b *testing.B) {
	text := strings.Repeat("Госсекретарь США Энтони Блинкен провел в Гонолулу переговоры с Ёсимасой Хаяси и Чон Ый Ёном.\n\n— Россия должна деэскалировать, — заявил Блинкен журналистам.\n\n", 10)
	an := &Annotator{}
	a := corpus.Article{ID: "x", Outlet: "o", Language: "ru", Text: text}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := an.AnnotateOne(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
}

// TestGermanNames: in German, where every noun is capitalised, only the
// table's names and words in capitals of up to four letters are names; a
// shouted dateline is not.
func TestGermanNames(t *testing.T) {
	d := annotateIn(t, "de", "BERLIN. Die SPD und die FDP stimmten am Sonntag in der Bundesversammlung für Steinmeier.")
	var names []string
	for _, m := range d.Entities {
		names = append(names, m.Name)
	}
	if want := []string{"SPD", "FDP", "Frank-Walter Steinmeier"}; !slices.Equal(names, want) {
		t.Errorf("German names %q, want %q", names, want)
	}
}
