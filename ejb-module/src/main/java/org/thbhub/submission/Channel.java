package org.thbhub.submission;

/** How a file came in. Every channel goes through the same pipeline. */
public enum Channel {
    REST,
    WEB,
    SFTP,
    DROP
}
