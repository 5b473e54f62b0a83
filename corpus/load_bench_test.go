package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// benchLoad measures Load without annotation: bytes read per second (from
// SetBytes) and articles per second.
func benchLoad(b *testing.B, paths []string) {
	var size int64
	for _, p := range paths {
		filepath.WalkDir(p, func(_ string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if fi, err := d.Info(); err == nil {
					size += fi.Size()
				}
			}
			return nil
		})
	}
	b.SetBytes(size)
	b.ReportAllocs()
	articles := 0
	for b.Loop() {
		set, err := Load(context.Background(), paths, nil, Options{})
		if err != nil {
			b.Fatal(err)
		}
		articles += len(set.Articles)
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkLoadSample reads the sample corpus and the format fixtures: many
// small files, every parser.
func BenchmarkLoadSample(b *testing.B) {
	root := moduleRoot(b)
	benchLoad(b, []string{filepath.Join(root, "testdata", "corpus"), filepath.Join(root, "testdata", "formats")})
}

// BenchmarkLoadBasil reads basil-dev's two JSON Lines files (451 articles,
// 2.3 MB): the bulk path, with duplicate detection and template learning
// over hundreds of articles.
func BenchmarkLoadBasil(b *testing.B) {
	dir := sharedPath(b, "data/basil-dev")
	benchLoad(b, []string{filepath.Join(dir, "basil.jsonl"), filepath.Join(dir, "distractors.jsonl")})
}

// BenchmarkLoadAEB reads the 181 gzipped pages of ../shared/data/aeb: the
// HTML path (readability), the slowest per byte.
func BenchmarkLoadAEB(b *testing.B) {
	dir := sharedPath(b, "data/aeb/html")
	benchLoad(b, []string{dir})
}
