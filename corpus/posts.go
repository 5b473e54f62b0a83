package corpus

// The signature of an embedded post. A page that embeds a post from a
// social network keeps, when it is scraped or its main text extracted,
// the post's text and its signature at the end of a paragraph:
//
//	The vote was rigged from the start! — Jan Novak (@jnovak) February 2, 2022
//
// or, from Instagram, "<caption> A post shared by Ana Ruiz (@anaruiz) on
// Feb 2, 2022 at 7:14am PST"; some pages set the name and the handle first
// instead ("Jan Novak (@jnovak) The vote was rigged ...": PostHeader).
// Such a paragraph is text, however short and whatever it ends in;
// annotation reads the post as its poster's words (corpus/nlp/posts.go).

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The longest post of each network, in characters as the network counts
// them.
const (
	maxTweetChars   = 280
	maxCaptionChars = 2200
)

// postSignature matches the signature that ends a paragraph holding an
// embedded post: a dash, or Instagram's "A post shared by" or "A photo
// posted by" (group 1), then the poster's name (group 2), the handle and
// the date (in English), and at most one short word after it (a scraped
// "Report" button). A signature that is its paragraph needs no dash
// ("Jane Roe (@janeroe) June 26, 2013").
var postSignature = regexp.MustCompile(`(?:^|\s)(?:—|–|--?|(A (?:post|photo|video) (?:shared|posted) by))\s*` + posterAndDate)

// postLone matches a signature that is its paragraph without a dash:
// "Jane Roe (@janeroe) June 26, 2013".
var postLone = regexp.MustCompile(`^()` + posterAndDate)

// posterAndDate is the poster's name (group 2), the handle and the date.
// A poster who shows a handle as the display name signs so too ("—
// @DanaVance2020 (@danavance2020) October 27, 2019"); such a post is
// still the poster's words, though it names no one (corpus/nlp's
// displayName).
const posterAndDate = `(@\w{1,30}|[^\s—–(@][^—–\n(@]{0,79}?)\s*\(@\w{1,30}\)\s*(?:on\s+)?` +
	`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2},\s+\d{4}` +
	`(?:\s+at\s+\d{1,2}:\d{2}\s*[aApP]\.?[mM]\.?(?:\s+[A-Z]{2,5})?)?(?:\s+\pL{1,12})?\s*$`

// maxLoneNameSpaces bounds the words of a name that signs a post without
// a dash (a display name, not a sentence).
const maxLoneNameSpaces = 5

// Signature is the signature of an embedded post that ends a paragraph.
type Signature struct {
	Start int  // where it starts in the paragraph (the space before its dash)
	Name  Span // the poster's display name ("Jan Novak")
	Limit int  // the longest post its network allows, in characters
}

// PostSignature finds the signature of an embedded post that ends the
// paragraph text para. A handle in a sentence ("Novak (@jnovak) said on
// February 2, 2022 that ...") signs nothing: the signature must end the
// paragraph.
func PostSignature(para string) (Signature, bool) {
	if !strings.Contains(para, "(@") {
		return Signature{}, false
	}
	m := postSignature.FindStringSubmatchIndex(para)
	if m == nil {
		if m = postLone.FindStringSubmatchIndex(para); m == nil || strings.Count(para[m[4]:m[5]], " ") >= maxLoneNameSpaces {
			return Signature{}, false
		}
		m[2] = -1
	}
	limit := maxTweetChars
	if m[2] >= 0 {
		limit = maxCaptionChars
	}
	return Signature{Start: m[0], Name: Span{Start: m[4], End: m[5]}, Limit: limit}, true
}

// postHeader matches the name and handle that open a paragraph holding an
// embedded post, as some pages set a post: "Jan Novak (@jnovak) The vote
// was rigged ...". The post opens with a capital, a digit, a mark or a
// sign: an author's note opens its sentence in lower case after the
// handle ("Jane Roe (@janeroe) is a reporter ...") and is no post.
var postHeader = regexp.MustCompile(`^([^\s—–(@][^—–\n(@]{0,59}?)\s*\(@\w{1,30}\)\s+[\p{Lu}\d"“‘'#@.]`)

// Header is the poster's name and handle that open a paragraph holding an
// embedded post (postHeader).
type Header struct {
	Post  int  // where the post starts in the paragraph
	Name  Span // the poster's display name
	Limit int  // the longest post its network allows, in characters
}

// PostHeader finds the name and handle that open the paragraph text para
// when it holds an embedded post set after them. A paragraph PostSignature
// finds a signature in is none.
func PostHeader(para string) (Header, bool) {
	if !strings.Contains(para, "(@") {
		return Header{}, false
	}
	if _, signed := PostSignature(para); signed {
		return Header{}, false
	}
	m := postHeader.FindStringSubmatchIndex(para)
	if m == nil {
		return Header{}, false
	}
	// The page does not say the network: a tweet's length bounds it.
	return Header{Post: m[1] - len(lastRune(para[:m[1]])), Name: Span{Start: m[2], End: m[3]}, Limit: maxTweetChars}, true
}

// lastRune returns the last character of s.
func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}
