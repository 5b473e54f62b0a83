package store

// What comparisons keep in the store to be used again: the framing of
// each event, the background counts of the store's articles and
// alignment's names and document frequencies (see compare/cache.go,
// compare/counts.go and compare/aligned.go, which make the keys and
// values; here they are bytes). All are written outside the store's
// write lock: a key names its value, so two processes that keep one key
// keep the same value, and the first one written stays (INSERT ... ON
// CONFLICT DO NOTHING); background counts and alignment's inputs are
// replaced whole, the last one written winning, and are read with their
// set of articles in one snapshot.
//
// A store opened read-only gives what it holds and keeps nothing; a store
// at a schema older than 3 (5 for alignment's inputs), read as it is,
// holds nothing.

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"
)

// cacheSchema is the first schema with the frames and backgrounds tables.
const cacheSchema = 3

// Frames returns the values kept under keys, by key; a key not kept is
// left out.
func (s *Store) Frames(ctx context.Context, keys []string) (map[string][]byte, error) {
	out := make(map[string][]byte, len(keys))
	if s.schema < cacheSchema || len(keys) == 0 {
		return out, nil
	}
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(keys)), ", ")
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = []byte(k)
	}
	c := conn{s.db, s.eng}
	rows, err := c.QueryContext(ctx, "SELECT key, value FROM frames WHERE key IN ("+marks+")", args...)
	if err != nil {
		return nil, s.wrap("reading", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, v []byte
		if err := rows.Scan(&k, &v); err != nil {
			return nil, s.wrap("reading", err)
		}
		out[string(k)] = v
	}
	return out, s.wrap("reading", rows.Err())
}

// KeepFrames keeps values by key, in one transaction; a key already kept
// keeps its value.
func (s *Store) KeepFrames(ctx context.Context, frames map[string][]byte) error {
	if s.readOnly || s.schema < cacheSchema || len(frames) == 0 {
		return nil
	}
	return s.keep(ctx, func(t tx) error {
		st, err := t.PrepareContext(ctx, "INSERT INTO frames (key, value, made) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING")
		if err != nil {
			return err
		}
		defer st.Close()
		now := time.Now().Unix()
		for k, v := range frames {
			if _, err := st.ExecContext(ctx, []byte(k), v, now); err != nil {
				return err
			}
		}
		return nil
	})
}

// Counted returns the set of articles counted by the counts kept under
// key, nil when none are.
func (s *Store) Counted(ctx context.Context, key string) ([]byte, error) {
	return s.background(ctx, "counted", key)
}

// Counts returns the counts kept under key, nil when none are.
func (s *Store) Counts(ctx context.Context, key string) ([]byte, error) {
	return s.background(ctx, "counts", key)
}

func (s *Store) background(ctx context.Context, column, key string) ([]byte, error) {
	if s.schema < cacheSchema {
		return nil, nil
	}
	var v []byte
	err := conn{s.db, s.eng}.QueryRowContext(ctx, "SELECT "+column+" FROM backgrounds WHERE key = ?", []byte(key)).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, s.wrap("reading", err)
	}
	if v == nil {
		v = []byte{}
	}
	return v, nil
}

// KeepCounts keeps counts and the set of articles they count under key,
// replacing what was kept there.
func (s *Store) KeepCounts(ctx context.Context, key string, counted, counts []byte) error {
	if s.readOnly || s.schema < cacheSchema {
		return nil
	}
	return s.keep(ctx, func(t tx) error {
		_, err := t.ExecContext(ctx, `INSERT INTO backgrounds (key, counted, counts, made) VALUES (?, ?, ?, ?)
ON CONFLICT (key) DO UPDATE SET counted = excluded.counted, counts = excluded.counts, made = excluded.made`,
			[]byte(key), counted, counts, time.Now().Unix())
		return err
	})
}

// alignedSchema is the first schema with the alignments table.
const alignedSchema = 5

// Aligned returns the set of articles and the state of alignment's
// inputs kept under key, read in one statement so that the two belong
// together; nil and nil when none are.
func (s *Store) Aligned(ctx context.Context, key string) (set, state []byte, err error) {
	if s.schema < alignedSchema {
		return nil, nil, nil
	}
	err = conn{s.db, s.eng}.QueryRowContext(ctx, "SELECT made_from, state FROM alignments WHERE key = ?", []byte(key)).Scan(&set, &state)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, s.wrap("reading", err)
	}
	if set == nil {
		set = []byte{}
	}
	return set, state, nil
}

// KeepAligned keeps alignment's inputs and the set of articles they were
// made from under key, replacing what was kept there.
func (s *Store) KeepAligned(ctx context.Context, key string, set, state []byte) error {
	if s.readOnly || s.schema < alignedSchema {
		return nil
	}
	return s.keep(ctx, func(t tx) error {
		_, err := t.ExecContext(ctx, `INSERT INTO alignments (key, made_from, state, made) VALUES (?, ?, ?, ?)
ON CONFLICT (key) DO UPDATE SET made_from = excluded.made_from, state = excluded.state, made = excluded.made`,
			[]byte(key), set, state, time.Now().Unix())
		return err
	})
}

// keep runs fn in a transaction of its own, without the store's write
// lock on PostgreSQL (SQLite has one lock for every write).
func (s *Store) keep(ctx context.Context, fn func(tx) error) error {
	raw, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.wrap("writing", err)
	}
	t := tx{raw, s.eng}
	if err := fn(t); err != nil {
		t.Rollback()
		return s.wrap("writing", err)
	}
	return s.wrap("writing", t.Commit())
}
