package target

import (
	"context"
	"math"
	"os"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// newsmtscPath is NewsMTSC's training split. It lives outside the module,
// in ../shared from the module root, and is absent from a user's clone.
const newsmtscPath = "../../../../shared/data/newsmtsc/train.jsonl"

func readNewsMTSC(t *testing.T) []Sentence {
	t.Helper()
	f, err := os.Open(newsmtscPath)
	if os.IsNotExist(err) {
		t.Skip("newsmtsc absent: " + newsmtscPath + " lives in ../shared beside the module, not in a clone")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ss, err := ReadNewsMTSC(f)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// TestNewsMTSC measures tone toward a target on the held-out fifth of
// NewsMTSC (HeldOut: no sentence of it was trained on) as framediff
// reports it: the target is one of the entity mentions the annotator
// finds, or one of the pronouns package refer finds (resolved to an entity
// or not: a lone "She" in a one-sentence document is still a reference
// the tool scores), overlapping the annotated span, scored by the embedded
// model; a target it does not find ("the senator", a name the tagger
// misses) gets no tone, which counts as neutral. Beside it, on the same
// targets:
//
//   - the same with entity mentions alone, as framediff reported before
//     references;
//   - the classifier at every annotated span, found or not: what the model
//     itself is worth;
//   - VADER on the whole sentence, nothing masked, ±0.05 (the paper's
//     baseline, about 0.52);
//   - framediff before this package: the tone of the sentence with names
//     masked for a target it finds, neutral otherwise.
func TestNewsMTSC(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates 1,500 sentences")
	}
	var held []Sentence
	for _, s := range readNewsMTSC(t) {
		if HeldOut(s) {
			held = append(held, s)
		}
	}
	docs, err := Annotate(context.Background(), &nlp.Annotator{}, held)
	if err != nil {
		t.Fatal(err)
	}
	m := Default()
	var gold, tool, names, span, vader, today []Class
	// The targets harm is done to (harm.go), at their annotated span.
	var harmed []int
	found, byName := 0, 0
	// further_mentions that are pronouns of a target found by name: how
	// many refer resolves to the target's entity, to another, to none.
	var further, same, other, none int
	for i, s := range held {
		d := docs[i]
		r := m.NewReader(d)
		refs := m.References(d)
		for _, tg := range s.Targets {
			if x := r.Sample(tg.Span); x.r != nil && len(x.r.harmed) > 0 {
				harmed = append(harmed, len(gold))
			}
			gold = append(gold, tg.Label)
			span = append(span, r.Tone(tg.Span).Label)
			vader = append(vader, vaderClass(nlp.Sentiment(s.Text, nil).Compound))
			mention, ok := mentionAt(d, tg.Span)
			if ok {
				name := nameAt(d, mention)
				for _, f := range tg.Further {
					ref, isRef := referenceAt(refs, f)
					if !isRef {
						continue
					}
					further++
					switch ref.Entity {
					case name:
						same++
					case "":
						none++
					default:
						other++
					}
				}
				byName++
				found++
				tool = append(tool, r.Tone(mention).Label)
				names = append(names, r.Tone(mention).Label)
				today = append(today, vaderClass(d.Sentences[d.SentenceAt(mention.Start)].Tone))
				continue
			}
			names = append(names, Neu)
			today = append(today, Neu)
			if ref, ok := referenceAt(refs, tg.Span); ok {
				found++
				tool = append(tool, ref.Tone.Label)
				continue
			}
			tool = append(tool, Neu)
		}
	}
	f1 := MacroF1(gold, tool)
	pct := func(n int) float64 { return 100 * float64(n) / float64(len(gold)) }
	t.Logf("newsmtsc: macro-F1 %.2f", f1)
	t.Logf("newsmtsc: %d held-out targets in %d sentences, %d found as entity mentions or references (%.0f%%); the others count as neutral", len(gold), len(held), found, pct(found))
	t.Logf("newsmtsc, entity mentions alone (%d found, %.0f%%): macro-F1 %.2f", byName, pct(byName), MacroF1(gold, names))
	t.Logf("newsmtsc further_mentions (the authors' automatic coreference, not gold): %d pronouns of targets found by name; refer resolves %d to the target's entity (%.0f%%), %d to another, %d to none",
		further, same, 100*float64(same)/float64(max(further, 1)), other, none)
	right := 0
	for i := range gold {
		if span[i] == gold[i] {
			right++
		}
	}
	t.Logf("newsmtsc, the classifier at every annotated span: macro-F1 %.2f, accuracy %.2f", MacroF1(gold, span), float64(right)/float64(len(gold)))
	t.Logf("newsmtsc, VADER on the sentence: macro-F1 %.2f", MacroF1(gold, vader))
	var harmGold, harmTool []Class
	harmNeg := 0
	for _, k := range harmed {
		harmGold, harmTool = append(harmGold, gold[k]), append(harmTool, tool[k])
		if tool[k] == Neg {
			harmNeg++
		}
	}
	t.Logf("newsmtsc, the %d targets harm is done to (harm.go): macro-F1 %.2f, negative said %d times, gold %v (neg, neu, pos)", len(harmed), MacroF1(harmGold, harmTool), harmNeg, classCounts(harmGold))
	t.Logf("newsmtsc, framediff's sentence tone for the targets it finds: macro-F1 %.2f", MacroF1(gold, today))
	if math.Abs(f1-HeldOutMacroF1) > 0.005 || math.Abs(MacroF1(gold, today)-SentenceMacroF1) > 0.005 {
		t.Errorf("macro-F1 %.4f as framediff reports it and %.4f for the sentence's tone: HeldOutMacroF1 and SentenceMacroF1 say %.2f and %.2f, which reports quote to their readers: update them", f1, MacroF1(gold, today), HeldOutMacroF1, SentenceMacroF1)
	}
	// Floors a little under the figures measured when references were
	// added (0.62 and 0.65), and above both baselines and the mentions
	// alone.
	if f1 < 0.60 || f1 <= MacroF1(gold, today) || f1 <= MacroF1(gold, names) {
		t.Errorf("macro-F1 %.4f as framediff reports it: want >= 0.60 and above the sentence tone's %.4f and the mentions alone's %.4f", f1, MacroF1(gold, today), MacroF1(gold, names))
	}
	if f := MacroF1(gold, span); f < 0.60 || f <= MacroF1(gold, vader) {
		t.Errorf("macro-F1 %.4f at every span: want >= 0.60 and above VADER's %.4f", f, MacroF1(gold, vader))
	}
}

// nameAt returns the normalised name of the entity mention at span.
func nameAt(d *nlp.Doc, span corpus.Span) string {
	for _, m := range d.Entities {
		if m.Start == span.Start && m.End == span.End {
			return m.Name
		}
	}
	return ""
}

// referenceAt returns the first reference of refs that overlaps span.
func referenceAt(refs []Reference, span corpus.Span) (Reference, bool) {
	for _, r := range refs {
		if r.Start < span.End && span.Start < r.End {
			return r, true
		}
	}
	return Reference{}, false
}

// mentionAt returns the first entity mention of d that overlaps span.
func mentionAt(d *nlp.Doc, span corpus.Span) (corpus.Span, bool) {
	for _, m := range d.Entities {
		if m.Start < span.End && span.Start < m.End {
			return corpus.Span{Start: m.Start, End: m.End}, true
		}
	}
	return corpus.Span{}, false
}

// vaderClass reads a compound score by VADER's own convention.
func vaderClass(x float64) Class {
	switch {
	case x >= 0.05:
		return Pos
	case x <= -0.05:
		return Neg
	}
	return Neu
}

// classCounts returns how many of cs are neg, neu and pos.
func classCounts(cs []Class) [nClasses]int {
	var n [nClasses]int
	for _, c := range cs {
		n[c]++
	}
	return n
}
