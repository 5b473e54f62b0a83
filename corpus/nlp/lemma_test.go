package nlp

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/kljensen/snowball/english"
)

// TestTermKeys checks the embedded keys on words Porter2 merges or parts
// wrongly, and on the inflections that must stay together.
func TestTermKeys(t *testing.T) {
	same := [][]string{
		{"stopped", "stop", "stops", "stopping"},
		{"said", "says", "say", "saying"},
		{"children", "child"},
		{"women", "woman"},
		{"added", "adding", "add", "adds"},
		{"ad", "ads"},
		{"policies", "policy"},
		{"sanctions", "sanctioned", "sanction", "sanctioning"},
		{"hoped", "hoping", "hope", "hopes"},
		{"carried", "carry", "carrying"},
		{"taxes", "tax"},
		{"killings", "killing", "kill", "killed"},
		{"made", "make", "making"},
		{"won", "win", "winning"},
		{"nation", "nations"},
		{"americans", "american"},
		{"escalated", "escalate", "escalating", "escalates"},
	}
	st := Stemmer{}
	for _, ws := range same {
		t.Run(ws[0], func(t *testing.T) {
			for _, w := range ws[1:] {
				if st.Stem(w) != st.Stem(ws[0]) {
					t.Errorf("%q is %q, %q is %q: want one term", ws[0], st.Stem(ws[0]), w, st.Stem(w))
				}
			}
		})
	}
	apart := [][2]string{
		{"added", "ad"}, {"adding", "ads"}, {"national", "nation"},
		{"nationalism", "nation"}, {"nationalism", "national"},
		{"government", "governed"}, {"general", "generally"},
		{"united", "unit"}, {"evening", "even"}, {"news", "new"},
		{"authorities", "author"}, {"aides", "aid"}, {"cooper", "cooperate"},
		{"harris", "harry"}, {"department", "depart"}, {"seed", "see"},
	}
	for _, p := range apart {
		if st.Stem(p[0]) == st.Stem(p[1]) {
			t.Errorf("%q and %q are both %q: want two terms", p[0], p[1], st.Stem(p[0]))
		}
	}
	// The stem stays the key wherever the rule allows, so that keys made
	// before the rule still name most words.
	for _, w := range []string{"sanctions", "campaign", "propaganda", "policies", "attacks"} {
		if st.Stem(w) != english.Stem(w, true) {
			t.Errorf("%q is %q, want its Porter2 stem %q", w, st.Stem(w), english.Stem(w, true))
		}
	}
}

// TestLemma checks the suffix rules on a small vocabulary: each candidate
// lemma is accepted only with the evidence its rule asks for.
func TestLemma(t *testing.T) {
	v := Vocabulary{}
	for _, w := range strings.Fields(`hop hopped hopping hope hoped hoping add added adding ad ads
		aid aided aiding aide aides free freed freeing fee fees feed
		carrie carry carried carrying even evening plea pleas please pleased pleasing
		stop stopped stopping killing killings kill killed news new policy policies`) {
		v[w] = TermMinDocs
	}
	for _, c := range []struct{ w, want string }{
		{"hoped", "hope"}, {"hopped", "hop"}, {"hoping", "hope"}, {"hopping", "hop"},
		{"added", "add"}, {"adding", "add"}, {"ads", "ad"},
		{"aided", "aid"}, {"aides", "aide"},
		{"freed", "free"}, {"feed", "feed"}, {"fees", "fee"},
		{"carried", "carry"}, {"evening", "evening"}, {"pleased", "please"},
		{"stopped", "stop"}, {"killings", "kill"}, {"news", "news"},
		{"policies", "policy"}, {"said", "say"}, {"children", "child"},
		{"seen", "see"}, {"left", "left"},
	} {
		if got := v.Lemma(c.w); got != c.want {
			t.Errorf("Lemma(%q) = %q, want %q", c.w, got, c.want)
		}
	}
}

// TestTermKeysBasilDev counts, over the words of basil-dev's 150
// articles, the Porter2 classes the term keys split (a class whose words
// now fall under more than one key: "ad"/"added", "nation"/"national")
// and the classes they join (words Porter2 parts: "said"/"say").
func TestTermKeysBasilDev(t *testing.T) {
	f, err := os.Open(filepath.Join(basilDir, "basil.jsonl"))
	if err != nil {
		t.Skipf("basil-dev is absent (%v): it is development data in ../shared beside the module, not part of it", err)
	}
	defer f.Close()
	sw := DefaultStopwords()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		ws, err := Words(rec.Text)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range ws {
			if l := strings.ToLower(w); lettersOnly(l) && !sw[l] {
				words[l] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	st := Stemmer{}
	byStem := map[string]map[string]bool{}
	byKey := map[string]map[string]bool{}
	for w := range words {
		s, k := english.Stem(w, true), st.Stem(w)
		if byStem[s] == nil {
			byStem[s] = map[string]bool{}
		}
		if byKey[k] == nil {
			byKey[k] = map[string]bool{}
		}
		byStem[s][k] = true
		byKey[k][s] = true
	}
	split, joined, multi := 0, 0, 0
	for _, ks := range byStem {
		if len(ks) > 1 {
			split++
		}
	}
	for _, ss := range byKey {
		if len(ss) > 1 {
			joined++
		}
	}
	for _, w := range []string{"stopped", "stops", "says", "children", "added"} {
		if words[w] {
			multi++
		}
	}
	t.Logf("basil-dev term keys: %d words, %d Porter2 classes, %d split, %d keys join words Porter2 parts", len(words), len(byStem), split, joined)
	if split == 0 || joined == 0 {
		t.Errorf("split %d, joined %d: the term keys changed nothing on basil-dev", split, joined)
	}
	if multi < 3 {
		t.Errorf("basil-dev holds %d of the checked inflections, want 3 or more", multi)
	}
}

// FuzzReadTermKeys checks that the term-key reader returns an error or
// keys that are all non-empty words and keys, never a panic; seeded with
// the embedded file's first lines.
func FuzzReadTermKeys(f *testing.F) {
	lines := strings.SplitN(termKeysFile, "\n", 12)
	f.Add(strings.Join(lines[:len(lines)-1], "\n"))
	f.Add("added\tadd\n# comment\n\nnation\tnation~nation\n")
	f.Add("no tab here\n")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ReadTermKeys("fuzz.tsv", strings.NewReader(s))
		if err != nil {
			return
		}
		for w, k := range m {
			if w == "" || k == "" {
				t.Fatalf("empty word or key: %q -> %q", w, k)
			}
		}
	})
}

// Stemmers share what they stem (sharedStems): a Stemmer made after
// another has stemmed a word must give that word's own stems, not the
// stems of whatever word the shared cache met first, also while other
// goroutines stem the same words (go test -race checks the sharing).
func TestStemmersShareStems(t *testing.T) {
	words := strings.Fields("added ad ads sanctions sanctioned said nation national several severe denies ripped talks talking")
	want := map[string][2]string{}
	for _, w := range words {
		// Worked out here, not by a Stemmer, whose cache is under test.
		key, ok := termKeys()[w]
		if !ok {
			key = english.Stem(w, true)
		}
		want[w] = [2]string{key, english.Stem(w, true)}
	}
	var wg sync.WaitGroup
	got := make([]map[string][2]string, 4)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, m := Stemmer{}, map[string][2]string{}
			for i := range words {
				w := words[(i+g)%len(words)] // each goroutine in its own order
				// A word cut from a longer text, as annotation gives them.
				text := "x " + w + " y"
				m[w] = [2]string{st.Stem(text[2 : 2+len(w)]), Stemmer{}.Porter2(w)}
			}
			got[g] = m
		}()
	}
	wg.Wait()
	for g, m := range got {
		for w, v := range want {
			if m[w] != v {
				t.Errorf("goroutine %d: %q: got key and Porter2 %q, want %q", g, w, m[w], v)
			}
		}
	}
	if k := (Stemmer{}).Stem("added"); k == (Stemmer{}).Stem("ads") {
		t.Errorf(`"added" and "ads" share the key %q`, k)
	}
}

// TestNormTermGluedQuote: a token a missing space glued across a closing
// quotation mark is no term; words and contractions around it are.
func TestNormTermGluedQuote(t *testing.T) {
	sw := DefaultStopwords()
	for _, tc := range []struct {
		text string
		stop bool
	}{
		{`statement"on`, true},
		{"campaign”about", true},
		{"statement", false},
		{"Kyiv's", false},
		{"Lavrov’s", false},
	} {
		if got := NormTerm(tc.text, "NN", sw, Stemmer{}).Stop; got != tc.stop {
			t.Errorf("NormTerm(%q).Stop = %v, want %v", tc.text, got, tc.stop)
		}
	}
}
