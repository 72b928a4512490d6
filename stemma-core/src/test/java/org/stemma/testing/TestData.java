package org.stemma.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where tests find what lies outside their module: the repository root (found upward from the
 * working directory, so a test runs the same from a module or the root), the seed articles, and
 * the evaluation data in {@code ../shared/eval} beside the repository ({@code -Dstemma.shared}
 * names another {@code shared} folder). A test that needs something missing is skipped on a
 * developer's machine and fails when {@code CI=true}, so that CI never passes by skipping it.
 * Shared with other modules as stemma-core's test-jar.
 */
public final class TestData {

    private TestData() {
    }

    /** The repository root: the nearest folder upward holding {@code mvnw} and {@code examples}. */
    public static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("examples"))) {
                return p;
            }
        }
        throw new IllegalStateException("no Stemma repository root above " + dir);
    }

    /** The five seed articles ({@code examples/sahel-2024}). */
    public static Path seeds() {
        return repoRoot().resolve("examples/sahel-2024");
    }

    /** The evaluation data folder: {@code ../shared/eval} beside the repository root. */
    public static Path sharedEval() {
        String shared = System.getProperty("stemma.shared");
        Path base = shared == null || shared.isBlank() ? repoRoot().resolveSibling("shared") : Path.of(shared);
        return base.resolve("eval").toAbsolutePath().normalize();
    }

    /**
     * A file or folder of the evaluation data ({@code "article-extraction/ground-truth.json"}),
     * after {@link #require requiring} that it is there.
     */
    public static Path requireEval(String relative) {
        Path p = sharedEval().resolve(relative);
        require(Files.exists(p), "evaluation data " + p);
        return p;
    }

    /** True when the environment says this is CI ({@code CI=true}). */
    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips the calling test when {@code present} is false, or fails it under {@code CI=true}. */
    public static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if (ci()) {
            Assertions.fail(what + " is missing, and CI=true: this test must run in CI");
        }
        Assumptions.abort(what + " is missing (skipped; with CI=true this test fails)");
    }
}
