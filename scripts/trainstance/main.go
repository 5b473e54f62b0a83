// Command trainstance trains the article stance model of
// corpus/nlp/target (the author's attitude toward each main entity of an
// article) and writes its model file:
//
//	go run ./scripts/trainstance [-basil DIR] [-years 2010,2011,2012] [-out FILE]
//
// It reads BASIL's annotated articles (../shared/data/basil-dev/raw
// beside the module by default; BASIL is a research release without a
// licence, used here for training and evaluation only), annotates them as
// framediff does, scores every mention with the per-mention model, reads
// each article's author_feeling_* annotations of the years given, and
// fits the model (the algorithm is described atop
// corpus/nlp/target/stancetrain.go), each year one fold of the
// cross-validation. The file it writes (corpus/nlp/target/stance.json by
// default) is the same, byte for byte, on every run with the same data
// and code.
//
// The years 2013 and 2014 are held out: the test of corpus/nlp/target
// measures the model on them.
package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/framediff/framediff/corpus/nlp/target"
	"github.com/framediff/framediff/scripts/internal/basiltrain"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "trainstance:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stderr io.Writer) error {
	o, err := basiltrain.Parse("trainstance", "corpus/nlp/target/stance.json", args)
	if err != nil {
		return err
	}
	arts, docs, err := basiltrain.Load(ctx, o)
	if err != nil {
		return err
	}
	pairs, err := target.StancePairs(arts, docs, target.Default())
	if err != nil {
		return err
	}
	m, _, err := target.TrainStanceBASIL(pairs, o.Years, target.DefaultStanceTrainOptions())
	if err != nil {
		return err
	}
	data, err := m.Encode()
	if err != nil {
		return err
	}
	if err := os.WriteFile(o.Out, data, 0o644); err != nil {
		return err
	}
	t := m.Training
	fmt.Fprintf(stderr, "trainstance: %s; lambda %g, balance %g; cross-validated macro-F1 %.4f (the mean read by the NewsMTSC thresholds: %.4f)\n",
		t.Data, m.Lambda, m.Balance, t.CVMacroF1, t.BaselineMacroF1)
	return nil
}
