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
        writeGold("The mayor spoke on Monday. \"We will rebuild the bridge this year,\" Mayor Ana Ruiz said.",
                "We will rebuild the bridge this year", "Ana Ruiz", "Mayor Ana Ruiz");
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

    /**
     * Own gold prints the full-name speaker reading beside the last-word one, and --errors lists
     * the quotation the two judge differently under a kind of its own.
     */
    @Test
    void ownGoldPrintsTheFullNameSpeakerReadingBesideTheLastWordOne() throws IOException, NoSuchAlgorithmException {
        writeGold("The ferry returned on Monday. \"We will open the dock again on Friday,\" Nora Whitcombe said.",
                "We will open the dock again on Friday", "Tom Whitcombe", "Nora Whitcombe");
        Path errors = dir.resolve("errors.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Main.run("eval", "quotes", "--texts", dir.resolve("texts.json").toString(), "--errors", errors.toString(),
                    dir.resolve("gold.jsonl").toString());
        } finally {
            System.setOut(old);
        }
        assertThat(code).isZero();
        String said = out.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("speaker accuracy 1.000 (1 of 1")
                .contains("speaker (full name) 0.000 (0 of 1; surname only 0, other person sharing the surname 1, other 0)");
        assertThat(said.lines().filter(l -> l.matches("\\s+joined\\s+Stemma\\s+0\\.000 \\(0/1\\)  surname only 0, other person.*")))
                .hasSize(1);
        assertThat(Files.readAllLines(errors)).filteredOn(l -> l.contains("speaker")).containsExactly(
                "speaker (full name): other person sharing the surname | a1: \u201CWe will open the dock again on Friday\u201D gold "
                        + "Nora Whitcombe (Tom Whitcombe), ours Nora Whitcombe \u2192 Nora Whitcombe",
                "joined: speaker (full name): other person sharing the surname | a1: \u201CWe will open the dock again on Friday\u201D gold "
                        + "Nora Whitcombe (Tom Whitcombe), ours Nora Whitcombe \u2192 Nora Whitcombe",
                "peer joined: speaker: none | a1: \u201CWe will open the dock again on Friday\u201D gold "
                        + "Nora Whitcombe (Tom Whitcombe), ours null \u2192 null");
    }

    /** Writes texts.json (one article, a1) and gold.jsonl (one full quotation of it, said by {@code speaker}). */
    private void writeGold(String body, String quoted, String speaker, String asWritten)
            throws IOException, NoSuchAlgorithmException {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body.getBytes(StandardCharsets.UTF_8)));
        int start = body.indexOf(quoted);
        int end = start + quoted.length();
        Files.writeString(dir.resolve("texts.json"), "{\"a1\": {\"articleBody\": \"" + body.replace("\"", "\\\"") + "\"}}");
        Files.writeString(dir.resolve("gold.jsonl"), "{\"article\":\"a1\",\"textSha1\":\"" + sha + "\",\"quotes\":[{\"start\":"
                + start + ",\"end\":" + end + ",\"text\":\"" + quoted + "\",\"partial\":false,"
                + "\"speaker\":\"" + speaker + "\",\"speakerAsWritten\":\"" + asWritten + "\",\"cue\":\"said\"}]}\n");
    }
}
