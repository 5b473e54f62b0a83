package store

import (
	"context"
	"database/sql"
	"errors"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// sqliteEngine is a store in one SQLite file. Its write transactions are
// immediate (see the DSN in Open): they take the file's write lock when
// they begin, and wait BusyTimeout for it.
type sqliteEngine struct{}

var _ engine = sqliteEngine{}

func (sqliteEngine) begin(ctx context.Context, db *sql.DB, write bool) (*sql.Tx, error) {
	if write {
		return db.BeginTx(ctx, nil)
	}
	// In WAL mode a read transaction is a snapshot, and waits for no
	// writer.
	return db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
}

func (sqliteEngine) rebind(query string) string { return query }

func (sqliteEngine) classify(name string, err error) error {
	var le *sqlite.Error
	if !errors.As(err, &le) {
		return nil
	}
	switch le.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return &BusyError{Path: name, Err: err}
	case sqlite3.SQLITE_READONLY:
		return &ReadOnlyError{Path: name, Err: err}
	case sqlite3.SQLITE_NOTADB:
		return &SchemaError{Path: name, Foreign: true}
	}
	return nil
}

// isBusy reports whether err is SQLite's busy or locked.
func isBusy(err error) bool {
	var le *sqlite.Error
	if !errors.As(err, &le) {
		return false
	}
	c := le.Code() & 0xff
	return c == sqlite3.SQLITE_BUSY || c == sqlite3.SQLITE_LOCKED
}
