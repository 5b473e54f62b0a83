package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/report"
	"github.com/spf13/cobra"
)

// formats maps --format values to renderers of a comparison.
var formats = map[string]func(io.Writer, *compare.Result) error{
	"text": report.Text,
	"json": func(w io.Writer, r *compare.Result) error { return report.JSON(w, r, generator()) },
}

// options are the flags shared by compare, events and demo.
type options struct {
	format        string
	output        string
	window        time.Duration
	minOutlets    int
	minSimilarity float64
	top           int
	workers       int
	alignOnly     bool
}

func (o *options) register(cmd *cobra.Command) {
	d := compare.DefaultOptions
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "text", "output format: "+formatList())
	f.StringVarP(&o.output, "output", "o", "", "write the report to `FILE` instead of standard output")
	f.DurationVar(&o.window, "window", d.Window, "largest gap between two articles of one event")
	f.IntVar(&o.minOutlets, "min-outlets", d.MinOutlets, "fewest outlets an event needs to be reported")
	f.Float64Var(&o.minSimilarity, "min-similarity", d.MinSimilarity, "lowest similarity that groups articles into one event, 0..1 (lower: coarser events)")
	f.IntVar(&o.top, "top", d.Top, "distinctive terms shown per outlet")
	f.IntVar(&o.workers, "workers", 0, "articles annotated at once (0: one per CPU)")
}

// validate checks every flag before any work is done.
func (o *options) validate() error {
	if _, ok := formats[o.format]; !ok {
		return usagef("--format %q: must be one of %s", o.format, formatList())
	}
	c := o.compareOptions()
	if err := c.Validate(); err != nil {
		return usagef("--%s", err)
	}
	if o.workers < 0 {
		return usagef("--workers must be 0 or more, got %d", o.workers)
	}
	return nil
}

func (o *options) compareOptions() compare.Options {
	c := compare.DefaultOptions
	c.Window = o.window
	c.MinOutlets = o.minOutlets
	c.MinSimilarity = o.minSimilarity
	c.Top = o.top
	c.AlignOnly = o.alignOnly
	return c
}

func formatList() string {
	return "text|json"
}

// output opens the report's destination: -o FILE, or stdout. The returned
// function closes it and reports the close error, which for a file is where
// a full disk shows.
func output(path string, stdout io.Writer) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return stdout, func() error { return nil }, nil
	}
	if dir := filepath.Dir(path); dir != "." {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			return nil, nil, fmt.Errorf("writing %s: no such directory %s", path, dir)
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, fmt.Errorf("writing report: %w", err)
	}
	return f, f.Close, nil
}

func requirePaths(args []string) error {
	if len(args) == 0 {
		return usagef("no input: give files, directories or - for standard input")
	}
	for _, a := range args {
		if strings.TrimSpace(a) == "" {
			return usagef("empty path argument")
		}
	}
	return nil
}
