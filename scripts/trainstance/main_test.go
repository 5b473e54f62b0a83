package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestRecipe: the training command, run on the data, writes the stance
// model embedded in corpus/nlp/target byte for byte.
func TestRecipe(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates 90 articles")
	}
	dir := filepath.Join("..", "..", "..", "shared", "data", "basil-dev", "raw")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("basil-dev absent (%v): it lives in ../shared beside the module, not in a clone", err)
	}
	out := filepath.Join(t.TempDir(), "stance.json")
	if err := run(context.Background(), []string{"-basil", dir, "-out", out}, io.Discard); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "corpus", "nlp", "target", "stance.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("stance.json differs from the embedded one: run go run ./scripts/trainstance and commit the result")
	}
}
