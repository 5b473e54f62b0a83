package store

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
)

// TestCacheTables keeps framing and counts and reads them back on every
// engine: a key keeps its first value, counts are replaced whole, a key
// never kept is absent, and a store opened read-only reads and keeps
// nothing new.
func TestCacheTables(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		ctx := context.Background()
		loc := e.location(t)
		s, err := Open(ctx, loc)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		k1, k2, k3 := string(bytes.Repeat([]byte{1}, 32)), string(bytes.Repeat([]byte{2}, 32)), string(bytes.Repeat([]byte{0, 3}, 16))
		if err := s.KeepFrames(ctx, map[string][]byte{k1: []byte("one"), k2: {0, 0xff, 0}}); err != nil {
			t.Fatal(err)
		}
		if err := s.KeepFrames(ctx, map[string][]byte{k1: []byte("another")}); err != nil {
			t.Fatal(err)
		}
		got, err := s.Frames(ctx, []string{k1, k2, k3})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || string(got[k1]) != "one" || !bytes.Equal(got[k2], []byte{0, 0xff, 0}) {
			t.Errorf("frames read back %q, want k1 one and k2 its bytes, k3 absent", got)
		}
		if c, err := s.Counted(ctx, k1); err != nil || c != nil {
			t.Errorf("counted before any were kept: %q, %v", c, err)
		}
		for _, v := range []string{"first", "second"} {
			if err := s.KeepCounts(ctx, k1, []byte(v+" set"), []byte(v+" counts")); err != nil {
				t.Fatal(err)
			}
		}
		c, err := s.Counted(ctx, k1)
		if err != nil || string(c) != "second set" {
			t.Errorf("counted %q, %v: want the second set", c, err)
		}
		if c, err := s.Counts(ctx, k1); err != nil || string(c) != "second counts" {
			t.Errorf("counts %q, %v: want the second counts", c, err)
		}
		if e.name != "sqlite" {
			return
		}
		s.Close()
		ro, err := OpenReadOnly(ctx, loc)
		if err != nil {
			t.Fatal(err)
		}
		defer ro.Close()
		if err := ro.KeepFrames(ctx, map[string][]byte{k3: []byte("x")}); err != nil {
			t.Errorf("a read-only store refused to keep nothing: %v", err)
		}
		got, err = ro.Frames(ctx, []string{k1, k3})
		if err != nil || len(got) != 1 || string(got[k1]) != "one" {
			t.Errorf("read-only store: frames %q, %v; want k1 alone", got, err)
		}
	})
}

// TestCacheOldSchema reads a store at schema 1, as a read-only user
// would: it holds no framing and keeps none.
func TestCacheOldSchema(t *testing.T) {
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	ro, err := OpenReadOnly(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	ro.schema = 2 // as a store from before the cache, read as it is
	if got, err := ro.Frames(ctx, []string{"k"}); err != nil || len(got) != 0 {
		t.Errorf("frames of a schema 2 store: %q, %v", got, err)
	}
	if c, err := ro.Counted(ctx, "k"); err != nil || c != nil {
		t.Errorf("counted of a schema 2 store: %q, %v", c, err)
	}
}

// TestAlignedTable keeps alignment's inputs and reads them back on every
// engine: none before any are kept, the last kept under a key replaces
// the one before, set and state read together, and a store older than
// the table or opened read-only keeps nothing and reads none.
func TestAlignedTable(t *testing.T) {
	eachEngine(t, func(t *testing.T, e testEngine) {
		ctx := context.Background()
		loc := e.location(t)
		s, err := Open(ctx, loc)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		k1, k2 := string(bytes.Repeat([]byte{1}, 32)), string(bytes.Repeat([]byte{0, 2}, 16))
		if set, st, err := s.Aligned(ctx, k1); err != nil || set != nil || st != nil {
			t.Errorf("before any were kept: %q, %q, %v", set, st, err)
		}
		for _, v := range []string{"first", "second"} {
			if err := s.KeepAligned(ctx, k1, []byte(v+" set"), []byte{0, 0xff, v[0]}); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.KeepAligned(ctx, k2, []byte{}, []byte("other")); err != nil {
			t.Fatal(err)
		}
		set, st, err := s.Aligned(ctx, k1)
		if err != nil || string(set) != "second set" || !bytes.Equal(st, []byte{0, 0xff, 's'}) {
			t.Errorf("read back %q, %q, %v: want the second", set, st, err)
		}
		if set, st, err := s.Aligned(ctx, k2); err != nil || set == nil || len(set) != 0 || string(st) != "other" {
			t.Errorf("an empty set read back as %q (nil %v), %q, %v", set, set == nil, st, err)
		}
		if e.name != "sqlite" {
			return
		}
		s.Close()
		ro, err := OpenReadOnly(ctx, loc)
		if err != nil {
			t.Fatal(err)
		}
		defer ro.Close()
		if err := ro.KeepAligned(ctx, k1, []byte("x"), []byte("y")); err != nil {
			t.Errorf("a read-only store refused to keep nothing: %v", err)
		}
		if set, _, err := ro.Aligned(ctx, k1); err != nil || string(set) != "second set" {
			t.Errorf("read-only store: %q, %v; want the second set", set, err)
		}
		ro.schema = alignedSchema - 1 // as a store from before the table, read as it is
		if set, st, err := ro.Aligned(ctx, k1); err != nil || set != nil || st != nil {
			t.Errorf("a schema %d store: %q, %q, %v", ro.schema, set, st, err)
		}
	})
}
