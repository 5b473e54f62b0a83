package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// markerPrefix opens the comment that marks a generated block.
const markerPrefix = "<!-- output:"

// document is a README split around its generated blocks: text[i] comes
// before blocks[i], and the last text after the last block.
type document struct {
	text   []string
	blocks []block
}

// block is one generated example: its marker's settings and the fenced
// block's content.
type block struct {
	line   int      // of the marker, 1-based
	args   string   // the command line as written
	argv   []string // and split
	stderr bool
	show   [][2]string
	needs  string
	fence  string // the opening fence line, kept as written
	body   string // the lines between the fences, each ending in \n
}

// parse splits a README into its text and generated blocks. A marker
// must be followed by a fenced block on the next line.
func parse(src string) (*document, error) {
	lines := strings.SplitAfter(src, "\n")
	d := &document{}
	var text strings.Builder
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		trimmed := strings.TrimSpace(l)
		if !strings.HasPrefix(trimmed, markerPrefix) {
			text.WriteString(l)
			continue
		}
		b, err := parseMarker(trimmed, i+1)
		if err != nil {
			return nil, err
		}
		text.WriteString(l)
		if i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "```") {
			return nil, fmt.Errorf("line %d: the marker is not followed by a fenced block", i+1)
		}
		b.fence = lines[i+1]
		var body strings.Builder
		j := i + 2
		for ; j < len(lines) && !strings.HasPrefix(lines[j], "```"); j++ {
			body.WriteString(lines[j])
		}
		if j >= len(lines) {
			return nil, fmt.Errorf("line %d: the fenced block is not closed", i+2)
		}
		b.body = body.String()
		d.text = append(d.text, text.String())
		text.Reset()
		d.blocks = append(d.blocks, b)
		text.WriteString(lines[j]) // the closing fence
		i = j
	}
	d.text = append(d.text, text.String())
	return d, nil
}

// parseMarker reads "<!-- output: ARGS; stream: stderr; show: A..B | C..D; needs: PATH -->".
func parseMarker(s string, line int) (block, error) {
	b := block{line: line}
	s = strings.TrimSuffix(strings.TrimPrefix(s, markerPrefix), "-->")
	for i, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		if i == 0 {
			b.args = part
			b.argv = strings.Fields(part)
			continue
		}
		key, value, ok := strings.Cut(part, ":")
		if !ok {
			return b, fmt.Errorf("line %d: %q is no key: value", line, part)
		}
		value = strings.TrimSpace(value)
		switch strings.TrimSpace(key) {
		case "stream":
			if value != "stderr" && value != "stdout" {
				return b, fmt.Errorf("line %d: stream %q: stdout or stderr", line, value)
			}
			b.stderr = value == "stderr"
		case "show":
			for _, r := range strings.Split(value, " | ") {
				from, to, ok := strings.Cut(r, "..")
				if !ok {
					return b, fmt.Errorf("line %d: show %q: want FROM..TO", line, r)
				}
				b.show = append(b.show, [2]string{from, to})
			}
		case "needs":
			b.needs = value
		default:
			return b, fmt.Errorf("line %d: unknown setting %q", line, key)
		}
	}
	if len(b.argv) == 0 {
		return b, fmt.Errorf("line %d: the marker names no command", line)
	}
	return b, nil
}

// String is the README with each block's current body.
func (d *document) String() string {
	var s strings.Builder
	for i, t := range d.text {
		s.WriteString(t)
		if i < len(d.blocks) {
			s.WriteString(d.blocks[i].fence)
			s.WriteString(d.blocks[i].body)
		}
	}
	return s.String()
}

// missing reports whether the block's input outside the repository is
// absent, seen from the repository's root.
func (b *block) missing(root string) bool {
	if b.needs == "" {
		return false
	}
	_, err := os.Stat(filepath.Join(root, b.needs))
	return err != nil
}

// generate runs the block's command in root with the binary bin and
// returns the lines it shows.
func (b *block) generate(bin, root string) (string, error) {
	cmd := exec.Command(bin, b.argv...)
	cmd.Dir = root
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// The same environment for every run: no terminal, so no progress
	// line and the default width.
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			return "", err
		}
		// A command whose failure is the example (a usage error) is
		// shown as it is; its stderr says what happened.
	}
	out := stdout.String()
	if b.stderr {
		out = stderr.String()
	}
	out, err := selectLines(out, b.show)
	if out != "" && !strings.HasSuffix(out, "\n") {
		out += "\n"
	}
	return out, err
}

// selectLines keeps the ranges of lines show names, in order; all lines
// when show is empty.
func selectLines(out string, show [][2]string) (string, error) {
	if len(show) == 0 {
		return out, nil
	}
	lines := strings.SplitAfter(out, "\n")
	var b strings.Builder
	at := 0
	for _, r := range show {
		start := -1
		for i := at; i < len(lines); i++ {
			if strings.HasPrefix(lines[i], r[0]) {
				start = i
				break
			}
		}
		if start < 0 {
			return "", fmt.Errorf("no line starts with %q", r[0])
		}
		end := len(lines)
		if r[1] != "" {
			end = -1
			for i := start + 1; i < len(lines); i++ {
				if strings.HasPrefix(lines[i], r[1]) {
					end = i
					break
				}
			}
			if end < 0 {
				return "", fmt.Errorf("no line after %q starts with %q", r[0], r[1])
			}
		}
		// A range ends without the blank lines before the next one.
		for end > start+1 && strings.TrimSpace(lines[end-1]) == "" {
			end--
		}
		if b.Len() > 0 {
			b.WriteString("...\n")
		}
		for _, l := range lines[start:end] {
			b.WriteString(l)
		}
		at = end
	}
	return b.String(), nil
}

// build compiles framediff from the repository at root into a temporary
// directory; cleanup removes it.
func build(root string) (bin string, cleanup func(), err error) {
	dir, err := os.MkdirTemp("", "framediff-readme")
	if err != nil {
		return "", nil, err
	}
	cleanup = func() { os.RemoveAll(dir) }
	bin = filepath.Join(dir, "framediff")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/framediff")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		cleanup()
		return "", nil, fmt.Errorf("building framediff: %v\n%s", err, out)
	}
	return bin, cleanup, nil
}
