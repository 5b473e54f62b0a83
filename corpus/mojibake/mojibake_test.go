package mojibake

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// garble is the fault itself, written independently of Repair: s's UTF-8
// bytes decoded as Windows-1252, with the five undefined bytes as the C1
// controls decoders commonly give them, times times over.
func garble(s string, times int) string {
	for ; times > 0; times-- {
		var b strings.Builder
		for _, c := range []byte(s) {
			r := charmap.Windows1252.DecodeByte(c)
			if r == utf8.RuneError {
				r = rune(c)
			}
			b.WriteRune(r)
		}
		s = b.String()
	}
	return s
}

// latin1 is the same fault through a Latin-1 decoder: every byte
// 0x80..0x9F becomes a C1 control.
func latin1(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		b.WriteRune(rune(c))
	}
	return b.String()
}

func TestRepair(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// As found in real data sets, written out.
		{"double apostrophe", "Romney\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s trip", "Romney’s trip"},
		{"single apostrophe", "Blinken\u00e2\u20ac\u2122s call", "Blinken’s call"},
		{"single accent", "caf\u00c3\u00a9 in S\u00c3\u00a3o Paulo", "café in São Paulo"},
		{"byte-order mark", "\u00ef\u00bb\u00bfKyiv, Feb. 12", "\ufeffKyiv, Feb. 12"},

		// Made by garble from the intended text.
		{"quotes once", garble("He called it “a propaganda campaign” — twice.", 1), "He called it “a propaganda campaign” — twice."},
		{"quotes twice", garble("He called it “a propaganda campaign” — twice.", 2), "He called it “a propaganda campaign” — twice."},
		{"single quotes twice", garble("being ‘stupid’ and ‘glad’", 2), "being ‘stupid’ and ‘glad’"},
		{"every Windows-1252 character twice", garble("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", 2), "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"},
		{"quotes three times", garble("“De-escalate,” Blinken said.", 3), "“De-escalate,” Blinken said."},
		{"en dash and ellipsis", garble("Feb. 12–13 … and after", 1), "Feb. 12–13 … and after"},
		{"euro and trademark", garble("€4.5 billion for Gazprom™ shares", 1), "€4.5 billion for Gazprom™ shares"},
		{"euro twice", garble("a €200 fine", 2), "a €200 fine"},
		{"accented names", garble("Volodímir Zelenski met Emmanuel Macron and François Hollande in Zürich", 1), "Volodímir Zelenski met Emmanuel Macron and François Hollande in Zürich"},
		{"undefined byte: Á", garble("Álvaro Sánchez in Ávila", 1), "Álvaro Sánchez in Ávila"},
		{"undefined byte twice", garble("Álvaro in Ávila", 2), "Álvaro in Ávila"},
		{"soft hyphen byte: í", garble("policía y día", 1), "policía y día"},
		{"no-break space byte: à", garble("voilà à la une", 1), "voilà à la une"},
		{"Polish", garble("Łódź i Kraków", 1), "Łódź i Kraków"},
		{"Romanian", garble("Președintele țării", 1), "Președintele țării"},
		{"Russian", garble("Москва и Киев в понедельник", 1), "Москва и Киев в понедельник"},
		{"Greek", garble("Αθήνα", 1), "Αθήνα"},
		{"Chinese", garble("北京冬奥会", 1), "北京冬奥会"},
		{"emoji", garble("Olympics 🥇 gold", 1), "Olympics 🥇 gold"},
		{"Latin-1 decoder", latin1("Romney’s “bumpy” ride"), "Romney’s “bumpy” ride"},
		{"Windows-1252 read as Latin-1", "government\u0092s \u0093flight\u0094 \u0097 and", "government’s “flight” — and"},
		{"Windows-1252 euro read as Latin-1", "a \u00805bn fund, 20 \u0080 each", "a €5bn fund, 20 € each"},
		{"lone U+0080 of a lost dash", "Nothing \u0080— not his", "Nothing \u0080— not his"},
		{"C1 pair without its lead byte", "laureate,\u0080\u0094 also", "laureate,\u0080\u0094 also"},
		{"ambiguous with evidence", garble("LLEGÓ", 1) + " " + garble("“café”", 1), "LLEGÓ “café”"},

		// Partly mojibake: only the sequences are decoded.
		{"legit accent beside mojibake", "Café " + garble("Romney’s", 1), "Café Romney’s"},
		{"legit and double", "Müller said " + garble("“no”", 2) + " in Köln", "Müller said “no” in Köln"},
		{"legit accent after mojibake", garble("’", 1) + "é", "’é"},

		// Legitimate text: unchanged, byte for byte.
		{"Café", "Café", "Café"},
		{"São Paulo", "São Paulo", "São Paulo"},
		{"Müller", "Müller", "Müller"},
		{"naïve", "naïve", "naïve"},
		{"half", "½ of the vote", "½ of the vote"},
		{"pounds", "£5 a month", "£5 a month"},
		{"guillemets", "«Bonjour»", "«Bonjour»"},
		{"Spanish names", "Señor Ñúñez", "Señor Ñúñez"},
		{"capital Ã", "SÃO PAULO", "SÃO PAULO"},
		{"capital Â", "CHÂTEAU", "CHÂTEAU"},
		{"French no-break space", "Il a dit «\u00a0café\u00a0» hier", "Il a dit «\u00a0café\u00a0» hier"},
		{"Portuguese capital before a quote", "“IRMÔ, disse ela.", "“IRMÔ, disse ela."},
		{"Spanish capital before a quote", "“LLEGÓ”", "“LLEGÓ”"},
		{"capital before an ellipsis", "CAFÉ… ÉTÉ…", "CAFÉ… ÉTÉ…"},
		{"Catalan yes", "“SÍ”", "“SÍ”"},
		{"German eszett", "„Gruß”", "„Gruß”"},
		{"French capital and no-break space", "CAFÉ\u00a0!", "CAFÉ\u00a0!"},
		{"Russian", "Лавров заявил, что США ведут «пропагандистскую кампанию».", "Лавров заявил, что США ведут «пропагандистскую кампанию»."},
		{"ASCII", "Blinken presses Moscow to de-escalate", "Blinken presses Moscow to de-escalate"},
		{"empty", "", ""},
		{"invalid UTF-8 kept", "caf\xc3 \xff ok", "caf\xc3 \xff ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Repair(tt.in); got != tt.want {
				t.Errorf("Repair(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestRepairLegitimateParagraphs runs the sample corpus's French, Spanish,
// German and Russian articles through Repair: they hold no mojibake, so
// every byte must come back.
func TestRepairLegitimateParagraphs(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "corpus")
	n := 0
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		s := string(data)
		if !strings.ContainsFunc(s, func(r rune) bool { return r > 0x7F }) {
			return nil
		}
		n++
		if got := Repair(s); got != s {
			t.Errorf("%s changed:\n%s", p, firstDiff(s, got))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no non-ASCII file in the sample corpus")
	}
	t.Logf("mojibake: %d sample files with non-ASCII text unchanged", n)
}

func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-30)
	return "  was: " + a[from:min(len(a), i+30)] + "\n  now: " + b[from:min(len(b), i+30)]
}

func FuzzRepair(f *testing.F) {
	for _, s := range []string{
		"Romney\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s", "caf\u00c3\u00a9", "SÃO PAULO", "«Bonjour»",
		garble("“Álvaro”—€5™ policía à 🥇 Москва", 1), garble("“Álvaro”—€5™", 2), garble("Ł’", 3),
		"government\u0092s", "Ã\u00a0", "Â\u0092\u0092", "x\u0080\u0094Ã©", "é\u00a0»", "IRMÔ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Repair(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Repair(%q) = %q, not valid UTF-8", s, got)
		}
		if again := Repair(got); again != got {
			t.Fatalf("not idempotent: Repair(%q) = %q, then %q", s, got, again)
		}
		ascii := true
		for i := 0; i < len(s); i++ {
			ascii = ascii && s[i] < 0x80
		}
		if ascii && got != s {
			t.Fatalf("ASCII changed: %q -> %q", s, got)
		}
		if len(got) > len(s) {
			// Every repair replaces two to four characters by one, and a
			// C1 control's two bytes by a character of at most three.
			if !strings.ContainsFunc(s, isC1) {
				t.Fatalf("grew without a C1 control: %q -> %q", s, got)
			}
		}
	})
}

func BenchmarkRepair(b *testing.B) {
	english := strings.Repeat("Blinken said the United States would “de-escalate” if Moscow did, and Lavrov called it propaganda. ", 40)
	french := strings.Repeat("Le secrétaire d’État américain a appelé Moscou à la désescalade, a-t-il déclaré à Honolulu. ", 40)
	broken := garble(french, 2)
	for _, c := range []struct{ name, s string }{{"english", english}, {"french", french}, {"double", broken}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.s)))
			for b.Loop() {
				Repair(c.s)
			}
		})
	}
}

// TestRepairEveryCharacter garbles, one to three times, every character
// that mojibake of Western text comes from, inside a word, and expects it
// back.
func TestRepairEveryCharacter(t *testing.T) {
	var chars []rune
	for r := rune(0xA0); r <= 0x17F; r++ {
		chars = append(chars, r)
	}
	chars = append(chars, []rune("€‚ƒ„…†‡ˆ‰‹Œ‘’“”•–—˜™›œŸ″′№→−ﬁ\ufeff🥇ȘșȚțạệ")...)
	for _, r := range chars {
		want := "x" + string(r) + "y"
		for k := 1; k <= 3; k++ {
			if got := Repair(garble(want, k)); got != want {
				t.Errorf("%U garbled %d times: got %q, want %q", r, k, got, want)
			}
		}
	}
}
