package org.stemma.report;

import java.io.IOException;

/** A JSON report that does not follow the Stemma report format; the message says where. */
public final class ReportFormatException extends IOException {
    public ReportFormatException(String message) {
        super(message);
    }
}
