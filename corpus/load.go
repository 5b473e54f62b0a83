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
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/framediff/framediff/corpus/fetch"
)

// Limits. An input over a limit is skipped with a reason naming the limit;
// nothing is truncated silently.
const (
	// DefaultMaxFileSize is the largest input read, in bytes, counted after
	// decompression: enough for a JSON Lines export of tens of thousands of
	// articles, small enough to hold in memory.
	DefaultMaxFileSize = 256 << 20
	// DefaultMaxArticleSize is the largest text of one article, in bytes.
	// The longest news features run to about 100 KiB; a bigger "article" is
	// a whole site dump or a book.
	DefaultMaxArticleSize = 1 << 20
)

// Options controls loading. The zero value uses the defaults.
type Options struct {
	// MaxFileSize is the largest input read; 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// MaxArticleSize is the largest article text kept; 0 means
	// DefaultMaxArticleSize.
	MaxArticleSize int
	// Workers is the number of inputs read at once; 0 means GOMAXPROCS.
	// The result does not depend on it.
	Workers int
	// Outlets renames and merges outlets before the names are unified
	// (see UnifyOutlets); nil means no user table.
	Outlets *Outlets
	// Progress, when set, is called after each input is read with the
	// number of inputs done and the total. Calls come one at a time, from
	// one goroutine.
	Progress func(done, total int)
	// Fetcher gets the URL inputs; nil means a fetch.Client with the
	// default options and no cache, made when the first URL is read.
	Fetcher Fetcher
}

// Fetcher gets a web page or feed for a URL input. *fetch.Client is the
// one framediff uses; an error that is a *fetch.Error becomes a Skipped
// entry with its reason, any other error too, and the context's error
// stops the load.
type Fetcher interface {
	Get(ctx context.Context, url string) (*fetch.Page, error)
}

var _ Fetcher = (*fetch.Client)(nil)

// IsURL reports whether an input names a web page to fetch rather than a
// path: it starts with http:// or https://, in any case.
func IsURL(p string) bool {
	p = strings.ToLower(strings.TrimSpace(p))
	return strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://")
}

// Set is what loading produced: articles, sorted by Less, and the inputs
// that produced none.
type Set struct {
	Articles []Article
	Skipped  []Skipped
}

// Load reads every path: a file, a directory (read recursively, hidden
// files and directories skipped), "-" for stdin, or an http(s) URL,
// fetched by opts.Fetcher and read as a file of that content would be
// (a web page as a saved page, a feed as a feed file). A path that does
// not exist is an error; a file that holds no article, or a URL that
// cannot be fetched, is a Skipped entry.
func Load(ctx context.Context, paths []string, stdin io.Reader, opts Options) (*Set, error) {
	inputs, err := listInputs(paths, stdin)
	if err != nil {
		return nil, err
	}
	return load(ctx, inputs, opts)
}

// Input is a file that Load reads: its path as Load names it (the source
// of its articles), "-" for standard input, or a URL, and its size in
// bytes (0 for a URL, whose size is not known before it is fetched).
type Input struct {
	Path string
	Size int64
}

// ListInputs lists the files that Load reads for paths, in the order it
// reads them, named as it names them, so that a caller reading them in
// runs (corpus/store) gives each article the same source.
func ListInputs(paths []string) ([]Input, error) {
	inputs, err := listInputs(paths, nil)
	if err != nil {
		return nil, err
	}
	out := make([]Input, len(inputs))
	for i, in := range inputs {
		out[i] = Input{Path: in.name, Size: in.size}
	}
	return out, nil
}

func listInputs(paths []string, stdin io.Reader) ([]input, error) {
	var inputs []input
	for _, p := range paths {
		if p == "-" {
			inputs = append(inputs, input{name: "-", open: func() (io.ReadCloser, error) { return io.NopCloser(stdin), nil }})
			continue
		}
		if IsURL(p) {
			// A fragment is never sent to the server, and "#N" is how a
			// source names a record: the input is known without it.
			u, _, _ := strings.Cut(strings.TrimSpace(p), "#")
			inputs = append(inputs, input{name: u, url: u})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("reading input: %w", err)
		}
		if !fi.IsDir() {
			in := fileInput(os.DirFS(filepath.Dir(p)), filepath.Base(p), p)
			in.size = fi.Size()
			inputs = append(inputs, in)
			continue
		}
		found, err := walk(os.DirFS(p), ".", p)
		if err != nil {
			return nil, err
		}
		inputs = append(inputs, found...)
	}
	return inputs, nil
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

// LoadFSAndURLs reads every file under root in fsys, as LoadFS does, and
// the URLs, as Load does, in one load: duplicates, outlet names and
// templates are worked out over all of them together, as they are over the
// paths of one Load. fsys may be nil when there are only URLs. It is how
// a page that takes pasted text, uploaded files and links reads them.
func LoadFSAndURLs(ctx context.Context, fsys fs.FS, root string, urls []string, opts Options) (*Set, error) {
	var inputs []input
	if fsys != nil {
		found, err := walk(fsys, root, root)
		if err != nil {
			return nil, err
		}
		inputs = found
	}
	for _, p := range urls {
		if !IsURL(p) {
			return nil, fmt.Errorf("reading input: %q is not an http or https URL", p)
		}
		u, _, _ := strings.Cut(strings.TrimSpace(p), "#")
		inputs = append(inputs, input{name: u, url: u})
	}
	return load(ctx, inputs, opts)
}

type input struct {
	name string
	size int64
	open func() (io.ReadCloser, error)
	// url is set for an input fetched rather than opened.
	url string
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
		in := fileInput(fsys, p, name)
		if info, err := d.Info(); err == nil {
			in.size = info.Size()
		}
		out = append(out, in)
		return nil
	})
	return out, err
}

// item is an article in the making: what the first pass found, and what
// the template pass needs to parse it again.
type item struct {
	a Article
	// raw is the normalised text of a text input, "" for other formats.
	raw string
	// keys are the item's candidate template lines (see lineKeys), kept
	// between the count and the removal.
	keys map[string]bool
}

func load(ctx context.Context, inputs []input, opts Options) (*Set, error) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	if opts.MaxArticleSize <= 0 {
		opts.MaxArticleSize = DefaultMaxArticleSize
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	order := fetchOrder(inputs)
	if len(order) > 0 {
		// A worker waiting on the network costs no CPU; the Fetcher keeps
		// the load on each site within its limits.
		workers = max(workers, urlWorkers)
		if opts.Fetcher == nil {
			c, err := fetch.New(fetch.Options{})
			if err != nil {
				return nil, err
			}
			opts.Fetcher = c
		}
	}
	order = append(fileOrder(inputs), order...)
	workers = min(workers, max(len(inputs), 1))

	type result struct {
		items   []*item
		skipped []Skipped
	}
	results := make([]result, len(inputs))
	next := make(chan int)
	done := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if ctx.Err() == nil {
					its, sk := readInput(ctx, inputs[i], opts)
					results[i] = result{its, sk}
				}
				done <- i
			}
		}()
	}
	go func() {
		for _, i := range order {
			if ctx.Err() != nil {
				break
			}
			next <- i
		}
		close(next)
		wg.Wait()
		close(done)
	}()
	n := 0
	for range done {
		n++
		if opts.Progress != nil {
			opts.Progress(n, len(inputs))
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	set := &Set{}
	var items []*item
	for _, r := range results {
		items = append(items, r.items...)
		set.Skipped = append(set.Skipped, r.skipped...)
	}
	// Duplicates go first, so that an article read twice cannot make its
	// own lines look like its outlet's template.
	items, dupes := dedupe(items)
	set.Skipped = append(set.Skipped, dupes...)
	// One outlet, one name, before templates are learned per outlet and
	// IDs are made from the name.
	arts := make([]*Article, len(items))
	for i, it := range items {
		arts[i] = &it.a
	}
	UnifyOutlets(arts, opts.Outlets)
	learnTemplates(items)
	for _, it := range items {
		complete(&it.a)
		set.Articles = append(set.Articles, it.a)
	}
	sort.SliceStable(set.Articles, func(i, j int) bool { return Less(&set.Articles[i], &set.Articles[j]) })
	for i := range set.Skipped {
		set.Skipped[i].Reason = ClipReason(set.Skipped[i].Reason)
		set.Skipped[i].Cause = ClipReason(set.Skipped[i].Cause)
	}
	sort.SliceStable(set.Skipped, func(i, j int) bool {
		if set.Skipped[i].Source != set.Skipped[j].Source {
			return set.Skipped[i].Source < set.Skipped[j].Source
		}
		return set.Skipped[i].Reason < set.Skipped[j].Reason
	})
	return set, nil
}

// urlWorkers is the least number of inputs read at once when some are
// URLs: enough to keep a Fetcher's requests to several sites going while
// others wait their turn.
const urlWorkers = 8

// fileOrder lists the indexes of the inputs that are not URLs.
func fileOrder(inputs []input) []int {
	var out []int
	for i, in := range inputs {
		if in.url == "" {
			out = append(out, i)
		}
	}
	return out
}

// fetchOrder lists the indexes of the URL inputs taking their hosts in
// turn, so that the workers do not all wait on one site's rate limit
// while other sites' pages could be fetched. The result of Load does not
// depend on the order.
func fetchOrder(inputs []input) []int {
	byHost := map[string][]int{}
	var hosts []string
	for i, in := range inputs {
		if in.url == "" {
			continue
		}
		h := in.url
		if u, err := fetch.Normalize(in.url); err == nil {
			h = u.Host
		}
		if byHost[h] == nil {
			hosts = append(hosts, h)
		}
		byHost[h] = append(byHost[h], i)
	}
	var out []int
	for round := 0; len(hosts) > 0; round++ {
		kept := hosts[:0]
		for _, h := range hosts {
			if round < len(byHost[h]) {
				out = append(out, byHost[h][round])
				kept = append(kept, h)
			}
		}
		hosts = kept
	}
	return out
}

// readInput reads one input and parses it by its format. Every record
// becomes an item or a Skipped entry.
func readInput(ctx context.Context, in input, opts Options) ([]*item, []Skipped) {
	skip := func(reason string) []Skipped { return []Skipped{{Source: in.name, Reason: reason}} }
	if in.url != "" {
		return readURL(ctx, in, opts)
	}
	if in.name != "-" && isMetaFile(in.name) {
		return nil, []Skipped{{Source: in.name, Reason: causeNotes, Cause: causeNotes}}
	}
	rc, err := in.open()
	if err != nil {
		return nil, skip(err.Error())
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, opts.MaxFileSize+1))
	if err != nil {
		return nil, skip("read error: " + err.Error())
	}
	if int64(len(data)) > opts.MaxFileSize {
		return nil, skip(fmt.Sprintf("too large: more than the %s limit per input", sizeName(opts.MaxFileSize)))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, skip("empty file")
	}
	data, zipped, err := gunzip(data, opts.MaxFileSize)
	if err != nil {
		return nil, skip(err.Error())
	}
	if zipped && len(bytes.TrimSpace(data)) == 0 {
		return nil, skip("empty file (once decompressed)")
	}
	if kind := binaryKind(data); kind != "" {
		return nil, skip(fmt.Sprintf("binary file (%s), not text", kind))
	}
	name := in.name
	if name == "-" {
		name = ""
	}
	return parseInput(in.name, DetectFormat(name, data), data, nil, opts)
}

// served is what parseInput knows of a page fetched over HTTP.
type served struct {
	url         string // after redirects: the article's URL
	contentType string
}

// parseInput parses the bytes of the input named name by their format.
// web is set for a fetched input.
func parseInput(name string, format Format, data []byte, web *served, opts Options) ([]*item, []Skipped) {
	skip := func(reason string) []Skipped { return []Skipped{{Source: name, Reason: reason}} }
	base := Article{Format: string(format), Source: Source{Path: name}}

	var arts []Article
	var skipped []Skipped
	var raw string
	if format == FormatHTML {
		// The page declares its own charset; the extractor reads it.
		arts, skipped = parseHTML(data, base, web)
	} else {
		text, note := decodeText(data)
		if note != "" {
			base.Notes = append(base.Notes, note)
		}
		switch format {
		case FormatJSON:
			arts, skipped = parseJSON([]byte(text), base)
		case FormatJSONL:
			arts, skipped = parseJSONL([]byte(text), base)
		case FormatCSV:
			arts, skipped = parseCSV([]byte(text), ',', base)
		case FormatTSV:
			arts, skipped = parseCSV([]byte(text), '\t', base)
		case FormatFeed:
			arts, skipped = parseFeed([]byte(text), base)
		default:
			raw = normalizeText([]byte(text))
			a, err := parseText(name, raw, nil)
			if err != nil {
				return nil, skip(reason(err))
			}
			a.Notes = append(base.Notes, a.Notes...)
			arts = []Article{a}
		}
	}
	var items []*item
	for _, a := range arts {
		switch {
		case len(a.Text) > opts.MaxArticleSize:
			skipped = append(skipped, Skipped{Source: a.Source.String(), Reason: fmt.Sprintf("too large: the text is %s, over the %s limit per article", sizeName(int64(len(a.Text))), sizeName(int64(opts.MaxArticleSize)))})
		case !hasWord(a.Text):
			skipped = append(skipped, Skipped{Source: a.Source.String(), Reason: ErrNoText.Error()})
		default:
			items = append(items, &item{a: a, raw: raw})
		}
	}
	return items, skipped
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
