package fetch

// The on-disk cache: one file per URL, named by the SHA-256 of the URL,
// in a directory of 256 buckets:
//
//	DIR/v1/3f/3f2a9c...   {"url": ..., "etag": ..., ...}\n<gzip of the body>
//
// The first line is the entry's metadata as JSON; the rest is the body,
// gzip-compressed (news pages are mostly markup and compress five to ten
// times). A file is written to a temporary name and renamed, so a reader
// sees a whole entry or none, and processes may share the directory. An
// unreadable file is a miss, overwritten by the next fetch. Nothing is
// ever evicted: the directory can be deleted at any time.

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// cacheVersion names the directory of this layout, so that another one
// never misreads it.
const cacheVersion = "v1"

// entry is one cached response.
type entry struct {
	URL          string    `json:"url"`
	Status       int       `json:"status"`             // 200; 301 or 308; any status for robots.txt
	Location     string    `json:"location,omitempty"` // a redirect's target, absolute
	ContentType  string    `json:"content_type,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Fetched      time.Time `json:"fetched"`          // when the server last confirmed it
	Expires      time.Time `json:"expires,omitzero"` // fresh until; zero: revalidate every time
	Size         int64     `json:"size"`             // of body
	body         []byte
}

// conditional reports whether the entry can be revalidated.
func (e *entry) conditional() bool { return e != nil && (e.ETag != "" || e.LastModified != "") }

// cache is a directory of entries; a zero cache (no directory) keeps
// nothing.
type cache struct {
	dir string
	// maxBody caps a body read back, as the network read is capped.
	maxBody int64
}

func (c *cache) path(u string) string {
	sum := sha256.Sum256([]byte(u))
	name := hex.EncodeToString(sum[:])
	return filepath.Join(c.dir, cacheVersion, name[:2], name)
}

// get returns the entry for u, or nil when there is none or it cannot be
// read.
func (c *cache) get(u string) *entry {
	if c.dir == "" {
		return nil
	}
	f, err := os.Open(c.path(u))
	if err != nil {
		return nil
	}
	defer f.Close()
	br := bufio.NewReader(f)
	line, err := br.ReadBytes('\n')
	if err != nil {
		return nil
	}
	var e entry
	if json.Unmarshal(line, &e) != nil || e.URL != u || e.Size < 0 || e.Size > c.maxBody {
		return nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil
	}
	e.body, err = io.ReadAll(io.LimitReader(zr, e.Size+1))
	if err != nil || int64(len(e.body)) != e.Size {
		return nil
	}
	return &e
}

// drop removes the entry for u, if any: a page that may no longer be
// kept, or kept with validators it no longer has.
func (c *cache) drop(u string) {
	if c.dir != "" {
		os.Remove(c.path(u))
	}
}

// put writes e, replacing what was there. A cache that cannot be written
// is reported once by the caller and otherwise ignored: the page was
// fetched.
func (c *cache) put(e *entry) error {
	if c.dir == "" {
		return nil
	}
	p := c.path(e.URL)
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return err
	}
	e.Size = int64(len(e.body))
	head, err := json.Marshal(e)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	buf.Write(head)
	buf.WriteByte('\n')
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	zw.Write(e.body)
	if err := zw.Close(); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(buf.Bytes())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), p)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("writing the cache: %w", err)
	}
	return nil
}
