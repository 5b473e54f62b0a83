package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestREADME runs the command of every generated block of README.md and
// fails when the block differs from what the program prints now. A block
// whose input is outside the repository (the shared data sets) is
// skipped, saying so, when that input is missing.
func TestREADME(t *testing.T) {
	if testing.Short() {
		t.Skip("builds framediff and runs every example: not in -short")
	}
	root := filepath.Join("..", "..")
	src, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parse(string(src))
	if err != nil {
		t.Fatalf("README.md: %v", err)
	}
	if len(doc.blocks) == 0 {
		t.Fatal("README.md marks no generated block")
	}
	if err := readModule(root); err != nil {
		t.Fatal(err)
	}
	bin, cleanup, err := build(root)
	if err != nil {
		t.Fatal(err)
	}
	defer cleanup()
	for _, b := range doc.blocks {
		t.Run(b.args, func(t *testing.T) {
			if b.missing(root) {
				t.Skipf("README.md:%d: %s is missing", b.line, b.needs)
			}
			got, err := b.generate(bin, root)
			if err != nil {
				t.Fatalf("README.md:%d: %v", b.line, err)
			}
			if got != b.body {
				t.Errorf("README.md:%d: the block differs from what framediff %s prints now (run go run ./scripts/readme):\n%s",
					b.line, b.args, lineDiff(b.body, got))
			}
		})
	}
}

// readModule reads every file of the module at root. The test's result
// depends on all of them through the framediff it builds, which go test
// cannot see: it caches a result against the files the test itself
// opened, so reading them here makes any change to the program run the
// test again instead of reporting a stale pass.
func readModule(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		_, err = os.ReadFile(path)
		return err
	})
}

// lineDiff shows the first line where the README and the program part.
func lineDiff(readme, program string) string {
	a, b := strings.Split(readme, "\n"), strings.Split(program, "\n")
	for i := 0; i < len(a) || i < len(b); i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\n  README:  " + x + "\n  program: " + y
		}
	}
	return ""
}

func TestParse(t *testing.T) {
	src := "# Title\n\n<!-- output: demo --width 60; stream: stderr; show: e1 ..What | Only.. ; needs: ../shared/data/x -->\n```\nold\n```\n\ntext\n\n```sh\nnot generated\n```\n"
	d, err := parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if d.String() != src {
		t.Errorf("parse then String changes the README:\n%q", d.String())
	}
	if len(d.blocks) != 1 {
		t.Fatalf("%d blocks, want 1", len(d.blocks))
	}
	b := d.blocks[0]
	if strings.Join(b.argv, " ") != "demo --width 60" || !b.stderr || b.needs != "../shared/data/x" || b.body != "old\n" || b.line != 3 {
		t.Errorf("block %+v", b)
	}
	if len(b.show) != 2 || b.show[0] != [2]string{"e1 ", "What"} || b.show[1] != [2]string{"Only", ""} {
		t.Errorf("show %q", b.show)
	}
	d.blocks[0].body = "new\nlines\n"
	if want := strings.Replace(src, "old\n", "new\nlines\n", 1); d.String() != want {
		t.Errorf("rewritten:\n%s\nwant:\n%s", d.String(), want)
	}
	for _, bad := range []string{
		"<!-- output: demo -->\ntext\n",
		"<!-- output: demo -->\n```\nnever closed\n",
		"<!-- output: demo; colour: red -->\n```\n```\n",
		"<!-- output: demo; show: nodots -->\n```\n```\n",
		"<!-- output: -->\n```\n```\n",
	} {
		if _, err := parse(bad); err == nil {
			t.Errorf("parse(%q) gave no error", bad)
		}
	}
}

func TestSelectLines(t *testing.T) {
	out := "head\n\ne1  Label\nline\n\nWhat next\ntable\n\ne2  Other\nend\n"
	tests := []struct {
		name string
		show [][2]string
		want string
	}{
		{"everything", nil, out},
		{"one range, blank lines before its end dropped", [][2]string{{"e1 ", "What"}}, "e1  Label\nline\n"},
		{"two ranges", [][2]string{{"e1 ", "What"}, {"table", "e2"}}, "e1  Label\nline\n...\ntable\n"},
		{"to the end", [][2]string{{"e2", ""}}, "e2  Other\nend\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := selectLines(out, tt.show)
			if err != nil || got != tt.want {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	if _, err := selectLines(out, [][2]string{{"e9", ""}}); err == nil {
		t.Error("a range that starts nowhere gave no error")
	}
	if _, err := selectLines(out, [][2]string{{"e2", "never"}}); err == nil {
		t.Error("a range that ends nowhere gave no error")
	}
}
