package main

import (
	"context"
	"fmt"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/profile"
	"github.com/framediff/framediff/report"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// profileFormats maps --format values to renderers of a profile.
var profileFormats = map[string]report.ProfileRenderer{
	"text": report.ProfileText,
	"html": report.ProfileHTML,
	"json": report.ProfileJSON,
	"csv":  report.ProfileCSV,
}

// profileFlags are the flags of the profile view: on profile, and on
// compare behind --profile.
type profileFlags struct {
	opts profile.Options
	// on is compare's --profile; profile itself is always on.
	on bool
}

// register adds --terms, --actors and --min-events; viaCompare also adds
// --profile, and says in each flag's help that it needs it.
func (pf *profileFlags) register(f *pflag.FlagSet, viaCompare bool) {
	pf.opts = profile.DefaultOptions()
	needs := ""
	if viaCompare {
		f.BoolVar(&pf.on, "profile", false, "instead of the report of each event, each outlet's framing across the events it shares (as framediff profile)")
		needs = " (with --profile)"
	}
	f.StringSliceVar(&pf.opts.Terms, "terms", nil, "follow `TERMS` week by week (comma-separated or repeated; one to three words each) and pool them for every outlet"+needs)
	f.StringSliceVar(&pf.opts.Actors, "actors", nil, "follow the tone toward `ACTORS` week by week (comma-separated or repeated; a full name, an alias, or one actor's last name)"+needs)
	f.IntVar(&pf.opts.MinEvents, "min-events", profile.DefaultMinEvents, "fewest events a strong finding rests on (at least 2)"+needs)
}

// check validates the profile's flags and returns its renderer, before
// any work.
func (pf *profileFlags) check(f *pflag.FlagSet, o *options) (report.ProfileRenderer, error) {
	if !pf.on {
		for _, name := range []string{"terms", "actors", "min-events"} {
			if f.Changed(name) {
				return nil, usagef("--%s needs --profile", name)
			}
		}
		return nil, nil
	}
	render := profileFormats[o.format]
	if render == nil {
		return nil, usagef("--format %q: the profile is written as text, html, json or csv", o.format)
	}
	if isDirOutput(o.output) {
		return nil, usagef("--output %s is a directory: the profile is one file", o.output)
	}
	if err := pf.opts.Validate(); err != nil {
		return nil, usagef("--%s", err)
	}
	return render, nil
}

func profileCommand(e *env) *cobra.Command {
	o := &options{}
	sf := &storeFlags{}
	ff := &fetchFlags{}
	pf := &profileFlags{}
	cmd := &cobra.Command{
		Use:   "profile [flags] PATH... | --db FILE",
		Short: "Each outlet's framing across the events it shares",
		Long: `profile compares the articles as compare does, then shows each outlet's
framing across the events it shares with other outlets: its framing terms,
its loaded words and its tone toward the main actors, each pooled over
those events and stratified by event (the outlet against the others in the
same event, so that what it covers is not taken for how it covers it),
with a 95% interval, the number of events it rests on, and a star when it
is strong. --terms and --actors follow chosen terms and actors week by
week: a heat map in --format html, rows in --format csv.

It reads PATHs or a store (--db FILE, with --since, --until and --outlet)
as compare does; compare --profile is the same. Formats: text (the
default), html, json and csv (one long table of every number).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			render, err := pf.check(cmd.Flags(), o)
			if err != nil {
				return err
			}
			src, err := comparisonSource(e, o, sf, ff, args)
			if err != nil {
				return err
			}
			src.outlets = o.outlets
			return runProfile(cmd.Context(), e, o, pf.opts, src, render)
		},
	}
	o.register(cmd)
	sf.register(cmd.Flags())
	ff.register(cmd.Flags())
	f := cmd.Flags()
	f.Lookup("format").Usage = "output format: text|html|json|csv"
	f.Lookup("output").Usage = "write the profile to `FILE` instead of standard output"
	pf.on = true
	pf.register(f, false)
	return cmd
}

// runProfile loads, annotates and compares as runCompare does, then
// profiles the outlets and renders the profile.
func runProfile(ctx context.Context, e *env, o *options, po profile.Options, src source, render report.ProfileRenderer) error {
	bar := newProgress(e.stderr, "reading inputs")
	defer bar.finish()
	copts := o.compareOptions()
	po.Stopwords, po.Aliases, po.Workers = copts.Stopwords, copts.Aliases, o.workers
	var p *profile.Profile
	if src.db != "" {
		var err error
		if p, err = profileStore(ctx, e, src, copts, po, bar); err != nil {
			return err
		}
	}
	if p == nil {
		docs, skipped, err := loadAndAnnotate(ctx, e, src, o.workers, bar)
		if err != nil {
			return err
		}
		bar.wait(fmt.Sprintf("comparing and profiling %d articles", len(docs)))
		res, err := compare.Compare(ctx, docs, skipped, copts)
		if err != nil {
			return err
		}
		hintNoEvents(e, res, copts, bar)
		if p, err = profile.Build(ctx, res, docs, po); err != nil {
			return err
		}
	}
	bar.finish()
	for _, n := range p.Notes {
		fmt.Fprintf(e.stderr, "framediff: %s\n", n)
	}
	w, closeOut, err := output(o.output, e.stdout)
	if err != nil {
		return err
	}
	if err := render(w, p, generator()); err != nil {
		closeOut()
		return fmt.Errorf("writing profile: %w", err)
	}
	return closeOut()
}

// profileStore profiles a store's selection as compareScan compares it:
// read twice and never held, the framing kept in the store read back
// (under the keys a default compare keeps it: pairs up to overviewEvents
// events, which the profile does not read), each batch of events' members
// read again to count. It returns nil when the store must be read as
// currentDocs reads it (scanStore).
func profileStore(ctx context.Context, e *env, src source, copts compare.Options, po profile.Options, bar *progress) (*profile.Profile, error) {
	budgetStore()
	st, err := scanStore(ctx, src, copts)
	if err != nil || st == nil {
		return nil, err
	}
	defer st.s.Close()
	bar.wait(fmt.Sprintf("comparing and profiling %d articles", st.scan.Len()))
	copts.MaxPairEvents = overviewEvents
	st.options(&copts, src, true)
	res, err := compare.StartScan(ctx, st.scan, st.skipped, copts)
	if err != nil {
		return nil, err
	}
	spendPeak()
	hintNoEvents(e, res, copts, bar)
	return profile.BuildStarted(ctx, res, po)
}
