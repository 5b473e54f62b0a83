package main

import "github.com/spf13/cobra"

func compareCommand(e *env) *cobra.Command {
	o := &options{}
	cmd := &cobra.Command{
		Use:   "compare [flags] PATH...",
		Short: "Full report for every aligned event",
		Long: `compare reads the articles under each PATH (a file, a directory read
recursively, or - for standard input), groups them into events, and reports
for each event how each outlet's version differs from the others'.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := requirePaths(args); err != nil {
				return err
			}
			if err := o.validate(); err != nil {
				return err
			}
			return runCompare(cmd.Context(), e, o, source{paths: args}, formats[o.format])
		},
	}
	o.register(cmd)
	return cmd
}
