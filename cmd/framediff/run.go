package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/framediff/framediff/corpus/fetch"
	"github.com/spf13/cobra"
)

// Exit codes, a documented contract (README "Exit codes").
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// usageError is a mistake in the command line: exit code 2. It is the only
// thing run reads to choose that code, so every command-line error that
// cobra and pflag make is turned into one where it arises: flag errors by
// the flag error function, argument errors by usageArgs, an unknown
// command by rootArgs.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// env is what a subcommand may touch: its streams, and the options its
// fetcher starts from. Keeping them here, not in globals, lets tests run
// the command with buffers, and fetch from a local server without a
// second's wait between requests.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// fetch holds the fetcher's options before the flags set theirs;
	// the zero value is fetch's defaults.
	fetch fetch.Options
}

// run executes the command line and returns the exit code. Errors are
// printed as one line prefixed with the program name.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runEnv(ctx, &env{stdin: stdin, stdout: stdout, stderr: stderr}, args)
}

// runEnv is run with its environment.
func runEnv(ctx context.Context, e *env, args []string) int {
	stdin, stdout, stderr := e.stdin, e.stdout, e.stderr
	root := &cobra.Command{
		Use:           "framediff",
		Short:         "Show how different news outlets frame the same event",
		SilenceErrors: true,
		SilenceUsage:  true,
		// A root with Args and RunE checks its own arguments, so an unknown
		// command reaches rootArgs; without them cobra's Find rejects it
		// with an untyped error before any hook of ours runs.
		Args: rootArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
		// Cobra's own distance for suggestions, which it sets only on the
		// path that rootArgs replaces.
		SuggestionsMinimumDistance: 2,
		Long: `framediff reads articles from several outlets, groups the ones that report
the same event, and shows how each outlet's version differs: the words and
phrases it uses more than the others, its tone, and the evidence for each.`,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetArgs(args)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{msg: err.Error()} })
	root.AddCommand(
		compareCommand(e),
		eventsCommand(e),
		profileCommand(e),
		ingestCommand(e),
		inspectCommand(e),
		serveCommand(e),
		demoCommand(e),
		versionCommand(e),
	)
	// Cobra adds these commands itself when it executes; adding them now
	// lets typeArgs reach their argument checks too.
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd(args...)
	typeArgs(root)
	setHelp(root)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(stderr, "framediff: %s\n", strings.TrimSpace(err.Error()))
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(stderr, "Run 'framediff --help' for usage.")
		return exitUsage
	}
	return exitFailure
}

// typeArgs makes the argument check of c and of every command under it
// return a *usageError. The commands keep cobra's checks (cobra.NoArgs and
// the like) so that they read as usual.
func typeArgs(c *cobra.Command) {
	if c.Args != nil {
		c.Args = usageArgs(c.Args)
	}
	for _, sub := range c.Commands() {
		typeArgs(sub)
	}
}

// usageArgs wraps an argument check so that its error is a usage error.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		err := check(cmd, args)
		var ue *usageError
		if err == nil || errors.As(err, &ue) {
			return err
		}
		return &usageError{msg: err.Error()}
	}
}

// rootArgs rejects arguments to framediff itself: the first one names no
// command (cobra would have run the command it names), as cobra says when
// it checks this itself, with its suggestions on the same line.
func rootArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	}
	return &usageError{msg: msg}
}
