package target

import "hash/fnv"

// MacroF1 is the mean over the three classes of F1 = 2PR / (P + R), a
// class never predicted nor present counting 0; gold and pred are
// parallel. It lies in [0, 1]; always answering one class scores at most
// 1/3 · 2s / (1 + s) for that class's share s.
func MacroF1(gold, pred []Class) float64 {
	sum := 0.0
	for c := range nClasses {
		tp, fp, fn := 0, 0, 0
		for i := range gold {
			switch {
			case gold[i] == c && pred[i] == c:
				tp++
			case pred[i] == c:
				fp++
			case gold[i] == c:
				fn++
			}
		}
		if tp > 0 {
			p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
			sum += 2 * p * r / (p + r)
		}
	}
	return sum / float64(nClasses)
}

// Folds is the number of cross-validation folds of the training part.
const Folds = 5

// Fold returns the cross-validation fold, 0 to Folds-1, of a sentence of
// the training part: the same hash as HeldOut, its next digit in base 5.
func Fold(s Sentence) int {
	h := fnv.New32a()
	h.Write([]byte(s.Text))
	return int(h.Sum32()/5) % Folds
}
