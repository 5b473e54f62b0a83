package target

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"golang.org/x/text/unicode/norm"
)

// basilRaw holds BASIL's articles and their human annotations for
// 2010-2014 (basil-dev/raw; see its SOURCE.md). It lives outside the
// module, in ../shared from the module root, and is absent from a user's
// clone.
const basilRaw = "../../../../shared/data/basil-dev/raw"

// basilStance is one annotated article-level stance: the annotators'
// author_feeling_<Entity> for one article.
type basilStance struct {
	doc    int    // index into the annotated documents
	entity string // the annotators' spelling, underscores for spaces
	label  Class  // str-neg and neg are Neg, str-pos and pos Pos
}

// readBasil builds an article from each raw article (title, and the body
// paragraphs, each a list of sentences, separated by blank lines) and
// reads its author_feeling_* annotations, main_event left out.
func readBasil(t *testing.T) ([]corpus.Article, []basilStance) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(basilRaw, "articles", "*", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Skip("basil-dev is absent: " + basilRaw + " lives in ../shared beside the module, not in a clone")
	}
	sort.Strings(paths)
	var arts []corpus.Article
	var stances []basilStance
	for _, p := range paths {
		var a struct {
			Title  string     `json:"title"`
			Source string     `json:"source"`
			Date   string     `json:"date"`
			Body   [][]string `json:"body-paragraphs"`
		}
		readJSON(t, p, &a)
		ann := filepath.Join(basilRaw, "annotations", filepath.Base(filepath.Dir(p)), strings.TrimSuffix(filepath.Base(p), ".json")+"_ann.json")
		var an struct {
			Article map[string]string `json:"article-level-annotations"`
		}
		readJSON(t, ann, &an)
		var paras []string
		for _, sents := range a.Body {
			paras = append(paras, strings.Join(sents, " "))
		}
		doc := len(arts)
		arts = append(arts, corpus.Article{
			ID: filepath.Base(p), Outlet: a.Source, Title: a.Title, Language: "en",
			Text: strings.Join(paras, "\n\n"), Source: corpus.Source{Path: p},
		})
		var keys []string
		for k := range an.Article {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			ent, ok := strings.CutPrefix(k, "author_feeling_")
			if !ok || ent == "main_event" {
				continue
			}
			var c Class
			switch an.Article[k] {
			case "neg", "str-neg":
				c = Neg
			case "neu":
				c = Neu
			case "pos", "str-pos":
				c = Pos
			default:
				t.Fatalf("%s: %s = %q", ann, k, an.Article[k])
			}
			stances = append(stances, basilStance{doc: doc, entity: ent, label: c})
		}
	}
	return arts, stances
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// nameWords folds a name into its lower-case words without accents:
// "Kevil_McCarthy" -> kevil, mccarthy; "Calderón" -> calderon.
func nameWords(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}

// matchEntities returns the names of d's entities that the annotators'
// name stands for, trying in turn:
//
//  1. the whole name, through the alias table ("Internal_Revenue_Service"
//     is IRS) or as the initials of its words with a capital
//     ("National_Security_Agency_programs" is NSA), letters compared
//     without case, accents or hyphens ("Walmart" is Wal-Mart);
//  2. for a name of several words, its last word against an entity's last
//     word, by stem: a surname ("Kevil_McCarthy" is Kevin McCarthy);
//  3. each word of the name written with a capital (or its alias: "GOP"
//     is the Republican Party), by stem, against an entity's first or last
//     word ("Obama_administration" is Barack Obama, "Senate_Republicans"
//     the Senate and the Republican Party, "Democrats" Democratic).
//
// A name the article's entities do not hold matches none: the tool has no
// tone toward what it does not find ("police", "plaintiffs").
func matchEntities(d *nlp.Doc, annotated string) []string {
	aliases := nlp.DefaultAliases()
	st := nlp.Stemmer{}
	spaced := strings.ReplaceAll(annotated, "_", " ")
	want := nameWords(spaced)
	if len(want) == 0 {
		return nil
	}
	stems := func(words []string) []string {
		out := make([]string, len(words))
		for i, w := range words {
			out[i] = st.Stem(w)
		}
		return out
	}
	type entity struct {
		name  string
		flat  string   // letters and digits only
		stems []string // of its words
	}
	var ents []entity
	seen := map[string]bool{}
	for _, m := range d.Entities {
		if !seen[m.Name] {
			seen[m.Name] = true
			w := nameWords(m.Name)
			ents = append(ents, entity{m.Name, strings.Join(w, ""), stems(w)})
		}
	}
	pick := func(ok func(e entity) bool) []string {
		var out []string
		for _, e := range ents {
			if len(e.stems) > 0 && ok(e) {
				out = append(out, e.name)
			}
		}
		return out
	}
	canon, _ := aliases.Canonical(spaced)
	initials := ""
	for _, part := range strings.Fields(spaced) {
		if r := []rune(part); unicode.IsUpper(r[0]) {
			initials += string(unicode.ToLower(r[0]))
		}
	}
	whole := map[string]bool{strings.Join(want, ""): true, strings.Join(nameWords(canon), ""): true}
	if len(initials) >= 2 {
		whole[initials] = true
	}
	if out := pick(func(e entity) bool { return whole[e.flat] }); len(out) > 0 {
		return out
	}
	if len(want) > 1 {
		last := st.Stem(want[len(want)-1])
		if out := pick(func(e entity) bool { return e.stems[len(e.stems)-1] == last }); len(out) > 0 {
			return out
		}
	}
	capital := map[string]bool{}
	for _, part := range strings.Fields(spaced) {
		if r := []rune(part); !unicode.IsUpper(r[0]) {
			continue
		}
		c, _ := aliases.Canonical(part)
		for _, w := range append(nameWords(part), nameWords(c)...) {
			capital[st.Stem(w)] = true
		}
	}
	return pick(func(e entity) bool { return capital[e.stems[0]] || capital[e.stems[len(e.stems)-1]] })
}

// TestBasilStance compares the stance framediff gives each article toward
// each main entity (Stances: the mean of its mentions' and resolved
// references' scores, as entity_tone reports it, read by the
// model's thresholds, chosen on NewsMTSC's training part) with the
// annotators' author_feeling_* of basil-dev (305 pairs over 150 articles,
// 83% neutral). Beside it: always "neutral", and framediff before this
// package (the mean tone of the sentences naming the entity, ±0.05).
// An entity the article's mentions do not hold is neutral.
func TestBasilStance(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates 150 articles")
	}
	arts, stances := readBasil(t)
	docs, skipped, err := (&nlp.Annotator{}).Annotate(context.Background(), arts)
	if err != nil || len(skipped) > 0 {
		t.Fatalf("annotating: %v, %d skipped", err, len(skipped))
	}
	m := Default()
	type docStances struct {
		withRefs, names map[string]Stance
	}
	per := make([]docStances, len(docs))
	for i, d := range docs {
		per[i] = docStances{map[string]Stance{}, map[string]Stance{}}
		tones := m.Mentions(d)
		for _, s := range m.Stances(d, tones, m.References(d)) {
			per[i].withRefs[s.Entity] = s
		}
		for _, s := range m.Stances(d, tones, nil) {
			per[i].names[s.Entity] = s
		}
	}
	stance := func(byName map[string]Stance, names []string) Class {
		sum, n := 0.0, 0
		for _, name := range names {
			s := byName[name]
			k := s.Mentions + s.References
			sum += s.Score * float64(k)
			n += k
		}
		return m.StanceOf(sum / float64(n))
	}
	var gold, tool, mentionsOnly, today, neutral []Class
	unmatched := 0
	for _, st := range stances {
		d := docs[st.doc]
		gold = append(gold, st.label)
		neutral = append(neutral, Neu)
		names := matchEntities(d, st.entity)
		if len(names) == 0 {
			unmatched++
			tool = append(tool, Neu)
			mentionsOnly = append(mentionsOnly, Neu)
			today = append(today, Neu)
			continue
		}
		// The matched entities' mentions and references together.
		tool = append(tool, stance(per[st.doc].withRefs, names))
		mentionsOnly = append(mentionsOnly, stance(per[st.doc].names, names))
		tone, sents := 0.0, 0
		last := -1
		match := map[string]bool{}
		for _, name := range names {
			match[name] = true
		}
		for _, e := range d.Entities {
			if match[e.Name] && e.Sent != last {
				last = e.Sent
				tone += d.Sentences[e.Sent].Tone
				sents++
			}
		}
		today = append(today, vaderClass(tone/float64(sents)))
	}
	f1 := MacroF1(gold, tool)
	t.Logf("basil-dev stance: macro-F1 %.2f", f1)
	t.Logf("basil-dev stance: %d article-entity pairs, %d not found in the article (neutral)", len(gold), unmatched)
	t.Logf("basil-dev stance, entity mentions alone (no references): macro-F1 %.2f", MacroF1(gold, mentionsOnly))
	t.Logf("basil-dev stance, always neutral: macro-F1 %.2f", MacroF1(gold, neutral))
	t.Logf("basil-dev stance, framediff's sentence tone near the entity: macro-F1 %.2f", MacroF1(gold, today))
	cm := confusion(gold, tool)
	t.Logf("basil-dev stance: confusion (rows gold neg, neu, pos; columns framediff) %v", cm)
	for c := range nClasses {
		said, right, is := 0, cm[c][c], 0
		for k := range nClasses {
			said += cm[k][c]
			is += cm[c][k]
		}
		t.Logf("basil-dev stance %s: said %d times, right %d (precision %.2f), of %d (recall %.2f)", c, said, right, float64(right)/float64(max(said, 1)), is, float64(right)/float64(max(is, 1)))
	}
	// The floor is a little under the 0.39 measured when the model was
	// trained, and above both baselines.
	if f1 < 0.35 || f1 <= MacroF1(gold, neutral) || f1 <= MacroF1(gold, today) {
		t.Errorf("macro-F1 %.4f: want >= 0.35 and above always neutral (%.4f) and the sentence tone (%.4f)", f1, MacroF1(gold, neutral), MacroF1(gold, today))
	}
}

func confusion(gold, pred []Class) [nClasses][nClasses]int {
	var m [nClasses][nClasses]int
	for i := range gold {
		m[gold[i]][pred[i]]++
	}
	return m
}
