package org.thbhub.ingest.route;

import java.nio.file.Path;
import org.thbhub.reference.CountryCode;
import org.thbhub.submission.Channel;
import org.thbhub.submission.Receipt;

/** What a folder route hands a file to: it is judged for the country its folder names. */
public interface FileIntake {

    Receipt intake(Path file, String fileName, CountryCode folderCountry, Channel channel);
}
