package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// DefaultMaxFileSize is the largest input file read, in bytes. Larger files
// are skipped with a reason; nothing is truncated silently.
const DefaultMaxFileSize = 64 << 20

// Options controls loading. The zero value uses the defaults.
type Options struct {
	// MaxFileSize is the largest file read; 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// Progress, when set, is called after each input file with the number
	// of files done and the total.
	Progress func(done, total int)
}

// Set is what loading produced: articles, sorted by Less, and the inputs
// that produced none.
type Set struct {
	Articles []Article
	Skipped  []Skipped
}

// Load reads every path: a file, a directory (read recursively, hidden
// files and directories skipped) or "-" for stdin. A path that does not
// exist is an error; a file that holds no article is a Skipped entry.
func Load(ctx context.Context, paths []string, stdin io.Reader, opts Options) (*Set, error) {
	var inputs []input
	for _, p := range paths {
		if p == "-" {
			inputs = append(inputs, input{name: "-", open: func() (io.ReadCloser, error) { return io.NopCloser(stdin), nil }})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("reading input: %w", err)
		}
		if !fi.IsDir() {
			inputs = append(inputs, fileInput(os.DirFS(filepath.Dir(p)), filepath.Base(p), p))
			continue
		}
		found, err := walk(os.DirFS(p), ".", p)
		if err != nil {
			return nil, err
		}
		inputs = append(inputs, found...)
	}
	return load(ctx, inputs, opts)
}

// LoadFS reads every file under root in fsys, as Load reads a directory.
// Sources are named by their path in fsys.
func LoadFS(ctx context.Context, fsys fs.FS, root string, opts Options) (*Set, error) {
	inputs, err := walk(fsys, root, root)
	if err != nil {
		return nil, err
	}
	return load(ctx, inputs, opts)
}

type input struct {
	name string
	open func() (io.ReadCloser, error)
}

func fileInput(fsys fs.FS, rel, name string) input {
	return input{name: name, open: func() (io.ReadCloser, error) { return fsys.Open(rel) }}
}

// walk lists the regular files under root in lexical order, skipping hidden
// names. display is the prefix the user knows the root by.
func walk(fsys fs.FS, root, display string) ([]input, error) {
	var out []input
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("reading %s: %w", path.Join(display, strings.TrimPrefix(p, root)), err)
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p, root), "/")
		name := display
		if rel != "" {
			name = filepath.Join(display, filepath.FromSlash(rel))
		}
		out = append(out, fileInput(fsys, p, name))
		return nil
	})
	return out, err
}

func load(ctx context.Context, inputs []input, opts Options) (*Set, error) {
	max := opts.MaxFileSize
	if max <= 0 {
		max = DefaultMaxFileSize
	}
	set := &Set{}
	for i, in := range inputs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		arts, skipped := readInput(in, max)
		set.Articles = append(set.Articles, arts...)
		set.Skipped = append(set.Skipped, skipped...)
		if opts.Progress != nil {
			opts.Progress(i+1, len(inputs))
		}
	}
	set.dedupe()
	sort.SliceStable(set.Articles, func(i, j int) bool { return Less(&set.Articles[i], &set.Articles[j]) })
	sort.SliceStable(set.Skipped, func(i, j int) bool {
		if set.Skipped[i].Source != set.Skipped[j].Source {
			return set.Skipped[i].Source < set.Skipped[j].Source
		}
		return set.Skipped[i].Reason < set.Skipped[j].Reason
	})
	return set, nil
}

// readInput reads one input and parses it by its format.
func readInput(in input, max int64) ([]Article, []Skipped) {
	skip := func(reason string) []Skipped { return []Skipped{{Source: in.name, Reason: reason}} }
	rc, err := in.open()
	if err != nil {
		return nil, skip(err.Error())
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err != nil {
		return nil, skip("read error: " + err.Error())
	}
	if int64(len(data)) > max {
		return nil, skip(fmt.Sprintf("larger than the %d MiB limit", max>>20))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, skip("empty file")
	}
	if isBinary(data) {
		return nil, skip("binary file, not text")
	}
	a, err := ParseText(in.name, data)
	if err != nil {
		return nil, skip(reason(err))
	}
	return []Article{a}, nil
}

// reason renders a parse error for a Skipped entry without repeating the
// source the entry already names.
func reason(err error) string {
	var pe *ParseError
	if errors.As(err, &pe) {
		if pe.Line > 0 {
			return fmt.Sprintf("line %d: %v", pe.Line, pe.Err)
		}
		return pe.Err.Error()
	}
	return err.Error()
}

// isBinary reports NUL bytes in the first 8 KiB, the test git and grep use.
func isBinary(data []byte) bool {
	if len(data) > 8<<10 {
		data = data[:8<<10]
	}
	return bytes.IndexByte(data, 0) >= 0
}

// dedupe keeps one article per ID (the same outlet, day and text) and lists
// the others as skipped. The kept one is the one with the smallest source,
// so the choice does not depend on the input order.
func (s *Set) dedupe() {
	sort.SliceStable(s.Articles, func(i, j int) bool {
		a, b := s.Articles[i], s.Articles[j]
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Source.String() < b.Source.String()
	})
	out := s.Articles[:0]
	for _, a := range s.Articles {
		if len(out) > 0 && a.ID == out[len(out)-1].ID {
			s.Skipped = append(s.Skipped, Skipped{Source: a.Source.String(), Reason: "duplicate of " + out[len(out)-1].Source.String()})
			continue
		}
		out = append(out, a)
	}
	s.Articles = out
}
