package org.stemma.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class TestDataTest {

    @Test
    void theRootHoldsTheWrapperAndTheSeeds() {
        assertThat(TestData.repoRoot().resolve("mvnw")).isRegularFile();
        assertThat(TestData.seeds()).isDirectory();
        assertThat(TestData.sharedEval().getParent().getParent()).isEqualTo(TestData.repoRoot().getParent());
    }

    @Test
    void somethingMissingSkipsLocallyAndFailsInCi() {
        TestData.require(true, "nothing");
        Class<? extends Throwable> expected = TestData.ci() ? AssertionFailedError.class : TestAbortedException.class;
        assertThatThrownBy(() -> TestData.require(false, "a thing")).isInstanceOf(expected)
                .hasMessageContaining("a thing is missing");
        assertThatThrownBy(() -> TestData.requireEval("no/such/file.json")).isInstanceOf(expected);
        assertThat(Files.exists(TestData.sharedEval().resolve("no/such/file.json"))).isFalse();
    }
}
