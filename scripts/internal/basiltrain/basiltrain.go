// Package basiltrain is what the commands that train on BASIL's
// annotations (scripts/trainloaded, scripts/trainstance) share: their
// flags, and the training articles read and annotated as framediff
// annotates. BASIL (Fan et al., EMNLP 2019) is a research release without
// a licence, read from ../shared beside the module for training and
// evaluation only.
package basiltrain

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded/basil"
)

// Options are the flags of a training command.
type Options struct {
	Dir   string // BASIL's articles/ and annotations/
	Years []int  // the years to train on
	Out   string // the file to write
}

// Parse reads the flags -basil, -years and -out of the command name,
// whose -out defaults to out. The years default to 2010-2012: 2013 and
// 2014 are held out for the tests.
func Parse(name, out string, args []string) (Options, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	dir := fs.String("basil", "../shared/data/basil-dev/raw", "BASIL's articles/ and annotations/")
	yearList := fs.String("years", "2010,2011,2012", "the years to train on, comma-separated")
	file := fs.String("out", out, "the file to write")
	if err := fs.Parse(args); err != nil {
		return Options{}, err
	}
	years, err := ParseYears(*yearList)
	if err != nil {
		return Options{}, fmt.Errorf("-years: %w", err)
	}
	return Options{Dir: *dir, Years: years, Out: *file}, nil
}

// ParseYears reads a comma-separated list of years ("2010,2011,2012").
func ParseYears(list string) ([]int, error) {
	var years []int
	for _, s := range strings.Split(list, ",") {
		y, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("%q is not a year", s)
		}
		years = append(years, y)
	}
	return years, nil
}

// Load reads the articles of the options' years and annotates them;
// docs[i] is arts[i] annotated.
func Load(ctx context.Context, o Options) (arts []basil.Article, docs []*nlp.Doc, err error) {
	arts, err = basil.Read(os.DirFS(o.Dir), o.Years...)
	if err != nil {
		return nil, nil, err
	}
	docs, err = basil.Annotate(ctx, arts)
	if err != nil {
		return nil, nil, err
	}
	return arts, docs, nil
}
