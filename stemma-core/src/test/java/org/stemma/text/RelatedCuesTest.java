package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one list of "READ MORE:"-style cues, as each reader sees it. */
class RelatedCuesTest {

    @Test
    void everyReaderKnowsEveryPhrase() {
        for (String p : RelatedCues.PHRASES) {
            String upper = p.toUpperCase(java.util.Locale.ROOT);
            assertThat(RelatedCues.isCue(upper)).as(p).isTrue();
            assertThat(RelatedCues.lineInCapitals().matcher(upper + ": Army retakes the town").matches()).as(p).isTrue();
            assertThat(RelatedCues.lineAnyCase().matcher(p + ": Army retakes the town").matches()).as(p).isTrue();
            assertThat(RelatedCues.leadIn().matcher(p + " » Army retakes the town").matches()).as(p).isTrue();
            assertThat(RelatedCues.anywhere(20).matcher("Talks ended. " + p + ":\nArmy retakes the northern town").find())
                    .as(p).isTrue();
            assertThat(RelatedCues.mayHoldCueInCapitals("He left. " + upper + ": Army retakes")).as(p).isTrue();
        }
    }

    @Test
    void aCueAfterTheLastSentenceLeavesTheParagraphWithItsHeadline() {
        Matcher m = RelatedCues.inlineInCapitals().matcher("The army left on Monday. RELATED STORIES: Mali talks resume");
        assertThat(m.find()).isTrue();
        assertThat(m.group(2)).isEqualTo("Mali talks resume");
        // not inside a sentence, and not in lower case
        assertThat(RelatedCues.inlineInCapitals().matcher("He wanted MORE: money and time").find()).isFalse();
        assertThat(RelatedCues.inlineInCapitals().matcher("He left. More: money").find()).isFalse();
    }

    @Test
    void aNoBreakSpaceAroundTheCueIsASpace() {
        Matcher m = RelatedCues.inlineInCapitals().matcher("The army left on Monday.\u00A0MORE:\u00A0Mali talks resume");
        assertThat(m.find()).isTrue();
        assertThat(m.group(2)).isEqualTo("Mali talks resume");
        Matcher two = RelatedCues.inlineInCapitals().matcher("They met. RELATED\u00A0STORIES:\u202FMali talks resume");
        assertThat(two.find()).isTrue();
        assertThat(two.group(2)).isEqualTo("Mali talks resume");
        // a cue with nothing but blanks after it points nowhere
        assertThat(RelatedCues.inlineInCapitals().matcher("He left. MORE:\u00A0\u00A0").find()).isFalse();
    }

    @Test
    void mediaLabelsAreCuesInCapitalsOnly() {
        Pattern capitals = RelatedCues.lineInCapitals();
        assertThat(capitals.matcher("WATCH: The general speaks").matches()).isTrue();
        assertThat(RelatedCues.lineAnyCase().matcher("Watch: the general speaks").matches()).isFalse();
        assertThat(RelatedCues.isCue("watch")).isFalse();
        assertThat(RelatedCues.isCue("more")).isTrue();
        assertThat(RelatedCues.isCue("see")).isFalse();
    }
}
