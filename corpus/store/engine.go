package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"sync"
)

// engine is what differs between the databases a store can live in: how
// a transaction begins, how a query names its parameters, and what the
// database's errors mean. Everything else (the rules of ingest, the
// encoding of annotations, the filters) is one code for both, written in
// the SQL the two share, with ? for parameters.
type engine interface {
	// begin starts a transaction. A write transaction holds the store's
	// write lock from its start, so that writers take turns and each
	// decides on the store as the others left it; a read transaction is
	// one snapshot of the store.
	begin(ctx context.Context, db *sql.DB, write bool) (*sql.Tx, error)
	// rebind rewrites a query written with ? parameters in the
	// database's own notation.
	rebind(query string) string
	// classify turns an error of the database into the *BusyError,
	// *ReadOnlyError or *SchemaError of the store named name, or returns
	// nil when it is none of them.
	classify(name string, err error) error
}

// tx is a transaction whose queries are written with ? parameters.
type tx struct {
	*sql.Tx
	eng engine
}

func (t tx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(ctx, t.eng.rebind(query), args...)
}

func (t tx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(ctx, t.eng.rebind(query), args...)
}

func (t tx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(ctx, t.eng.rebind(query), args...)
}

func (t tx) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return t.Tx.PrepareContext(ctx, t.eng.rebind(query))
}

// conn is the store's database outside a transaction, its queries written
// with ? parameters.
type conn struct {
	*sql.DB
	eng engine
}

func (c conn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return c.DB.QueryRowContext(ctx, c.eng.rebind(query), args...)
}

func (c conn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return c.DB.QueryContext(ctx, c.eng.rebind(query), args...)
}

func (c conn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return c.DB.ExecContext(ctx, c.eng.rebind(query), args...)
}

var (
	_ querier = tx{}
	_ querier = conn{}
)

// begin starts a transaction on the store's engine.
func (s *Store) begin(ctx context.Context, write bool) (tx, error) {
	t, err := s.eng.begin(ctx, s.db, write)
	return tx{t, s.eng}, err
}

// dollarParams rewrites ? parameters as $1, $2, ... (PostgreSQL's), leaving
// alone a ? inside a quoted string or identifier. Queries are few and
// fixed, so each is rewritten once and remembered.
type dollarParams struct{ cache sync.Map }

func (n *dollarParams) rebind(query string) string {
	if q, ok := n.cache.Load(query); ok {
		return q.(string)
	}
	var b strings.Builder
	i := 0
	var quote byte
	for j := 0; j < len(query); j++ {
		c := query[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '?':
			i++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(i))
			continue
		}
		b.WriteByte(c)
	}
	q := b.String()
	n.cache.Store(query, q)
	return q
}
