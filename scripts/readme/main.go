// Command readme regenerates the example outputs in README.md from the
// program as it is now, so that the README cannot drift from it:
//
//	go run ./scripts/readme          rewrite README.md
//	go run ./scripts/readme -check   say which blocks differ, change nothing
//
// It builds framediff from ./cmd/framediff and runs it, from the
// repository's root, for each block marked in the README like this:
//
//	<!-- output: demo; show: e1  ..What each puts first -->
//	```
//	...what the command prints...
//	```
//
// The marker names the command line after "output:" (framediff's
// arguments, separated by spaces), and optionally:
//
//   - "stream: stderr" to show standard error instead of standard output;
//   - "show: A..B" to show only the lines from the first that starts with
//     A up to the first after it that starts with B (not included), and
//     several such ranges separated by " | ", each looked for after the
//     one before; B may be empty for "to the end";
//   - "needs: PATH" for a block whose input is outside the repository
//     (the shared data sets): when PATH is missing the block is left as
//     it is.
//
// The fenced block right after the marker is replaced with what the
// command prints, with the report laid out in 80 columns as it is when
// written to a file. The test of this package runs the same commands and
// fails when a block differs, naming it.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "readme:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("readme", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("readme", "README.md", "the README to regenerate")
	check := fs.Bool("check", false, "report the blocks that differ and change nothing")
	if err := fs.Parse(args); err != nil {
		return err
	}
	src, err := os.ReadFile(*path)
	if err != nil {
		return err
	}
	doc, err := parse(string(src))
	if err != nil {
		return fmt.Errorf("%s: %w", *path, err)
	}
	bin, cleanup, err := build(".")
	if err != nil {
		return err
	}
	defer cleanup()
	changed := 0
	for i := range doc.blocks {
		b := &doc.blocks[i]
		if b.missing(".") {
			fmt.Fprintf(stderr, "%s:%d: left as it is: %s is missing\n", *path, b.line, b.needs)
			continue
		}
		out, err := b.generate(bin, ".")
		if err != nil {
			return fmt.Errorf("%s:%d: %w", *path, b.line, err)
		}
		if out != b.body {
			changed++
			fmt.Fprintf(stdout, "%s:%d: framediff %s: %s\n", *path, b.line, b.args, verb(*check))
			b.body = out
		}
	}
	if *check {
		if changed > 0 {
			return fmt.Errorf("%d blocks differ from what the program prints: run go run ./scripts/readme", changed)
		}
		return nil
	}
	if changed == 0 {
		return nil
	}
	return os.WriteFile(*path, []byte(doc.String()), 0o644)
}

func verb(check bool) string {
	if check {
		return "differs"
	}
	return "rewritten"
}
