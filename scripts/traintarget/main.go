// Command traintarget trains the classifier of tone toward an actor
// (corpus/nlp/target) on the training part of NewsMTSC and writes its
// model.json and lexicon.tsv:
//
//	go run ./scripts/traintarget [-data FILE] [-out DIR]
//
// from the module root; the data default to ../shared/data/newsmtsc/
// train.jsonl beside the module (NewsMTSC, Hamborg & Donnay 2021, MIT
// licence). It takes about a minute on two cores, most of it annotating
// the sentences, and writes the same files for the same data.
//
// Steps:
//
//  1. Read the sentences, keep the four fifths not held out
//     (target.HeldOut; the test of the package measures on the rest) and
//     annotate each as an article.
//  2. Read every target at its annotated span (target.Reader.Sample).
//  3. Cross-fitting: the news lexicon is learned from the training
//     sentences themselves, so each sentence's features use the lexicon
//     of the other folds (target.Fold); the weights then learn how much
//     an unseen sentence's lexicon words are worth, not how well the
//     lexicon remembers its own sentences.
//  4. Multinomial logistic regression with L2 penalty lambda, by L-BFGS
//     from zero weights.
//  5. Cross-validation over the same folds (each fold scored by a model
//     trained on the others, with lexicons that never saw it) gives the
//     figure written into model.json, and the out-of-fold scores from
//     which the stance thresholds are chosen: the pair of thresholds on
//     P(pos) − P(neg) that maximises macro-F1 over the training targets.
//  6. The lexicon of all training sentences is written to lexicon.tsv.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/target"
)

// lambda is the L2 penalty: cross-validated macro-F1 was flat (within
// 0.003) from 0.0001 to 0.01 and fell at 0.03.
const lambda = 0.001

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "traintarget:", err)
		os.Exit(1)
	}
}

type example struct {
	s     target.Sample
	label target.Class
	fold  int
}

func run(args []string) error {
	fs := flag.NewFlagSet("traintarget", flag.ContinueOnError)
	data := fs.String("data", filepath.Join("..", "shared", "data", "newsmtsc", "train.jsonl"), "NewsMTSC's train.jsonl")
	out := fs.String("out", filepath.Join("corpus", "nlp", "target"), "directory to write model.json and lexicon.tsv to")
	if err := fs.Parse(args); err != nil {
		return err
	}
	start := time.Now()
	f, err := os.Open(*data)
	if err != nil {
		return err
	}
	all, err := target.ReadNewsMTSC(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", *data, err)
	}
	var train []target.Sentence
	for _, s := range all {
		if !target.HeldOut(s) {
			train = append(train, s)
		}
	}
	docs, err := target.Annotate(context.Background(), &nlp.Annotator{}, train)
	if err != nil {
		return err
	}
	reader := &target.Model{}
	var exs []example
	for i, s := range train {
		r := reader.NewReader(docs[i])
		for _, t := range s.Targets {
			exs = append(exs, example{s: r.Sample(t.Span), label: t.Label, fold: target.Fold(s)})
		}
	}
	fmt.Fprintf(os.Stderr, "traintarget: %d sentences, %d targets annotated in %s\n", len(train), len(exs), time.Since(start).Round(time.Second))

	// Cross-validation: out-of-fold scores and labels.
	gold := make([]target.Class, 0, len(exs))
	pred := make([]target.Class, 0, len(exs))
	scores := make([]float64, 0, len(exs))
	for k := range target.Folds {
		w, err := target.Fit(crossFitted(exs, k), lambda)
		if err != nil {
			return err
		}
		m := &target.Model{Weights: w}
		lex := lexicon(exs, k, -1)
		for _, e := range exs {
			if e.fold != k {
				continue
			}
			p := m.Probs(e.s.Features(lex))
			gold = append(gold, e.label)
			pred = append(pred, argmax(p))
			scores = append(scores, p[target.Pos]-p[target.Neg])
		}
	}
	cv := target.MacroF1(gold, pred)
	tNeg, tPos, stanceF1 := thresholds(gold, scores)
	fmt.Fprintf(os.Stderr, "traintarget: cross-validated macro-F1 %.4f; thresholds %.2f and %.2f on P(pos)-P(neg) give %.4f\n", cv, tNeg, tPos, stanceF1)

	w, err := target.Fit(crossFitted(exs, -1), lambda)
	if err != nil {
		return err
	}
	m := &target.Model{
		Version:  target.ModelVersion,
		Source:   "NewsMTSC train.jsonl (Hamborg & Donnay 2021, MIT licence), the sentences target.HeldOut leaves in; written by go run ./scripts/traintarget",
		Features: target.FeatureNames(),
		Weights:  w,
		Lambda:   lambda,
	}
	for c := range target.Class(3) {
		m.Classes = append(m.Classes, c.String())
	}
	m.Training.Sentences, m.Training.Targets, m.Training.Folds, m.Training.MacroF1 = len(train), len(exs), target.Folds, round(cv, 4)
	m.Stance.Neg, m.Stance.Pos = tNeg, tPos
	var js bytes.Buffer
	enc := json.NewEncoder(&js)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(m); err != nil {
		return err
	}
	var lex bytes.Buffer
	full := lexicon(exs, -1, -1)
	if _, err := full.WriteTo(&lex); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, "model.json"), js.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, "lexicon.tsv"), lex.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "traintarget: wrote %s and %s (%d words) in %s\n", filepath.Join(*out, "model.json"), filepath.Join(*out, "lexicon.tsv"), len(full), time.Since(start).Round(time.Second))
	return nil
}

// lexicon learns the news lexicon from the examples outside folds a and b
// (-1 for none).
func lexicon(exs []example, a, b int) target.Lexicon {
	var lc target.LexiconCounts
	for _, e := range exs {
		if e.fold != a && e.fold != b {
			lc.Add(e.s, e.label)
		}
	}
	return lc.Lexicon()
}

// crossFitted returns the features of the examples outside fold skip (-1:
// all), each with the lexicon of the folds other than its own and skip.
func crossFitted(exs []example, skip int) []target.Row {
	lex := map[int]target.Lexicon{}
	for k := range target.Folds {
		if k != skip {
			lex[k] = lexicon(exs, k, skip)
		}
	}
	var out []target.Row
	for _, e := range exs {
		if e.fold != skip {
			out = append(out, target.Row{X: e.s.Features(lex[e.fold]), Label: e.label})
		}
	}
	return out
}

func argmax(p [3]float64) target.Class {
	best := target.Neu
	for c, v := range p {
		if v > p[best] {
			best = target.Class(c)
		}
	}
	return best
}

// thresholds returns the pair (neg <= 0 <= pos, steps of 0.01) that
// maximises macro-F1 of the scores read as neg at or below neg, pos at or
// above pos; ties go to the pair nearest 0.
func thresholds(gold []target.Class, scores []float64) (neg, pos, best float64) {
	pred := make([]target.Class, len(scores))
	best = -1
	for i := 0; i <= 100; i++ {
		for j := 0; j <= 100; j++ {
			tn, tp := -float64(i)/100, float64(j)/100
			for k, s := range scores {
				switch {
				case s <= tn:
					pred[k] = target.Neg
				case s >= tp:
					pred[k] = target.Pos
				default:
					pred[k] = target.Neu
				}
			}
			if f := target.MacroF1(gold, pred); f > best+1e-12 {
				neg, pos, best = tn, tp, f
			}
		}
	}
	return neg, pos, best
}

func round(x float64, places int) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', places, 64), 64)
	return v
}
