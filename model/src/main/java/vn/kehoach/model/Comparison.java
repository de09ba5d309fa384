package vn.kehoach.model;

/** Target comparators: GT (trên, hơn), GE (ít nhất, tối thiểu, không dưới), EQ (đạt, bằng), LT (dưới), LE (không quá, tối đa). */
public enum Comparison {
    GT, GE, EQ, LT, LE
}
