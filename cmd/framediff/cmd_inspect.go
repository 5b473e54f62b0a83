package main

import (
	"fmt"

	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
	"github.com/framediff/framediff/corpus/nlp/target"
	"github.com/framediff/framediff/report"
	"github.com/spf13/cobra"
)

func inspectCommand(e *env) *cobra.Command {
	var format, out, outletsFile string
	var workers, width int
	ff := &fetchFlags{}
	cmd := &cobra.Command{
		Use:   "inspect [flags] PATH...",
		Short: "What ingestion made of each input: metadata, clean text, entities",
		Long: `inspect shows what framediff read from each input (a file, a directory, an
http(s) URL, fetched as compare fetches it, or -): the metadata it found or
inferred, the clean text, its sentences and named entities, and every input
it skipped with the reason.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			args, err := ff.inputs(args)
			if err != nil {
				return err
			}
			if err := requirePaths(args); err != nil {
				return err
			}
			if format != "text" && format != "json" {
				return usagef("--format %q: must be one of text|json", format)
			}
			if err := checkWidth(width, format); err != nil {
				return err
			}
			outlets, err := readOutlets(outletsFile)
			if err != nil {
				return err
			}
			src := source{paths: args, outlets: outlets}
			if err := ff.attach(e, &src); err != nil {
				return err
			}
			bar := newProgress(e.stderr, "reading inputs")
			docs, skipped, err := loadAndAnnotate(cmd.Context(), e, src, workers, bar)
			bar.finish()
			if err != nil {
				return err
			}
			w, closeOut, err := output(out, e.stdout)
			if err != nil {
				return err
			}
			render := textOptions(e, width, out).Inspect
			if format == "json" {
				render = report.InspectJSON
			}
			if err := render(w, inspected(docs), skipped); err != nil {
				closeOut()
				return fmt.Errorf("writing report: %w", err)
			}
			return closeOut()
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text|json")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to `FILE` instead of standard output")
	registerWidth(cmd.Flags(), &width)
	cmd.Flags().IntVar(&workers, "workers", 0, "articles annotated at once (0: one per CPU)")
	registerOutlets(cmd.Flags(), &outletsFile)
	ff.register(cmd.Flags())
	return cmd
}

// inspected reads each document with the annotation stage's models: the
// tone toward each entity mention, pronoun reference and entity, and the
// loaded words.
func inspected(docs []*nlp.Doc) []report.Inspected {
	tm, lm := target.Default(), loaded.Default()
	out := make([]report.Inspected, len(docs))
	for i, d := range docs {
		tones, refs := tm.Mentions(d), tm.References(d)
		in := report.Inspected{Doc: d, Tones: tones, References: refs, Stances: tm.Stances(d, tones, refs), Reported: frame.ReportedSpeech(d)}
		for _, o := range lm.Score(d) {
			if o.Loaded {
				in.Loaded = append(in.Loaded, o)
			}
		}
		out[i] = in
	}
	return out
}
