package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/align"
	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/report"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// formats maps --format values to renderers of a comparison.
var formats = map[string]report.Renderer{
	"text":     report.Text,
	"markdown": report.Markdown,
	"html":     report.HTML,
	"json":     report.JSON,
	"csv":      writeCSV,
}

// dirOutput is the destination -o DIR: --format csv writes one file per
// table into it, compare's text, markdown and html an overview and one file
// per event (writeEventFiles), and every other format refuses it (validate
// says so first).
type dirOutput struct{ dir string }

func (d *dirOutput) Write([]byte) (int, error) {
	return 0, fmt.Errorf("%s is a directory: this report is one file", d.dir)
}

// isDirOutput reports whether -o names a directory: one that exists, or a
// path ending in a slash.
func isDirOutput(path string) bool {
	if path == "" || path == "-" {
		return false
	}
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(filepath.Separator)) {
		return true
	}
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// writeCSV writes the terms table to a file or stdout, or with -o DIR every
// table to DIR/<table>.csv, walking the events once.
func writeCSV(w io.Writer, r *compare.Result, generator string) error {
	d, ok := w.(*dirOutput)
	if !ok {
		return report.CSV(w, r, generator)
	}
	var files []*os.File
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	err := report.CSVStream(r, nil, func(name string) (io.Writer, error) {
		f, err := os.Create(filepath.Join(d.dir, name+".csv"))
		if err != nil {
			return nil, err
		}
		files = append(files, f)
		return f, nil
	})
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := f.Close(); err != nil {
			return err
		}
	}
	files = nil
	return nil
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
	// width is --width, the text report's width: 0 for the terminal's
	// (or DefaultWidth).
	width int
	// textFormats are the --format values the command takes.
	textFormats []string
	// The framing files: paths from the flags, contents once validate
	// has read them.
	stopwordsFile, backgroundFile, lexiconFile string
	stopwords                                  nlp.Stopwords
	background                                 *frame.Background
	lexicon                                    *frame.Lexicon
	// The alignment files, likewise.
	aliasesFile, overridesFile string
	aliases                    *nlp.Aliases
	overrides                  []compare.Override
	// The outlet table, likewise.
	outletsFile string
	outlets     *corpus.Outlets
	// scale holds compare's flags for large comparisons; nil for the
	// commands that have none.
	scale *scaleFlags
}

// register adds the flags of compare and demo: alignment and framing.
func (o *options) register(cmd *cobra.Command) { o.registerFlags(cmd, true) }

// registerAlignment adds the flags of events, which aligns and frames
// nothing: --top, --background and --lexicon would do nothing there, so
// they are not offered, and it writes text or JSON only.
func (o *options) registerAlignment(cmd *cobra.Command) { o.registerFlags(cmd, false) }

func (o *options) registerFlags(cmd *cobra.Command, framing bool) {
	d := compare.DefaultOptions()
	f := cmd.Flags()
	o.textFormats = []string{"text", "json"}
	output := "write the report to `FILE` instead of standard output"
	if framing {
		o.textFormats = formatNames()
		output += " (with --format csv, a directory gets one file per table)"
	}
	f.StringVar(&o.format, "format", "text", "output format: "+strings.Join(o.textFormats, "|"))
	f.StringVarP(&o.output, "output", "o", "", output)
	registerWidth(f, &o.width)
	f.DurationVar(&o.window, "window", d.Window, "largest gap between two articles of one event")
	f.IntVar(&o.minOutlets, "min-outlets", d.MinOutlets, "fewest outlets an event needs to be reported")
	f.Float64Var(&o.minSimilarity, "min-similarity", d.MinSimilarity, "lowest similarity that groups articles into one event, 0..1 (lower: coarser events)")
	o.top = d.Top
	if framing {
		f.IntVar(&o.top, "top", d.Top, "distinctive terms shown per outlet")
	}
	f.IntVar(&o.workers, "workers", 0, "articles annotated at once (0: one per CPU)")
	f.StringVar(&o.stopwordsFile, "stopwords", "", "replace the built-in stop words with `FILE`: one word per line, # comments")
	if framing {
		f.StringVar(&o.backgroundFile, "background", "", "draw the log-odds prior from `FILE`: term<TAB>count lines, instead of the loaded articles")
		f.StringVar(&o.lexiconFile, "lexicon", "", "replace the built-in framing lexicon with `FILE`: [category] lines, then one word or phrase per line")
	}
	f.StringVar(&o.aliasesFile, "aliases", "", "add entity aliases from `FILE`: per line a canonical name, then its other spellings, tab-separated")
	f.StringVar(&o.overridesFile, "overrides", "", "correct the alignment from `FILE`: lines `same A B` or `apart A B`, A and B article IDs, URLs or paths")
	registerOutlets(f, &o.outletsFile)
}

// registerOutlets adds --outlets to a command's flags.
func registerOutlets(f *pflag.FlagSet, file *string) {
	f.StringVar(file, "outlets", "", "rename and merge outlets from `FILE`: per line a canonical name, then its other names and web domains, tab-separated")
}

// readOutlets reads an --outlets file before any work, so that a bad line
// is reported with its file and line number.
func readOutlets(file string) (*corpus.Outlets, error) {
	if file == "" {
		return nil, nil
	}
	var t *corpus.Outlets
	err := readFile(file, func(r io.Reader) (e error) { t, e = corpus.ReadOutlets(file, r); return e })
	if err != nil {
		return nil, usagef("--outlets: %v", err)
	}
	return t, nil
}

// validate checks every flag before any work is done.
func (o *options) validate() error {
	if !slices.Contains(o.textFormats, o.format) {
		return usagef("--format %q: must be one of %s", o.format, strings.Join(o.textFormats, "|"))
	}
	if err := checkWidth(o.width, o.format); err != nil {
		return err
	}
	if isDirOutput(o.output) && o.format != "csv" && (o.scale == nil || o.format == "json") {
		what := "only --format csv writes one file per table into a directory"
		if o.scale != nil {
			what = "--format csv writes one file per table into a directory, and text, markdown and html an overview and one file per event; json is one stream"
		}
		return usagef("--output %s is a directory: %s", o.output, what)
	}
	if err := o.scale.validate(); err != nil {
		return err
	}
	c := o.compareOptions()
	if err := c.Validate(); err != nil {
		return usagef("--%s", err)
	}
	if o.workers < 0 {
		return usagef("--workers must be 0 or more, got %d", o.workers)
	}
	if err := o.readFramingFiles(); err != nil {
		return err
	}
	return o.readAlignmentFiles()
}

// readAlignmentFiles reads --aliases and --overrides before any work, so
// that a bad line is reported with its file and line number.
func (o *options) readAlignmentFiles() error {
	if o.aliasesFile != "" {
		var user *nlp.Aliases
		err := readFile(o.aliasesFile, func(r io.Reader) (e error) { user, e = nlp.ReadAliases(o.aliasesFile, r); return e })
		if err != nil {
			return usagef("--aliases: %v", err)
		}
		o.aliases = nlp.DefaultAliases().Merge(user)
	}
	if o.overridesFile != "" {
		err := readFile(o.overridesFile, func(r io.Reader) (e error) { o.overrides, e = align.ReadOverrides(o.overridesFile, r); return e })
		if err != nil {
			return usagef("--overrides: %v", err)
		}
	}
	var err error
	o.outlets, err = readOutlets(o.outletsFile)
	return err
}

// readFramingFiles reads --stopwords, --background and --lexicon, so that
// a missing or malformed file is reported, with its line, before any work.
func (o *options) readFramingFiles() error {
	var err error
	if o.stopwordsFile != "" {
		err = readFile(o.stopwordsFile, func(r io.Reader) (e error) { o.stopwords, e = nlp.ReadStopwords(o.stopwordsFile, r); return e })
		if err != nil {
			return usagef("--stopwords: %v", err)
		}
	}
	if o.backgroundFile != "" {
		err = readFile(o.backgroundFile, func(r io.Reader) (e error) { o.background, e = frame.ReadBackground(o.backgroundFile, r); return e })
		if err != nil {
			return usagef("--background: %v", err)
		}
	}
	if o.lexiconFile != "" {
		err = readFile(o.lexiconFile, func(r io.Reader) (e error) { o.lexicon, e = frame.ReadLexicon(o.lexiconFile, r); return e })
		if err != nil {
			return usagef("--lexicon: %v", err)
		}
	}
	return nil
}

func readFile(path string, read func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return read(f)
}

func (o *options) compareOptions() compare.Options {
	c := compare.DefaultOptions()
	c.Window = o.window
	c.MinOutlets = o.minOutlets
	c.MinSimilarity = o.minSimilarity
	c.Top = o.top
	c.AlignOnly = o.alignOnly
	c.Stopwords, c.StopwordsName = o.stopwords, o.stopwordsFile
	c.Background, c.Lexicon = o.background, o.lexicon
	c.Aliases, c.Overrides = o.aliases, o.overrides
	o.scale.apply(&c)
	return c
}

// formatNames are the formats of compare and demo, in the order help
// lists them.
func formatNames() []string {
	return []string{"text", "markdown", "html", "json", "csv"}
}

// renderer is the report writer --format chooses, the text report laid
// out for where it goes.
func (o *options) renderer(e *env) report.Renderer {
	if o.format == "text" {
		return textOptions(e, o.width, o.output).Text
	}
	return formats[o.format]
}

// output opens the report's destination: -o FILE, or stdout. The returned
// function closes it and reports the close error, which for a file is where
// a full disk shows.
func output(path string, stdout io.Writer) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return stdout, func() error { return nil }, nil
	}
	if isDirOutput(path) {
		if err := os.MkdirAll(path, 0o755); err != nil {
			return nil, nil, fmt.Errorf("writing report: %w", err)
		}
		return &dirOutput{dir: filepath.Clean(path)}, func() error { return nil }, nil
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
		return usagef("no input: give files, directories, URLs or - for standard input")
	}
	for _, a := range args {
		if strings.TrimSpace(a) == "" {
			return usagef("empty path argument")
		}
	}
	return nil
}
