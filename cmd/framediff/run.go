package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes, a documented contract (README "Exit codes").
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// usageError is a mistake in the command line: exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// env is what a subcommand may touch: its streams. Keeping them here, not in
// globals, lets tests run the command with buffers.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// run executes the command line and returns the exit code. Errors are
// printed as one line prefixed with the program name.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:           "framediff",
		Short:         "Show how different news outlets frame the same event",
		SilenceErrors: true,
		SilenceUsage:  true,
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
		ingestCommand(e),
		inspectCommand(e),
		demoCommand(e),
		versionCommand(e),
	)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	msg := strings.TrimSpace(err.Error())
	fmt.Fprintf(stderr, "framediff: %s\n", msg)
	var ue *usageError
	if errors.As(err, &ue) || isCobraUsage(msg) {
		fmt.Fprintln(stderr, "Run 'framediff --help' for usage.")
		return exitUsage
	}
	return exitFailure
}

// isCobraUsage recognises the errors cobra itself returns for a bad command
// line (unknown command, wrong argument count), which are not typed.
func isCobraUsage(msg string) bool {
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
