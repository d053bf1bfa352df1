package org.thbhub.validation;

import java.util.Arrays;

/**
 * The rows of a file as parallel primitive arrays (26 bytes a row), sorted in place: the whole file
 * can be checked for duplicates and sums without one object per row.
 */
final class RowTable {

    static final long NO_VALUE = -1;

    long[] keys;
    long[] values;
    int[] lines;
    int[] ordinals;
    short[] attrs;
    int size;

    RowTable(int initialCapacity) {
        int c = Math.max(16, initialCapacity);
        keys = new long[c];
        values = new long[c];
        lines = new int[c];
        ordinals = new int[c];
        attrs = new short[c];
    }

    void add(long key, long value, int line, int ordinal, short attr) {
        if (size == keys.length) {
            int c = size + (size >> 1);
            keys = Arrays.copyOf(keys, c);
            values = Arrays.copyOf(values, c);
            lines = Arrays.copyOf(lines, c);
            ordinals = Arrays.copyOf(ordinals, c);
            attrs = Arrays.copyOf(attrs, c);
        }
        keys[size] = key;
        values[size] = value;
        lines[size] = line;
        ordinals[size] = ordinal;
        attrs[size] = attr;
        size++;
    }

    long capacityBytes() {
        return (long) keys.length * (8 + 8 + 4 + 4 + 2);
    }

    /** Sorts by key, then by ordinal: within equal keys the row read first comes first. */
    void sort() {
        if (size > 1) {
            introSort(0, size - 1, 2 * (32 - Integer.numberOfLeadingZeros(size)));
        }
    }

    private boolean less(int i, int j) {
        return keys[i] < keys[j] || (keys[i] == keys[j] && ordinals[i] < ordinals[j]);
    }

    // A quicksort whose depth is bounded: a crafted file cannot make it quadratic
    private void introSort(int lo, int hi, int depth) {
        while (hi - lo > 16) {
            if (depth-- == 0) {
                heapSort(lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (less(mid, lo)) {
                swap(mid, lo);
            }
            if (less(hi, lo)) {
                swap(hi, lo);
            }
            if (less(hi, mid)) {
                swap(hi, mid);
            }
            swap(mid, hi - 1);
            int pivot = hi - 1;
            int i = lo;
            int j = hi - 1;
            while (true) {
                while (less(++i, pivot)) {}
                while (less(pivot, --j)) {}
                if (i >= j) {
                    break;
                }
                swap(i, j);
            }
            swap(i, hi - 1);
            if (i - lo < hi - i) {
                introSort(lo, i - 1, depth);
                lo = i + 1;
            } else {
                introSort(i + 1, hi, depth);
                hi = i - 1;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && less(j, j - 1); j--) {
                swap(j, j - 1);
            }
        }
    }

    private void heapSort(int lo, int hi) {
        int n = hi - lo + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(lo, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(lo, lo + end);
            siftDown(lo, 0, end);
        }
    }

    private void siftDown(int lo, int i, int n) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && less(lo + child, lo + child + 1)) {
                child++;
            }
            if (!less(lo + i, lo + child)) {
                return;
            }
            swap(lo + i, lo + child);
            i = child;
        }
    }

    private void swap(int i, int j) {
        long k = keys[i];
        keys[i] = keys[j];
        keys[j] = k;
        long v = values[i];
        values[i] = values[j];
        values[j] = v;
        int l = lines[i];
        lines[i] = lines[j];
        lines[j] = l;
        int o = ordinals[i];
        ordinals[i] = ordinals[j];
        ordinals[j] = o;
        short a = attrs[i];
        attrs[i] = attrs[j];
        attrs[j] = a;
    }
}
