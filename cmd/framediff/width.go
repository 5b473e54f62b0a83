package main

import (
	"io"
	"os"

	"github.com/framediff/framediff/report"
	"github.com/spf13/pflag"
	"golang.org/x/term"
)

// registerWidth adds --width, the text report's width, to a command's
// flags.
func registerWidth(f *pflag.FlagSet, width *int) {
	f.IntVar(width, "width", 0, "lay the text report out in `N` columns, at least 40 (default: the terminal's width, 80 when not writing to a terminal)")
}

// checkWidth rejects a --width the text report cannot use, or that the
// format would ignore.
func checkWidth(width int, format string) error {
	switch {
	case width != 0 && width < report.MinWidth:
		return usagef("--width %d: at least %d columns", width, report.MinWidth)
	case width != 0 && format != "text":
		return usagef("--width lays out the text report: --format %s has no width", format)
	}
	return nil
}

// textOptions lays the text report out in --width columns or, without
// it, in the terminal's width when it goes to a terminal, and in
// report.DefaultWidth columns when it goes to a file or a pipe.
func textOptions(e *env, width int, output string) report.TextOptions {
	if width > 0 {
		return report.TextOptions{Width: width}
	}
	if output == "" || output == "-" {
		if w, ok := terminalWidth(e.stdout); ok {
			return report.TextOptions{Width: max(w, report.MinWidth)}
		}
	}
	return report.TextOptions{}
}

// terminalWidth is the width of the terminal w writes to, if it is one.
func terminalWidth(w io.Writer) (int, bool) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0, false
	}
	cols, _, err := term.GetSize(int(f.Fd()))
	if err != nil || cols <= 0 {
		return 0, false
	}
	return cols, true
}
