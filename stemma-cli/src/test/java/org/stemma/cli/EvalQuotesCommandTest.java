package org.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalQuotesCommandTest {

    @TempDir
    Path dir;

    /** Our own gold names speakers but marks no source span: fitting the ranker on it is a one-line error, exit 2. */
    @Test
    void fittingTheRankerOnGoldWithoutSourceSpansIsAOneLineError() throws IOException, NoSuchAlgorithmException {
        String body = "The mayor spoke on Monday. \"We will rebuild the bridge this year,\" Mayor Ana Ruiz said.";
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body.getBytes(StandardCharsets.UTF_8)));
        int start = body.indexOf("We will");
        int end = body.indexOf(",\" Mayor");
        Files.writeString(dir.resolve("texts.json"), "{\"a1\": {\"articleBody\": \"" + body.replace("\"", "\\\"") + "\"}}");
        Files.writeString(dir.resolve("gold.jsonl"), "{\"article\":\"a1\",\"textSha1\":\"" + sha + "\",\"quotes\":[{\"start\":"
                + start + ",\"end\":" + end + ",\"text\":\"" + body.substring(start, end) + "\",\"partial\":false,"
                + "\"speaker\":\"Ana Ruiz\",\"speakerAsWritten\":\"Mayor Ana Ruiz\",\"cue\":\"said\"}]}\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("eval", "quotes", "--fit-speakers", "--texts", dir.resolve("texts.json").toString(),
                    dir.resolve("gold.jsonl").toString());
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(2);
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("--fit-speakers needs gold with source spans").doesNotContain("Exception");
        assertThat(said.strip().lines().filter(l -> l.contains("source spans")).count()).isEqualTo(1);
    }
}
