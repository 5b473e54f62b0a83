package frame

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// countsMagic starts an encoded Counts; the digit is the encoding's
// version.
const countsMagic = "framediff-counts-1\n"

// MarshalBinary encodes the counts: the document count, the totals, the
// outlets, then each term with its count and, for a word, its document
// frequency and capitalisation, for a phrase, its outlet. Terms are in no
// particular order: the bytes are a container, not an identity.
func (c *Counts) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(countsMagic)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { b.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { b.Write(buf[:binary.PutVarint(buf[:], x)]) }
	str := func(s string) { uv(uint64(len(s))); b.WriteString(s) }
	b.Grow(len(c.own.terms.keys) + 8*c.Terms())
	uv(uint64(c.docs))
	for n := 1; n <= maxN; n++ {
		uv(uint64(c.own.total[n]))
	}
	uv(uint64(len(c.outlets)))
	for name, i := range c.outlets {
		str(name)
		uv(uint64(i))
	}
	uv(uint64(c.Terms()))
	for i, n := range c.own.count {
		key := c.own.terms.key(i)
		uv(uint64(len(key)))
		b.Write(key)
		uv(uint64(n))
		// Words, and only they, have a capitalisation count.
		if w := c.word[i]; w != 0 {
			wc := c.words[w-1]
			b.WriteByte(1)
			uv(uint64(wc.df))
			uv(uint64(wc.capital[0]))
			uv(uint64(wc.capital[1]))
		} else {
			b.WriteByte(0)
			sv(int64(c.outlet[i]))
		}
	}
	return b.Bytes(), nil
}

// UnmarshalBinary decodes what MarshalBinary encoded into c, replacing
// what c held.
func (c *Counts) UnmarshalBinary(data []byte) error {
	if !bytes.HasPrefix(data, []byte(countsMagic)) {
		return errors.New("background counts: not an encoding this framediff reads")
	}
	r := bufio.NewReader(bytes.NewReader(data[len(countsMagic):]))
	var err error
	uv := func() uint64 {
		if err != nil {
			return 0
		}
		var x uint64
		x, err = binary.ReadUvarint(r)
		return x
	}
	sv := func() int64 {
		if err != nil {
			return 0
		}
		var x int64
		x, err = binary.ReadVarint(r)
		return x
	}
	str := func() string {
		n := uv()
		if err != nil {
			return ""
		}
		if n > uint64(len(data)) {
			err = errors.New("length past the end")
			return ""
		}
		p := make([]byte, n)
		_, err = io.ReadFull(r, p)
		return string(p)
	}
	*c = *NewCounts()
	c.docs = int(uv())
	for n := 1; n <= maxN; n++ {
		c.own.total[n] = int(uv())
	}
	outlets := uv()
	for i := uint64(0); i < outlets && err == nil; i++ {
		name := str()
		c.outlets[name] = int32(uv())
	}
	terms := uv()
	if err == nil && terms > uint64(len(data)) {
		err = errors.New("term count past the end")
	}
	if err == nil {
		// A term takes 4 bytes at the least.
		c.reserve(int(min(terms, uint64(len(data)/4))))
	}
	for k := uint64(0); k < terms && err == nil; k++ {
		key := str()
		if err != nil {
			break
		}
		i := c.index(key, c.own.terms.hashOf(key))
		c.own.count[i] = int(uv())
		var word byte
		if err == nil {
			word, err = r.ReadByte()
		}
		if word == 1 {
			wc := c.wordAt(i)
			if df := int(uv()); df > 0 {
				wc.df = df
			}
			wc.capital = [2]int{int(uv()), int(uv())}
		} else if o := int32(sv()); o != 0 {
			c.outlet[i] = o
		}
	}
	if err != nil {
		return fmt.Errorf("background counts: %w", err)
	}
	return nil
}
