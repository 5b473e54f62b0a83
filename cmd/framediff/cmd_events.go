package main

import (
	"io"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/report"
	"github.com/spf13/cobra"
)

func eventsCommand(e *env) *cobra.Command {
	o := &options{}
	cmd := &cobra.Command{
		Use:   "events [flags] PATH...",
		Short: "The alignment alone, with its evidence",
		Long: `events groups the articles under each PATH into events and shows, for each
event, its articles and the links that put them together: their scores,
shared entities and key terms, and how many days apart they are.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := requirePaths(args); err != nil {
				return err
			}
			if err := o.validate(); err != nil {
				return err
			}
			render := map[string]func(io.Writer, *compare.Result) error{
				"text": report.EventsDetail,
				"json": func(w io.Writer, r *compare.Result) error { return report.JSON(w, r, generator()) },
			}[o.format]
			if render == nil {
				return usagef("--format %q: events writes text or json", o.format)
			}
			o.alignOnly = true
			return runCompare(cmd.Context(), e, o, source{paths: args}, render)
		},
	}
	o.register(cmd)
	return cmd
}
