package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// TestTextFitsWidth holds the text output of every command that writes
// one to 80 columns when it does not go to a terminal, and to --width
// columns when that is given.
func TestTextFitsWidth(t *testing.T) {
	for _, args := range [][]string{
		{"demo"},
		{"demo", "--width", "60"},
		{"demo", "--width", "120"},
		{"compare", "../../testdata/corpus"},
		{"events", "../../testdata/corpus"},
		{"events", "--width", "50", "../../testdata/corpus"},
		{"inspect", "../../testdata/corpus/vostok-review"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, stderr := runCmd(t, "", args...)
			if code != exitOK {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			width := 80
			for i, a := range args {
				if a == "--width" {
					fmt.Sscan(args[i+1], &width)
				}
			}
			assertFits(t, out, width)
		})
	}
}

// TestHelpFitsWidth holds the help of every command to 80 columns when it
// does not go to a terminal.
func TestHelpFitsWidth(t *testing.T) {
	for _, cmd := range []string{"", "compare", "events", "inspect", "ingest", "demo", "version", "help", "completion"} {
		t.Run(cmd, func(t *testing.T) {
			args := []string{"--help"}
			if cmd != "" {
				args = []string{cmd, "--help"}
			}
			code, out, stderr := runCmd(t, "", args...)
			if code != exitOK {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			if !strings.Contains(out, "Usage:") {
				t.Errorf("no usage in\n%s", out)
			}
			assertFits(t, out, 80)
		})
	}
}

func assertFits(t *testing.T, out string, width int) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if n := twwidth.Width(line); n > width {
			t.Errorf("line %d is %d columns wide, more than %d: %s", i+1, n, width, line)
		}
	}
}

// TestFlagsOffered checks that each command offers the flags that do
// something for it and no other: events frames nothing (no --top,
// --lexicon, --background) and writes text or JSON; demo reads no files.
func TestFlagsOffered(t *testing.T) {
	tests := []struct {
		cmd        string
		has, lacks []string
	}{
		{"compare", []string{"--top", "--lexicon", "--background", "--width", "--db", "--urls", "text|markdown|html|json|csv"}, nil},
		{"events", []string{"--width", "--db", "--overrides", "--stopwords", "output format: text|json"}, []string{"--top", "--lexicon", "--background", "markdown", "--format csv"}},
		{"demo", []string{"--top", "--width"}, []string{"--db", "--urls", "--since", "--cache"}},
		{"inspect", []string{"--width", "--outlets", "--urls", "output format: text|json"}, []string{"--top", "--db", "--window"}},
		{"ingest", []string{"--db", "--feed", "--reannotate"}, []string{"--width", "--format", "--top"}},
	}
	for _, tt := range tests {
		t.Run(tt.cmd, func(t *testing.T) {
			_, out, _ := runCmd(t, "", tt.cmd, "--help")
			flat := strings.Join(strings.Fields(out), " ")
			for _, f := range tt.has {
				if !strings.Contains(flat, f) {
					t.Errorf("%s --help lacks %s", tt.cmd, f)
				}
			}
			for _, f := range tt.lacks {
				if strings.Contains(flat, f) {
					t.Errorf("%s --help offers %s", tt.cmd, f)
				}
			}
		})
	}
}

func TestWidthFlagErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{[]string{"demo", "--width", "20"}, "--width 20: at least 40 columns"},
		{[]string{"demo", "--width", "100", "--format", "json"}, "--width lays out the text report: --format json has no width"},
		{[]string{"events", "--width", "-1", "../../testdata/corpus"}, "--width -1: at least 40"},
		{[]string{"inspect", "--width", "90", "--format", "json", "../../testdata/corpus"}, "--format json has no width"},
		{[]string{"events", "--format", "html", "../../testdata/corpus"}, `--format "html": must be one of text|json`},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tt.args...)
			if code != exitUsage || !strings.Contains(stderr, tt.msg) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, exitUsage, tt.msg)
			}
		})
	}
}
