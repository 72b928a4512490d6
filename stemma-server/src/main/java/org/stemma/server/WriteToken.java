package org.stemma.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The bearer token that writes to a served store need: 256 random bits, kept in
 * {@code DIR/api-token} readable by its owner only, so that a client on this machine run by the
 * same user can read it and no web page can.
 *
 * @param value   the token
 * @param file    where it is kept
 * @param created true if it was made just now (then it is shown once)
 */
public record WriteToken(String value, Path file, boolean created) {
    /** Name of the token file inside the store directory. */
    public static final String FILE = "api-token";

    /** The token of the store in {@code storeDir}, made (and saved) if it has none. */
    public static WriteToken of(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                String v = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (v.length() >= 32) {
                    return new WriteToken(v, file, false);
                }
                Files.delete(file); // too short to be one of ours: replace it
            }
            byte[] bits = new byte[32];
            new SecureRandom().nextBytes(bits);
            String v = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system
            }
            Files.writeString(file, v + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return new WriteToken(v, file, true);
        } catch (FileAlreadyExistsException e) {
            return of(storeDir); // another process made it meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the write token " + file + ": " + e.getMessage(), e);
        }
    }
}
