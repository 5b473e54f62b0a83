// Command trainloaded trains the loaded-language model of
// corpus/nlp/loaded and writes its weights file.
//
//	go run ./scripts/trainloaded [-basil DIR] [-years 2010,2011,2012] [-out FILE]
//
// It reads BASIL's annotated articles of the years given from DIR
// (../shared/data/basil-dev/raw beside the module by default; BASIL is a
// research release without a licence, used here for training and
// evaluation only), annotates them as framediff does, marks each word
// inside a lexical-bias span as loaded, and fits the model (the algorithm
// is described atop corpus/nlp/loaded/train.go), each year one fold of
// the cross-validation. The weights file it writes
// (corpus/nlp/loaded/weights.json by default) is the same, byte for
// byte, on every run with the same data and code. It takes about half a
// minute on two cores, most of it annotation.
//
// The years 2013 and 2014 are held out: the test of corpus/nlp/loaded
// measures the model on them.
package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/framediff/framediff/corpus/nlp/loaded"
	"github.com/framediff/framediff/scripts/internal/basiltrain"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "trainloaded:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stderr io.Writer) error {
	o, err := basiltrain.Parse("trainloaded", "corpus/nlp/loaded/weights.json", args)
	if err != nil {
		return err
	}
	arts, docs, err := basiltrain.Load(ctx, o)
	if err != nil {
		return err
	}
	w, err := loaded.TrainBASIL(arts, docs, loaded.DefaultTrainOptions())
	if err != nil {
		return err
	}
	data, err := w.Encode()
	if err != nil {
		return err
	}
	if err := os.WriteFile(o.Out, data, 0o644); err != nil {
		return err
	}
	t := w.Training
	fmt.Fprintf(stderr, "trainloaded: %s: %d words, %d loaded; lambda %g; cross-validated AP %.3f, P %.2f R %.2f F1 %.2f at threshold %.4f; fit P %.2f R %.2f F1 %.2f\n",
		t.Data, t.Examples, t.Positives, t.Lambda, t.CVAP, t.CV.P, t.CV.R, t.CV.F1, w.Threshold, t.Fit.P, t.Fit.R, t.Fit.F1)
	for _, f := range w.Features {
		fmt.Fprintf(stderr, "  %-14s %+.3f\n", f.Name, f.Weight)
	}
	fmt.Fprintf(stderr, "  %-14s %+.3f\n", "(intercept)", w.Intercept)
	return nil
}
