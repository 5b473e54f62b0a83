package maxent

// This file is not part of prose v3.2.3: see README.framediff.md at the
// root of this copy.

// # A hash index by feature
//
// Weight finds one "name-value-label" key by binary search: about 17 string
// comparisons over the 149,576 keys of the English model, and the entity
// recogniser asks for every feature of a token once per label (17 features x
// 13 labels). That search was about 60% of the CPU of annotating text.
//
// The index groups the keys by everything before the label. A key
// "word-Paris-B-GPE" is the feature "word-Paris" with label "B-GPE", so one
// hash look-up of "word-Paris" returns the weights of all its labels. Labels
// may contain '-', and so may values, so a key is filed under every label
// it ends with ("-" + label); then for every feature f and label l,
// Weights(f) holds l's weight exactly when Weight(f + "-" + l) finds one,
// with the same value.

// Entry is the weight of one label for a feature.
type Entry struct {
	// Label is the label's position in Labels.
	Label uint16
	// Weight is the weight Weight returns for the feature's key with this
	// label.
	Weight float32
}

// Weights returns the weights of feature ("name-value", without the label)
// for each label the model knows it with, in no particular order; nil when
// the model knows none. The result must not be modified.
func (m *Model) Weights(feature string) []Entry {
	row, ok := m.rows[feature]
	if !ok {
		return nil
	}
	return m.entries[m.rowOff[row]:m.rowOff[row+1]]
}

// buildIndex fills rows, rowOff and entries from the sorted keys. Map keys
// are slices of blob, so the index copies no key bytes.
func (m *Model) buildIndex() {
	type filed struct {
		row uint32
		e   Entry
	}
	n := len(m.keyOff) - 1
	m.rows = make(map[string]uint32, n)
	all := make([]filed, 0, n)
	var count []uint32
	for i := 0; i < n; i++ {
		key := m.blob[m.keyOff[i]:m.keyOff[i+1]]
		for j, label := range m.labels {
			cut := len(key) - len(label) - 1
			if cut < 0 || key[cut] != '-' || key[cut+1:] != label {
				continue
			}
			feature := key[:cut]
			row, ok := m.rows[feature]
			if !ok {
				row = uint32(len(count))
				m.rows[feature] = row
				count = append(count, 0)
			}
			count[row]++
			all = append(all, filed{row, Entry{uint16(j), m.weights[i]}})
		}
	}
	m.rowOff = make([]uint32, len(count)+1)
	for r, c := range count {
		m.rowOff[r+1] = m.rowOff[r] + c
	}
	m.entries = make([]Entry, len(all))
	next := count[:0]
	next = append(next, m.rowOff[:len(count)]...)
	for _, f := range all {
		m.entries[next[f.row]] = f.e
		next[f.row]++
	}
}
