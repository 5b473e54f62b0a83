package mojibake

// Algorithm (the core of ftfy's fix_encoding; Speer, 2019, conservative):
//
//	text ──C1──> a lone U+0080..U+009F read as the Windows-1252 character it was
//	             (C1 controls in a row are bytes of lost UTF-8: left)
//	     ──runs──> maximal runs of characters that Windows-1252 can encode
//	     ──bytes──> each run encoded back to the bytes it was decoded from
//	     ──UTF-8──> lead byte C2..F4 followed by exactly its continuation
//	                bytes 80..BF, valid UTF-8: a candidate sequence
//	     ──gates──> only candidates that read as mojibake are decoded
//	     ──repeat──> until a round changes nothing (double, triple encoding)
//
// The encoding is "sloppy" Windows-1252: Latin-1 for U+00A0..U+00FF, the
// 27 printable characters of 0x80..0x9F (€ ‚ ƒ … ’ “ ” – — ™ ...), and the
// C1 controls U+0080..U+009F as their own bytes, since decoders map the five
// bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), or all
// of 0x80..0x9F when they decode as Latin-1, to those controls.
//
// Each candidate is judged on its own, so a run that mixes a legitimate
// "é" with a mojibake "â€™" gets only the mojibake decoded; the legitimate
// accent is never a byte of a candidate unless the bytes after it happen
// to be continuations. That accident is what the gates are for:
//
//   - The decoded character must be one that mojibake of Western text
//     produces: Windows-1252's characters, Latin Extended-A, the Romanian
//     comma letters, Latin Extended Additional (Vietnamese), U+2000..U+2FFF
//     (punctuation, currency, letterlike, arrows, maths, symbols), the
//     ligatures U+FB00..U+FB06, the byte-order mark, U+FFFD and emoji.
//     Anything else (Greek, Cyrillic, Arabic, CJK, IPA, combining marks)
//     is decoded only where the run decodes two adjacent letters of that
//     script, as a mis-decoded Russian or Chinese word does; one stray
//     letter is far likelier an accident of legitimate text: French
//     "café »" with a no-break space is, byte for byte, "é" + A0 + BB, a
//     Chinese character.
//   - A two-byte candidate whose second character is punctuation that
//     legitimately follows a word (quotes, dashes, ellipsis, no-break
//     space...) and that is not followed by a letter or digit (or, after a
//     no-break space, by a space) is ambiguous: Portuguese "IRMÃ”" is a
//     capital Ã before a closing quote, and the mojibake of "Ô" alike. It
//     is decoded only when the same run holds an unambiguous candidate,
//     since mojibake comes by the article, not by the character.
//
// Each round replaces sequences of two to four characters by one, so the
// rounds end; real text is at most three layers deep. The result is a
// fixed point, so Repair is idempotent.
//
// Cost: O(n) per round; text without a possible lead character (Â..ô) or a
// C1 control, which is all pure ASCII and most English, is returned after
// one scan of its bytes without allocating.
//
// Limits: mojibake through other code pages (MacRoman, Windows-1251) is not
// repaired; mojibake whose no-break space was already turned into a space
// or whose soft hyphen was dropped ("Ã " for "à") is left, since "Ã " is
// also legitimate text; a lone mis-decoded Greek or Cyrillic letter in
// Latin text is left; a legitimate capital from Â..ß before closing
// punctuation in a run that also holds mojibake is decoded with it.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Repair returns s with its mojibake decoded and each lone C1 control read
// as the Windows-1252 character it stands for (U+0092 as ’; see fixC1 for
// the ones that stay). Text with neither comes back unchanged. Invalid
// UTF-8 bytes in s are kept as they are and never form part of a repair.
func Repair(s string) string {
	if !suspect(s) {
		return s
	}
	s = fixC1(s)
	for {
		// A round can leave a C1 control alone that stood beside another.
		t := fixC1(round(s))
		if t == s {
			return s
		}
		s = t
	}
}

// suspect reports whether s holds a C1 control (C2 80..C2 9F in UTF-8) or a
// character that can stand for a UTF-8 lead byte (U+00C2..U+00F4, C3 82..C3
// B4): without one there is nothing to repair.
func suspect(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case 0xC2:
			if s[i+1] <= 0x9F {
				return true
			}
		case 0xC3:
			if s[i+1] >= 0x82 && s[i+1] <= 0xB4 {
				return true
			}
		}
	}
	return false
}

// specials maps the printable characters of Windows-1252's 0x80..0x9F to
// their bytes, and c1 the other way, both read from x/text's table, which
// leaves the five undefined bytes as U+FFFD.
var specials, c1 = func() (map[rune]byte, [32]rune) {
	m := make(map[rune]byte, 27)
	var back [32]rune
	for b := 0x80; b <= 0x9F; b++ {
		r := charmap.Windows1252.DecodeByte(byte(b))
		if r == utf8.RuneError {
			back[b-0x80] = rune(b)
			continue
		}
		m[r] = byte(b)
		back[b-0x80] = r
	}
	return m, back
}()

// encode returns the byte that sloppy Windows-1252 encodes r as.
func encode(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	b, ok := specials[r]
	return b, ok
}

// fixC1 replaces each C1 control that stands alone by the Windows-1252
// character of its byte: cp1252 text decoded as Latin-1 leaves
// "government\u0092s". Two or more in a row are left: they are UTF-8
// continuation bytes whose lead byte was lost ("laureate,\u0080\u0094" for
// "laureate,—"), and reading them as "€”" would invent a euro sign. For
// the same reason U+0080, the commonest such byte (the second of every
// "—", "’" and "“"), is "€" only beside a number ("\u00805bn", "5 \u0080").
func fixC1(s string) string {
	if !strings.ContainsFunc(s, isC1) {
		return s
	}
	rs := []rune(s)
	for k, r := range rs {
		if !isC1(r) || k > 0 && isC1(rs[k-1]) || k+1 < len(rs) && isC1(rs[k+1]) {
			continue
		}
		if r == 0x80 && !besideNumber(rs, k) {
			continue
		}
		rs[k] = c1[r-0x80]
	}
	return string(rs)
}

// besideNumber reports whether a digit is next to rs[k], or one space away
// before it.
func besideNumber(rs []rune, k int) bool {
	digit := func(i int) bool { return i >= 0 && i < len(rs) && unicode.IsDigit(rs[i]) }
	return digit(k-1) || digit(k+1) || k >= 2 && rs[k-1] == ' ' && digit(k-2)
}

func isC1(r rune) bool { return r >= 0x80 && r <= 0x9F }

// round decodes the candidates of every run of encodable characters once.
func round(s string) string {
	var out strings.Builder
	done := 0 // s[:done] is in out, or out is unused
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if _, ok := encode(r); !ok || (r == utf8.RuneError && n == 1) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if _, ok := encode(r); !ok || (r == utf8.RuneError && n == 1) {
				break
			}
			j += n
		}
		if fixed, ok := fixRun(s[i:j], s[j:]); ok {
			if out.Len() == 0 {
				out.Grow(len(s))
			}
			out.WriteString(s[done:i])
			out.WriteString(fixed)
			done = j
		}
		i = j
	}
	if done == 0 {
		return s
	}
	out.WriteString(s[done:])
	return out.String()
}

// candidate is a UTF-8 sequence found in a run's bytes: bytes [at, at+n)
// (which are the run's characters [at, at+n), one byte each) decode to r.
type candidate struct {
	at, n int
	r     rune
}

// fixRun decodes the candidates of run that pass the gates; rest is the
// text after the run, for the character that follows its last candidate.
func fixRun(run, rest string) (string, bool) {
	if !leadThenContinuation(run) {
		return "", false
	}
	// Bytes and characters of the run, index for index.
	chars := []rune(run)
	raw := make([]byte, len(chars))
	for k, r := range chars {
		raw[k], _ = encode(r)
	}
	var cands []candidate
	for k := 0; k < len(raw); {
		n := seqLen(raw[k])
		if n == 0 || k+n > len(raw) || !continuations(raw[k+1:k+n]) {
			k++
			continue
		}
		r, size := utf8.DecodeRune(raw[k : k+n])
		if r == utf8.RuneError || size != n {
			k++
			continue
		}
		cands = append(cands, candidate{at: k, n: n, r: r})
		k += n
	}
	if len(cands) == 0 {
		return "", false
	}

	// Scripts that the run spells a word in: two adjacent decoded letters.
	words := map[int]bool{}
	for k := 1; k < len(cands); k++ {
		a, b := cands[k-1], cands[k]
		if a.at+a.n == b.at && !western(a.r) && !western(b.r) && unicode.IsLetter(a.r) && unicode.IsLetter(b.r) {
			if g := script(a.r); g != 0 && g == script(b.r) {
				words[g] = true
			}
		}
	}
	accept := make([]bool, len(cands))
	evidence := false
	var ambiguous []int
	for k, c := range cands {
		switch {
		case !western(c.r):
			accept[k] = words[script(c.r)] && script(c.r) != 0 && (unicode.IsLetter(c.r) || unicode.IsMark(c.r))
			evidence = evidence || accept[k]
		case c.n == 2 && trailing(chars[c.at+1]) && !wordAfter(chars, c.at+2, rest, chars[c.at+1] == '\u00a0'):
			ambiguous = append(ambiguous, k)
		default:
			accept[k] = true
			evidence = true
		}
	}
	if evidence {
		for _, k := range ambiguous {
			accept[k] = true
		}
	}

	var b strings.Builder
	b.Grow(len(run))
	last, changed := 0, false
	for k, c := range cands {
		if !accept[k] {
			continue
		}
		changed = true
		b.WriteString(string(chars[last:c.at]))
		r := c.r
		if isC1(r) {
			r = c1[r-0x80]
		}
		b.WriteRune(r)
		last = c.at + c.n
	}
	if !changed {
		return "", false
	}
	b.WriteString(string(chars[last:]))
	return b.String(), true
}

// leadThenContinuation reports whether a character that encodes to a lead
// byte is followed by one that encodes to a continuation byte: the least a
// candidate needs. Most runs of legitimate accented text have none, and
// are passed over without encoding them.
func leadThenContinuation(run string) bool {
	lead := false
	for _, r := range run {
		if lead {
			if b, _ := encode(r); b >= 0x80 && b <= 0xBF {
				return true
			}
		}
		lead = r >= 0xC2 && r <= 0xF4
	}
	return false
}

// seqLen is the length of the UTF-8 sequence that lead byte b starts, or 0
// for a byte that starts none (ASCII, continuation, C0, C1, F5..FF).
func seqLen(b byte) int {
	switch {
	case b >= 0xC2 && b <= 0xDF:
		return 2
	case b >= 0xE0 && b <= 0xEF:
		return 3
	case b >= 0xF0 && b <= 0xF4:
		return 4
	}
	return 0
}

func continuations(bs []byte) bool {
	for _, b := range bs {
		if b < 0x80 || b > 0xBF {
			return false
		}
	}
	return true
}

// western reports whether r is a character that mojibake of Western text
// decodes to, and legitimate text almost never spells by accident (see the
// package comment). C1 controls and the Windows-1252 characters outside
// these ranges (ƒ ˆ ˜) are in: in double mojibake they are the first
// layer's characters ("‘" is "â€˜" once, "Ã¢â‚¬Ëœ" twice).
func western(r rune) bool {
	if _, ok := specials[r]; ok {
		return true
	}
	switch {
	case r >= 0x80 && r <= 0x17F: // Latin-1, Latin Extended-A
		return true
	case r >= 0x218 && r <= 0x21B: // Romanian Ș ș Ț ț
		return true
	case r >= 0x1E00 && r <= 0x1EFF: // Latin Extended Additional
		return true
	case r >= 0x2000 && r <= 0x2FFF: // punctuation, currency, symbols
		return true
	case r >= 0xFB00 && r <= 0xFB06, r == 0xFEFF, r == 0xFFFD:
		return true
	case r >= 0x1F000 && r <= 0x1FFFF: // emoji and pictographs
		return true
	}
	return false
}

// trailing reports whether r is punctuation that legitimately follows a
// word: a capital from Â..ß before it is as likely as mojibake.
func trailing(r rune) bool {
	return strings.ContainsRune("‘’‚“”„‹›«»–—…•†‡·¡¿\u00a0", r)
}

// wordAfter reports whether a letter or digit follows position k of chars,
// looking into rest when the run ends there; with space set, white space
// counts too. A no-break space is followed by punctuation ("CAFÉ\u00a0!")
// or a word, never by another space, as "Ã\u00a0 la", the mojibake of
// "à la", is.
func wordAfter(chars []rune, k int, rest string, space bool) bool {
	var r rune
	switch {
	case k < len(chars):
		r = chars[k]
	case rest != "":
		r, _ = utf8.DecodeRuneInString(rest)
	default:
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || space && unicode.IsSpace(r)
}

// scripts groups the Unicode scripts a mis-decoded word may be in; Han,
// Hiragana and Katakana are one group, as Japanese mixes them in a word.
var scripts = []struct {
	group int
	table *unicode.RangeTable
}{
	{1, unicode.Latin}, {2, unicode.Greek}, {3, unicode.Cyrillic},
	{4, unicode.Armenian}, {5, unicode.Hebrew}, {6, unicode.Arabic},
	{7, unicode.Syriac}, {8, unicode.Thaana}, {9, unicode.Devanagari},
	{10, unicode.Bengali}, {11, unicode.Gurmukhi}, {12, unicode.Gujarati},
	{13, unicode.Oriya}, {14, unicode.Tamil}, {15, unicode.Telugu},
	{16, unicode.Kannada}, {17, unicode.Malayalam}, {18, unicode.Sinhala},
	{19, unicode.Thai}, {20, unicode.Lao}, {21, unicode.Tibetan},
	{22, unicode.Myanmar}, {23, unicode.Georgian}, {24, unicode.Hangul},
	{25, unicode.Ethiopic}, {26, unicode.Khmer},
	{27, unicode.Han}, {27, unicode.Hiragana}, {27, unicode.Katakana},
}

// script returns r's group in scripts, or 0.
func script(r rune) int {
	for _, s := range scripts {
		if unicode.Is(s.table, r) {
			return s.group
		}
	}
	return 0
}
