package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/report"
	"github.com/spf13/pflag"
)

// overviewEvents is the most events a text, Markdown or HTML report shows
// in full by default: past it the report is an overview, one row per
// event, and outlet pairs are compared only when asked for.
const overviewEvents = 50

// scaleFlags are compare's flags for large comparisons: which outlet pairs
// to compare, the store's cache, which events to report and how.
type scaleFlags struct {
	// pairs is --pairs: "" (every pair up to overviewEvents events, none
	// past it), "all", "none", or outlets separated by commas.
	pairs    string
	noCache  bool
	events   []string
	overview bool
	full     bool
}

func (sf *scaleFlags) register(f *pflag.FlagSet) {
	f.StringVar(&sf.pairs, "pairs", "", "compare outlets two by two in each event: all, none, or `OUTLETS` (comma-separated: the pairs with any of them); by default all pairs up to 50 events, none past")
	f.Lookup("pairs").NoOptDefVal = "all"
	f.BoolVar(&sf.noCache, "no-cache", false, "with --db, frame every event again instead of reading the framing earlier comparisons kept in the store, and keep none (the report is the same)")
	f.StringSliceVar(&sf.events, "event", nil, "report only the events `IDS` (e12, or e3,e10; repeatable), in full, with their articles")
	f.BoolVar(&sf.overview, "overview", false, "write an overview (one row per event and per outlet) whatever the number of events")
	f.BoolVar(&sf.full, "full", false, "write every event in full whatever their number (by default past 50 events the text, markdown and html reports are an overview)")
}

// validate checks the flags' values and combinations.
func (sf *scaleFlags) validate() error {
	if sf == nil {
		return nil
	}
	if sf.overview && sf.full {
		return usagef("--overview and --full: choose one")
	}
	if len(sf.events) > 0 && sf.overview {
		return usagef("--event and --overview: --event reports events in full")
	}
	for _, id := range sf.events {
		if strings.TrimSpace(id) == "" {
			return usagef("--event: empty ID")
		}
	}
	switch sf.pairs {
	case "", "all", "none":
	default:
		for _, o := range strings.Split(sf.pairs, ",") {
			if corpus.Slug(o) == "" {
				return usagef("--pairs %q: %q names no outlet (all, none, or outlets separated by commas)", sf.pairs, o)
			}
		}
	}
	return nil
}

// apply sets the comparison's options that the flags choose.
func (sf *scaleFlags) apply(c *compare.Options) {
	if sf == nil {
		return
	}
	switch sf.pairs {
	case "":
		c.MaxPairEvents = overviewEvents
	case "all":
	case "none":
		c.NoPairs = true
	default:
		c.PairOutlets = strings.Split(sf.pairs, ",")
	}
	c.EventIDs = sf.events
}

// writeReport writes a started comparison: JSON and CSV stream every
// event; text, Markdown and HTML give every event in full, or an overview
// past overviewEvents events (or with --overview), or with -o DIR/ an
// overview and a file per event.
func writeReport(e *env, o *options, res *compare.Result, render report.Renderer) error {
	w, closeOut, err := output(o.output, e.stdout)
	if err != nil {
		return err
	}
	switch {
	case o.format == "json" || o.format == "csv" || o.scale == nil:
		if o.format != "json" && o.format != "csv" {
			if err = texts(o, res); err == nil {
				err = res.Collect()
			}
		}
	case isDirOutput(o.output):
		if err = texts(o, res); err == nil {
			err = writeEventFiles(e, o, res, w.(*dirOutput).dir)
		}
		render = nil
	case o.scale.overview || !o.scale.full && len(o.scale.events) == 0 && res.EventCount() > overviewEvents:
		err = writeOverview(w, o, res, "Each event's full report: framediff compare with the same flags and --event ID, or -o DIR/ for a file per event.", nil)
		render = nil
	default:
		if err = texts(o, res); err == nil {
			err = res.Collect()
		}
	}
	if err == nil && render != nil {
		err = render(w, res, generator())
	}
	if err != nil {
		closeOut()
		if errors.Is(err, context.Canceled) {
			return err
		}
		var ue *compare.UnknownEventError
		if errors.As(err, &ue) {
			return err
		}
		return fmt.Errorf("writing report: %w", err)
	}
	return closeOut()
}

// texts gives the articles of a report of whole events in HTML, which
// shows them, their texts (compare.Result.LoadTexts).
func texts(o *options, res *compare.Result) error {
	if o.format != "html" {
		return nil
	}
	return res.LoadTexts()
}

// writeOverview walks the events, keeping one row of each, and writes the
// overview in --format.
func writeOverview(w io.Writer, o *options, res *compare.Result, detail string, link func(string) string) error {
	ov := report.NewOverview(res)
	if err := res.EachSummary(func(ev *compare.Event) error { ov.Add(ev); return nil }); err != nil {
		return err
	}
	switch o.format {
	case "markdown":
		return report.OverviewMarkdown(w, ov, detail, generator())
	case "html":
		return report.OverviewHTML(w, ov, detail, generator(), link)
	}
	return report.OverviewText(w, ov, detail, generator())
}

// extensions are the file name endings of the formats written per event.
var extensions = map[string]string{"text": ".txt", "markdown": ".md", "html": ".html"}

// writeEventFiles writes, into dir, each event's full report as
// events/ID.ext, each with its own articles only, and the overview as
// index.ext linking to them, walking the events once.
func writeEventFiles(e *env, o *options, res *compare.Result, dir string) error {
	ext := extensions[o.format]
	if err := os.MkdirAll(filepath.Join(dir, "events"), 0o755); err != nil {
		return err
	}
	render := o.renderer(e)
	if o.format == "text" {
		// A file has no terminal's width.
		render = textOptions(e, o.width, filepath.Join(dir, "index"+ext)).Text
	}
	byID := make(map[string]compare.Article, len(res.Articles))
	for _, a := range res.Articles {
		byID[a.ID] = a
	}
	ov := report.NewOverview(res)
	err := res.EachEvent(func(ev *compare.Event) error {
		ov.Add(ev)
		one := &compare.Result{
			Skipped: []corpus.Skipped{}, Events: []compare.Event{*ev},
			Outlets: res.Outlets, Params: res.Params, Overrides: res.Overrides,
		}
		for _, id := range ev.Articles {
			one.Articles = append(one.Articles, byID[id])
		}
		path := filepath.Join(dir, "events", ev.ID+ext)
		return writeReportFile(path, func(w io.Writer) error { return render(w, one, generator()) })
	})
	if err != nil {
		return err
	}
	link := func(id string) string { return "events/" + id + ext }
	detail := fmt.Sprintf("Each event's full report is in the events directory beside this file (events/ID%s).", ext)
	return writeReportFile(filepath.Join(dir, "index"+ext), func(w io.Writer) error {
		switch o.format {
		case "markdown":
			return report.OverviewMarkdown(w, ov, detail, generator())
		case "html":
			return report.OverviewHTML(w, ov, detail, generator(), link)
		}
		return report.OverviewText(w, ov, detail, generator())
	})
}

// writeReportFile creates path and writes it with write, reporting the close
// error too.
func writeReportFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}
