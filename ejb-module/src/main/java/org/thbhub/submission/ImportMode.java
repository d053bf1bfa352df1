package org.thbhub.submission;

/** National files are strict (all or nothing); an analyst may ask for lenient. */
public enum ImportMode {
    STRICT,
    LENIENT
}
