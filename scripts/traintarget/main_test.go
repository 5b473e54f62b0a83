package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestRecipe: the training command, run on the data, writes the model and
// lexicon embedded in corpus/nlp/target byte for byte, so the weights
// in the binary are the recipe's and nothing else.
func TestRecipe(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates and trains on 6,000 sentences")
	}
	data := filepath.Join("..", "..", "..", "shared", "data", "newsmtsc", "train.jsonl")
	if _, err := os.Stat(data); err != nil {
		t.Skipf("newsmtsc absent (%v): it lives in ../shared beside the module, not in a clone", err)
	}
	out := t.TempDir()
	if err := run([]string{"-data", data, "-out", out}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"model.json", "lexicon.tsv"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "corpus", "nlp", "target", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the embedded one: run go run ./scripts/traintarget and commit the result", name)
		}
	}
}
