package main

import (
	"github.com/framediff/framediff/report"
	"github.com/spf13/cobra"
)

func eventsCommand(e *env) *cobra.Command {
	o := &options{}
	sf := &storeFlags{}
	ff := &fetchFlags{}
	cmd := &cobra.Command{
		Use:   "events [flags] PATH...",
		Short: "The alignment alone, with its evidence",
		Long: `events groups the articles under each PATH (a file, a directory, an
http(s) URL, fetched as compare fetches it, or -) into events and shows, for
each event, which outlets reported it and which did not, and for each
article its fit to the event and its best links: their scores, shared
entities and key terms, and how many days apart they are. Articles without
a date are aligned by content and marked; other events an article reports
after its lead are named. --overrides FILE corrects the alignment (same A
B, apart A B) and --aliases FILE adds entity spellings; both are echoed in
the report.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := comparisonSource(e, o, sf, ff, args)
			if err != nil {
				return err
			}
			render := report.JSON
			if o.format == "text" {
				render = textOptions(e, o.width, o.output).EventsDetail
			}
			o.alignOnly = true
			src.outlets = o.outlets
			return runCompare(cmd.Context(), e, o, src, render)
		},
	}
	o.registerAlignment(cmd)
	sf.register(cmd.Flags())
	ff.register(cmd.Flags())
	return cmd
}
