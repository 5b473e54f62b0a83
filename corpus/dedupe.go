package corpus

// Duplicates.
//
// Algorithm: two articles are the same article read twice when their URLs
// are equal once normalised (scheme, "www." and similar host prefixes, a
// trailing slash, "/amp" and "/print" endings, the fragment and tracking
// parameters such as utm_* ignored), or when their texts are near-identical:
// the Jaccard similarity of their sets of 5-word shingles is at least
// NearDuplicate. Candidate text pairs come from MinHash with banding (32
// hashes in 8 bands of 4), so the cost grows with the number of articles,
// not with its square; every candidate is then checked exactly.
//
//	articles ──URL key──────────────┐
//	         ──MinHash bands─> pairs ─ exact Jaccard ≥ 0.9 ─┤
//	                                                         └─> union-find groups
//	group ──> keep one, skip the rest as "duplicate of <kept>"
//
// The article kept from a group does not depend on the input order: among
// the members whose text is at least 90% as long as the longest (so a feed
// excerpt never wins over the full page), a dated one first, then the
// smallest source name.
//
// Scoring: with 8 bands of 4 rows, a pair with Jaccard 0.9 becomes a
// candidate with probability 1-(1-0.9^4)^8 > 0.9998; a pair at 0.5 with
// probability 0.40, to be rejected by the exact check.
//
// Limits: a chain of near-duplicates (A~B, B~C) is one group even when A and
// C alone fall under the threshold. Texts under five words compare whole.

import (
	"fmt"
	"hash/fnv"
	"net/url"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/framediff/framediff/internal/unionfind"
)

// NearDuplicate is the 5-word-shingle Jaccard similarity at or above which
// two texts are one article.
const NearDuplicate = 0.9

const (
	shingleWords = 5
	minhashBands = 8
	minhashRows  = 4
	minhashSize  = minhashBands * minhashRows
)

// minhashSeeds are the multipliers and offsets of the hash family, drawn
// once from splitmix64 with a fixed seed so that runs agree.
var minhashSeeds = func() (s [minhashSize][2]uint64) {
	x := uint64(0x6672616d65646966) // "framedif"
	next := func() uint64 {
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		return z ^ (z >> 31)
	}
	for i := range s {
		s[i] = [2]uint64{next() | 1, next()}
	}
	return s
}()

// dupeReason names why an article is a duplicate of another.
type dupeReason int

const (
	sameURL dupeReason = iota + 1
	sameText
)

// dedupe removes duplicate items, returning the kept ones and a Skipped
// entry for each removed one.
func dedupe(items []*item) ([]*item, []Skipped) {
	n := len(items)
	sets := unionfind.New(n)
	why := map[[2]int]dupeReason{}
	union := func(i, j int, r dupeReason) {
		if i > j {
			i, j = j, i
		}
		if _, ok := why[[2]int{i, j}]; !ok {
			why[[2]int{i, j}] = r
		}
		sets.Union(i, j)
	}

	byURL := map[string]int{}
	for i, it := range items {
		k := urlKey(it.a.URL)
		if k == "" {
			continue
		}
		if j, ok := byURL[k]; ok {
			union(j, i, sameURL)
		} else {
			byURL[k] = i
		}
	}

	shingles := make([][]uint64, n)
	buckets := map[[2]uint64][]int{}
	for i, it := range items {
		shingles[i] = shingleSet(it.a.Text)
		sig := minhash(shingles[i])
		for b := 0; b < minhashBands; b++ {
			h := fnv.New64a()
			for _, v := range sig[b*minhashRows : (b+1)*minhashRows] {
				var buf [8]byte
				for k := range buf {
					buf[k] = byte(v >> (8 * k))
				}
				h.Write(buf[:])
			}
			key := [2]uint64{uint64(b), h.Sum64()}
			buckets[key] = append(buckets[key], i)
		}
	}
	checked := map[[2]int]bool{}
	keys := make([][2]uint64, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		members := buckets[k]
		for x := 0; x < len(members); x++ {
			for y := x + 1; y < len(members); y++ {
				i, j := members[x], members[y]
				if checked[[2]int{i, j}] {
					continue
				}
				checked[[2]int{i, j}] = true
				// Jaccard cannot reach the threshold when the set sizes
				// differ by more than its ratio.
				la, lb := len(shingles[i]), len(shingles[j])
				if float64(min(la, lb)) < NearDuplicate*float64(max(la, lb)) {
					continue
				}
				if jaccard(shingles[i], shingles[j]) >= NearDuplicate {
					union(i, j, sameText)
				}
			}
		}
	}

	groups := map[int][]int{}
	for i := range items {
		r := sets.Find(i)
		groups[r] = append(groups[r], i)
	}
	var kept []*item
	var skipped []Skipped
	for i := range items {
		g := groups[sets.Find(i)]
		if g[0] != i {
			continue // each group once, at its first member
		}
		keep := pickKept(items, g)
		kept = append(kept, items[keep])
		for _, j := range g {
			if j == keep {
				continue
			}
			r := why[[2]int{min(j, keep), max(j, keep)}]
			if r == 0 {
				// Joined through a third member of the group.
				r = sameText
				if k := urlKey(items[j].a.URL); k != "" && k == urlKey(items[keep].a.URL) {
					r = sameURL
				}
			}
			skipped = append(skipped, Skipped{Source: items[j].a.Source.String(), Reason: dupeMessage(items[keep], r, shingles[j], shingles[keep]), Cause: CauseDuplicate})
		}
	}
	return kept, skipped
}

func dupeMessage(kept *item, r dupeReason, a, b []uint64) string {
	if r == sameURL {
		return fmt.Sprintf("duplicate of %s (same URL)", kept.a.Source)
	}
	j := jaccard(a, b)
	if j >= 1 {
		return fmt.Sprintf("duplicate of %s (same text)", kept.a.Source)
	}
	return fmt.Sprintf("duplicate of %s (near-identical text: %.0f%% of 5-word shingles shared)", kept.a.Source, 100*j)
}

// pickKept chooses the member of a duplicate group to keep; see the file
// comment.
func pickKept(items []*item, g []int) int {
	longest := 0
	for _, i := range g {
		longest = max(longest, len(items[i].a.Text))
	}
	best := -1
	for _, i := range g {
		a := &items[i].a
		if len(a.Text)*10 < longest*9 {
			continue
		}
		if best < 0 {
			best = i
			continue
		}
		b := &items[best].a
		switch {
		case a.HasDate() != b.HasDate():
			if a.HasDate() {
				best = i
			}
		case a.Source.String() != b.Source.String():
			if sourceLess(a.Source, b.Source) {
				best = i
			}
		case a.Text < b.Text:
			best = i
		}
	}
	return best
}

// sourceLess orders sources by path, then record number.
func sourceLess(a, b Source) bool {
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	return a.Record < b.Record
}

// trackingParams are query parameters that say how a reader arrived, not
// which article they read.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gclsrc": true, "msclkid": true, "yclid": true,
	"mc_cid": true, "mc_eid": true, "cmpid": true, "cmp": true, "intcmp": true, "ncid": true,
	"ocid": true, "ref": true, "ref_src": true, "ref_url": true, "referer": true, "referrer": true,
	"smid": true, "smtyp": true, "partner": true, "ito": true, "igshid": true, "_ga": true, "_gl": true,
	"ec_carp": true, "hpt": true, "at_medium": true, "at_campaign": true, "taid": true, "xtor": true,
	"cmpid_rss": true, "feedtype": true, "rss": true, "share": true, "sh": true, "soc_src": true, "soc_trk": true,
}

// urlKey normalises an article URL for comparison, or returns "" when it
// is no article URL (not http(s), or a site's home page).
func urlKey(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	host := outletFromURL(raw)
	if port := u.Port(); port != "" && port != "80" && port != "443" {
		// Another port is another site (or another server of one).
		host += ":" + port
	}
	p := strings.TrimRight(u.EscapedPath(), "/")
	for _, suffix := range []string{"/amp", "/print"} {
		p = strings.TrimSuffix(p, suffix)
	}
	p = strings.TrimSuffix(p, "/index.html")
	var keep []string
	q := u.Query()
	for k, vs := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		for _, v := range vs {
			keep = append(keep, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	if p == "" && len(keep) == 0 {
		return ""
	}
	sort.Strings(keep)
	k := host + p
	if len(keep) > 0 {
		k += "?" + strings.Join(keep, "&")
	}
	return k
}

// shingleSet returns the sorted, distinct hashes of the text's 5-word
// shingles (of the whole text when it has fewer words). Words are runs of
// letters and digits, case-folded.
func shingleSet(text string) []uint64 {
	const (
		offset = 14695981039346656037 // FNV-1a 64
		prime  = 1099511628211
	)
	words := make([]uint64, 0, len(text)/6)
	h, in := uint64(offset), false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			r = unicode.ToLower(r)
			for r > 0 {
				h = (h ^ uint64(r&0xff)) * prime
				r >>= 8
			}
			in = true
			continue
		}
		if in {
			words = append(words, h)
			h, in = offset, false
		}
	}
	if in {
		words = append(words, h)
	}
	if len(words) == 0 {
		return nil
	}
	// A shingle's hash mixes its words' hashes in order.
	mix := func(ws []uint64) uint64 {
		x := uint64(offset)
		for _, w := range ws {
			x = (x ^ w) * prime
			x ^= x >> 29
		}
		return x
	}
	if len(words) < shingleWords {
		return []uint64{mix(words)}
	}
	out := make([]uint64, 0, len(words)-shingleWords+1)
	for i := 0; i+shingleWords <= len(words); i++ {
		out = append(out, mix(words[i:i+shingleWords]))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// minhash returns the MinHash signature of a shingle set.
func minhash(set []uint64) [minhashSize]uint64 {
	var sig [minhashSize]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for _, s := range set {
		for i, ab := range minhashSeeds {
			if h := s*ab[0] + ab[1]; h < sig[i] {
				sig[i] = h
			}
		}
	}
	return sig
}

// jaccard returns |a∩b| / |a∪b| for sorted, distinct sets; 0 when both are
// empty.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	inter, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}
