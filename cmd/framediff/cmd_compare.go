package main

import "github.com/spf13/cobra"

func compareCommand(e *env) *cobra.Command {
	o := &options{scale: &scaleFlags{}}
	sf := &storeFlags{}
	ff := &fetchFlags{}
	pf := &profileFlags{}
	cmd := &cobra.Command{
		Use:   "compare [flags] PATH... | --db FILE",
		Short: "Full report for every aligned event",
		Long: `compare reads the articles under each PATH (a file, a directory read
recursively, an http(s) URL, or - for standard input), groups them into
events, and reports for each event how each outlet's version differs from
the others'.

A URL (on the command line or a line of --urls FILE) is fetched politely
(robots.txt, one request per second per site, framediff and --contact in
the User-Agent) and read like a saved page; a page that cannot be fetched
is skipped with the reason. Fetched pages are cached (--cache DIR), so
running the same command again only asks each site whether a page changed;
--refresh fetches everything again.

With --db FILE it reads the articles of a store made by framediff ingest
instead, annotated once; --since, --until and --outlet select among them
(or among the articles of the PATHs). Selected articles that another version
of framediff annotated are annotated again first, and saved to the store
when it can be written and their annotator was older.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			profiled, err := pf.check(cmd.Flags(), o)
			if err != nil {
				return err
			}
			src, err := comparisonSource(e, o, sf, ff, args)
			if err != nil {
				return err
			}
			src.outlets = o.outlets
			if profiled != nil {
				return runProfile(cmd.Context(), e, o, pf.opts, src, profiled)
			}
			return runCompare(cmd.Context(), e, o, src, o.renderer(e))
		},
	}
	o.register(cmd)
	o.scale.register(cmd.Flags())
	sf.register(cmd.Flags())
	ff.register(cmd.Flags())
	pf.register(cmd.Flags(), true)
	return cmd
}
