package main

import (
	"github.com/framediff/framediff"
	"github.com/spf13/cobra"
)

func demoCommand(e *env) *cobra.Command {
	o := &options{}
	cmd := &cobra.Command{
		Use:   "demo [flags]",
		Short: "Compare on the sample corpus built into the binary",
		Long: `demo runs compare on the sample corpus built into framediff: fictional
outlets' articles on real events of 12-15 February 2022, among them Antony
Blinken's press conference in Honolulu. It needs no input and no network.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.validate(); err != nil {
				return err
			}
			return runCompare(cmd.Context(), e, o, source{fsys: framediff.Sample(), root: framediff.SampleRoot, outlets: o.outlets}, o.renderer(e))
		},
	}
	o.register(cmd)
	return cmd
}
