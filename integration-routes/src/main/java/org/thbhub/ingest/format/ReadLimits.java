package org.thbhub.ingest.format;

/**
 * The bounds a reader keeps to, so that a hostile or broken file costs a bounded amount of memory
 * and time.
 *
 * @param maxFileBytes the largest file read at all
 * @param maxXmlDepth deepest element nesting in SDMX-ML (a data message needs about 5)
 * @param maxXmlAttributes attributes one element may carry (a Series needs about 15)
 * @param maxZipEntryBytes largest uncompressed part of a workbook
 * @param maxZipTotalBytes all uncompressed parts of a workbook together
 * @param maxInflateRatio uncompressed / compressed size above which a large part is a zip bomb
 * @param maxSheetRows rows read from one sheet
 * @param maxSharedStrings distinct strings a workbook may share between its cells
 * @param maxSharedStringChars characters of all shared strings together
 * @param maxCsvLineChars characters of one CSV record (all its fields and separators)
 * @param maxCsvFieldChars characters of one CSV field
 */
public record ReadLimits(
        long maxFileBytes,
        int maxXmlDepth,
        int maxXmlAttributes,
        long maxZipEntryBytes,
        long maxZipTotalBytes,
        int maxInflateRatio,
        int maxSheetRows,
        int maxSharedStrings,
        long maxSharedStringChars,
        int maxCsvLineChars,
        int maxCsvFieldChars) {

    /**
     * Sized for a 1,000,000-row file; a CSV line of the widest structure with every free text full
     * is under 5,000 characters.
     */
    public static ReadLimits defaults() {
        return new ReadLimits(
                200L << 20,
                32,
                100,
                500L << 20,
                1L << 30,
                100,
                1_100_000,
                1_100_000,
                32_000_000,
                64 * 1024,
                8 * 1024);
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(
                bytes,
                maxXmlDepth,
                maxXmlAttributes,
                maxZipEntryBytes,
                maxZipTotalBytes,
                maxInflateRatio,
                maxSheetRows,
                maxSharedStrings,
                maxSharedStringChars,
                maxCsvLineChars,
                maxCsvFieldChars);
    }
}
