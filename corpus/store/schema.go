package store

import (
	"context"
	"database/sql"
	"fmt"
)

// applicationID marks a SQLite file as a framediff store ("frdf"), so that
// another program's database is refused rather than written into.
const applicationID = 0x66726466

// migrations take a store from one schema version to the next: migrations[i]
// from version i to i+1. PRAGMA user_version holds the version reached.
// Append only: a released migration is never edited, because stores made
// with it exist. It is an array so that SchemaVersion, its length, is a
// constant.
var migrations = [...]string{
	// 1: articles with their annotations, skipped inputs, facts about the store.
	`
CREATE TABLE articles (
	seq            INTEGER PRIMARY KEY,
	key            TEXT NOT NULL UNIQUE, -- "url " + URL, or "source " + source when there is no URL
	hash           BLOB NOT NULL UNIQUE, -- SHA-256 of the text
	id             TEXT NOT NULL,
	url            TEXT NOT NULL,
	outlet         TEXT NOT NULL,
	outlet_key     TEXT NOT NULL,        -- corpus.Slug(outlet), what --outlet matches
	title          TEXT NOT NULL,
	author         TEXT NOT NULL,
	published_unix INTEGER,              -- seconds since 1970 UTC; NULL when unknown
	published_nsec INTEGER,              -- and nanoseconds
	published_zone TEXT,                 -- the zone's name as the input gave it ("EST", "UTC", "")
	published_off  INTEGER,              -- and its offset east of UTC in seconds
	language       TEXT NOT NULL,
	format         TEXT NOT NULL,
	source         TEXT NOT NULL,
	record         INTEGER NOT NULL,
	words          INTEGER NOT NULL,
	notes          TEXT NOT NULL,        -- JSON array, "null" for none
	text           TEXT NOT NULL,
	annotations    BLOB NOT NULL,        -- see codec.go
	ingested       TEXT NOT NULL
);
CREATE INDEX articles_id ON articles (id);
CREATE INDEX articles_published ON articles (published_unix);
CREATE INDEX articles_outlet ON articles (outlet_key, published_unix);

CREATE TABLE skipped (
	source TEXT NOT NULL,
	reason TEXT NOT NULL,
	PRIMARY KEY (source, reason)
) WITHOUT ROWID;

CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;
`,
	// 2: the version of the annotator that made each article's
	// annotations (nlp.AnnotatorVersion; 0 for the articles stored
	// before versions were recorded), indexed so that stale articles are
	// counted without reading their texts. The meta table goes: nothing
	// ever read or wrote it.
	`
ALTER TABLE articles ADD COLUMN annotator INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_annotator ON articles (annotator);
DROP TABLE meta;
`,
	// 3: what comparisons keep to be used again (cache.go): each event's
	// framing by a key naming all it depends on, and the background
	// counts of the store's articles with the set of articles counted.
	`
CREATE TABLE frames (
	key   BLOB PRIMARY KEY,    -- SHA-256 of all the framing depends on (compare/cache.go)
	value BLOB NOT NULL,       -- the framing, JSON compressed with DEFLATE
	made  INTEGER NOT NULL     -- Unix seconds when it was kept
);
CREATE TABLE backgrounds (
	key     BLOB PRIMARY KEY,  -- SHA-256 of the settings counting depends on (compare/counts.go)
	counted BLOB NOT NULL,     -- the articles counted: 32-byte digests, concatenated
	counts  BLOB NOT NULL,     -- the counts, compressed with DEFLATE
	made    INTEGER NOT NULL
);
`,
	// 4: each article's compact record (records.go): what a comparison
	// reads of it instead of its annotations, by the rules that made it
	// (kind) and stamped with the text and annotator it was made from.
	`
CREATE TABLE records (
	seq       INTEGER NOT NULL,  -- the article's row (articles.seq)
	kind      BLOB NOT NULL,     -- SHA-256 of the rules that made the record (compare/record.go)
	hash      BLOB NOT NULL,     -- the article's text hash when it was made
	annotator INTEGER NOT NULL,  -- and its annotator
	value     BLOB NOT NULL,
	PRIMARY KEY (seq, kind)
) WITHOUT ROWID;
`,
	// 5: alignment's names and document frequencies
	// (compare/aligned.go), with the set of articles they were made
	// from, kept as the background counts are.
	`
CREATE TABLE alignments (
	key       BLOB PRIMARY KEY, -- SHA-256 of the settings alignment's inputs depend on (compare/aligned.go)
	made_from BLOB NOT NULL,    -- the articles they were made from: 32-byte digests, concatenated
	state     BLOB NOT NULL,    -- the names and frequencies, compressed with DEFLATE
	made      INTEGER NOT NULL
);
`,
}

// SchemaVersion is the schema this package writes.
const SchemaVersion = len(migrations)

// SchemaError is a store this framediff cannot use: written by a newer
// version, or not a framediff store at all.
type SchemaError struct {
	Path string
	// Version is the store's schema version; 0 with Foreign set when the
	// file is another program's database.
	Version int
	Foreign bool
	// what says why a foreign store is not framediff's, when it is not
	// another program's SQLite database.
	what string
}

func (e *SchemaError) Error() string {
	if e.Foreign {
		what := e.what
		if what == "" {
			what = "it is another program's SQLite database"
		}
		return fmt.Sprintf("%s is not a framediff store (%s)", e.Path, what)
	}
	return fmt.Sprintf("%s was written by a newer framediff (store schema %d; this one reads up to %d): upgrade framediff to use it", e.Path, e.Version, SchemaVersion)
}

// migrate brings the store to SchemaVersion. It runs in one immediate
// transaction, so two processes opening a new store at once migrate it
// once, and a migration killed half-way leaves the old version intact.
func migrate(ctx context.Context, db *sql.DB, path string) error {
	var version, appID int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return err
	}
	// The reads above are two snapshots, and another process may be
	// creating the store between them: only what they prove alone is
	// trusted here, the rest is checked again under the write lock.
	switch {
	case appID != 0 && appID != applicationID:
		return &SchemaError{Path: path, Foreign: true}
	case version > SchemaVersion:
		return &SchemaError{Path: path, Version: version}
	case version == SchemaVersion && appID == applicationID:
		return nil
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, nil) // immediate: see the DSN in Open
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Read again under the write lock: another process may have migrated.
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if err := tx.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return err
	}
	if err := checkVersion(ctx, tx, path, version, appID); err != nil || version == SchemaVersion {
		return err
	}
	for v := version; v < SchemaVersion; v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrating %s to schema %d: %w", path, v+1, err)
		}
	}
	// PRAGMAs take no parameters; both values are integers formatted here.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
		return err
	}
	return tx.Commit()
}

// checkVersion refuses a newer schema and a foreign database. An empty
// file (version 0, no tables) is a new store.
func checkVersion(ctx context.Context, db querier, path string, version, appID int) error {
	if appID != 0 && appID != applicationID {
		return &SchemaError{Path: path, Foreign: true}
	}
	if version > SchemaVersion {
		return &SchemaError{Path: path, Version: version}
	}
	if version == 0 && appID == 0 {
		var tables int
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
			return err
		}
		if tables > 0 {
			return &SchemaError{Path: path, Foreign: true}
		}
	}
	return nil
}
