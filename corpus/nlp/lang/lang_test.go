package lang

import (
	"strings"
	"testing"
)

func tokenTexts(l *Language, text string) []string {
	var out []string
	for _, t := range l.Tokens(text) {
		out = append(out, text[t.Start:t.End])
	}
	return out
}

func TestTokens(t *testing.T) {
	for _, tc := range []struct {
		lang, text, want string
	}{
		{"fr", "L'ambassade d’Ukraine, a déclaré M. Blinken.", "L'|ambassade|d’|Ukraine|,|a|déclaré|M|.|Blinken|."},
		{"fr", "aujourd'hui qu'il", "aujourd'hui|qu'|il"},
		{"es", "«Debe desescalar», dijo Blinken el 12 de febrero.", "«|Debe|desescalar|»|,|dijo|Blinken|el|12|de|febrero|."},
		{"de", "„Russland muss deeskalieren“, sagte Blinken.", "„|Russland|muss|deeskalieren|“|,|sagte|Blinken|."},
		{"ru", "— Россия должна деэскалировать, — заявил Блинкен.", "—|Россия|должна|деэскалировать|,|—|заявил|Блинкен|."},
	} {
		l, _ := Get(tc.lang)
		if got := strings.Join(tokenTexts(l, tc.text), "|"); got != tc.want {
			t.Errorf("%s %q:\n got %s\nwant %s", tc.lang, tc.text, got, tc.want)
		}
	}
}

func TestTokensOffsets(t *testing.T) {
	for _, code := range Codes() {
		l, _ := Get(code)
		text := "L'ambassade d’Ukraine — «Киеве» 13. Februar 2022, 1.000 EE. UU."
		prev := 0
		for _, tok := range l.Tokens(text) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
				t.Fatalf("%s: token %v out of order or range", code, tok)
			}
			prev = tok.End
		}
	}
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		want       int
	}{
		{"de", "Am 13. Februar 2022 sprach Blinken. Dann flog er ab.", 2},
		{"es", "Los EE. UU. y Japón firmaron. El Sr. Blinken habló.", 2},
		{"fr", "M. Blinken a parlé. Il est reparti.", 2},
		{"ru", "Блинкен выступил в Гонолулу. Он заявил о рисках.", 2},
	} {
		l, _ := Get(tc.lang)
		got := l.Sentences(tc.text)
		if len(got) != tc.want {
			var ss []string
			for _, s := range got {
				ss = append(ss, tc.text[s.Start:s.End])
			}
			t.Errorf("%s: %d sentences %q, want %d", tc.lang, len(got), ss, tc.want)
		}
	}
}

func TestFind(t *testing.T) {
	names := DefaultNames()
	for _, tc := range []struct {
		lang, text string
		want       []string // canonical names, in order
	}{
		{"ru", "Госсекретарь США Блинкен заявил в Гонолулу, что посольство в Киеве сокращено.", []string{"United States", "Antony Blinken", "Honolulu", "Kyiv"}},
		{"ru", "Блинкена поддержал Хаяси, а Шольцем и Зеленским в Берлине довольны.", []string{"Antony Blinken", "Yoshimasa Hayashi", "Olaf Scholz", "Volodymyr Zelensky"}},
		{"ru", "Министры Японии и Южной Кореи Ёсимасой Хаяси и Чон Ый Ёном встретились с Сергеем Лавровым.", []string{"Japan", "South Korea", "Yoshimasa Hayashi", "Chung Eui-yong", "Sergey Lavrov"}},
		{"ru", "Пресс-секретарь Путина говорил о России, Украине и НАТО.", []string{"Vladimir Putin", "Russia", "Ukraine", "NATO"}},
		{"de", "Blinken warnte in Honolulu vor einer Invasion der Ukraine durch Russlands Truppen bei Kiew.", []string{"Antony Blinken", "Honolulu", "Ukraine", "Russia", "Kyiv"}},
		{"es", "El secretario de Estado de EE. UU., Antony Blinken, se reunió con Chung Eui-yong y la OTAN.", []string{"United States", "Antony Blinken", "Chung Eui-yong", "NATO"}},
		{"fr", "Le chef de la diplomatie américaine s'est rendu à Honolulu avant Kiev, selon le Département d'État.", []string{"Honolulu", "Kyiv", "State Department"}},
	} {
		l, _ := Get(tc.lang)
		toks := l.Tokens(tc.text)
		var got []string
		for _, m := range names.Find(l, tc.text, toks) {
			got = append(got, m.Name)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s %q:\n got %q\nwant %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

func TestInflects(t *testing.T) {
	ru, _ := Get("ru")
	for _, tc := range []struct {
		word, name string
		want       bool
	}{
		{"лавровым", "лавров", true}, {"кореи", "корея", true}, {"зеленского", "зеленский", true},
		{"еном", "ен", true}, {"сергеем", "сергей", true}, {"южной", "южная", true}, {"лавров", "лавров", true},
		{"коре", "корея", false}, {"лаврентий", "лавров", false}, {"россиянин", "россия", false},
	} {
		if got := ru.Inflects(tc.word, tc.name); got != tc.want {
			t.Errorf("Inflects(%q, %q) = %v, want %v", tc.word, tc.name, got, tc.want)
		}
	}
}

func TestSpeechVerbs(t *testing.T) {
	for _, tc := range []struct{ lang, word string }{
		{"es", "dijo"}, {"es", "afirmó"}, {"fr", "déclaré"}, {"fr", "a"}, {"de", "sagte"}, {"ru", "заявил"}, {"ru", "заявила"},
	} {
		l, _ := Get(tc.lang)
		want := tc.word != "a"
		if got := l.IsSpeechVerb(Fold(tc.word)); got != want {
			t.Errorf("%s %q: %v, want %v", tc.lang, tc.word, got, want)
		}
	}
}

func TestStopWords(t *testing.T) {
	for _, tc := range []struct{ lang, word string }{{"es", "que"}, {"fr", "les"}, {"de", "und"}, {"ru", "что"}} {
		l, _ := Get(tc.lang)
		if !l.IsStop(tc.word) {
			t.Errorf("%s: %q is not a stop word", tc.lang, tc.word)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	ru, _ := Get("ru")
	text := strings.Repeat("Госсекретарь США Энтони Блинкен провел в Гонолулу переговоры с Ёсимасой Хаяси и Чон Ый Ёном, а посольство в Киеве сокращено. ", 20)
	names := DefaultNames()
	toks := ru.Tokens(text)
	names.Find(ru, text, toks) // builds the index
	b.ResetTimer()
	for b.Loop() {
		names.Find(ru, text, toks)
	}
}
