package org.thbhub.ingest.format;

/** The kinds of file THB Hub reads, told apart by content (not by file name). */
public enum InputFormat {
    SDMX_CSV,
    SDMX_ML,
    /** A workbook: the THB Hub template, or the UNODC export saved as XLSX. */
    XLSX,
    UNODC_CSV;
}
