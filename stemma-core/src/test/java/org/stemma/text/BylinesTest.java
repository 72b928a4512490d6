package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The one home of byline patterns, each reader's pattern on its own kind of line. */
class BylinesTest {

    @Test
    void aPlainTextBylineLineTakesEveryEnglishLeadInCapitalisedOrInCapitals() {
        for (String line : new String[] {"By Jane Doe", "BY JANE DOE", "Written by Jane Doe", "Posted by Jane Doe",
            "PUBLISHED BY Jane Doe", "Words by Jane Doe", "Author: Jane Doe"}) {
            Matcher m = Bylines.line().matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            assertThat(m.group(1)).as(line).containsIgnoringCase("jane doe");
        }
        assertThat(Bylines.line().matcher("by the river the army waited").matches()).isFalse();
        assertThat(Bylines.line().matcher("Por Ana Gómez").matches()).as("other languages: HTML only").isFalse();
    }

    @Test
    void aDatelineEndsWithTheWritersName() {
        Matcher m = Bylines.trailing().matcher("Posted on March 3, 2023 by Maria Lopez");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("Maria Lopez");
        assertThat(Bylines.trailing().matcher("Posted on March 3, 2023 by the editors").find()).isFalse();
    }

    @Test
    void anAgencyBylineNamesItsOrganisationAfterAComma() {
        assertThat(Bylines.withOrganisation().matcher("By Helen William, PA News").find()).isTrue();
        assertThat(Bylines.withOrganisation().matcher("By Anthony Barnes, Showbusiness Correspondent, PA News").find())
                .isTrue();
        assertThat(Bylines.withOrganisation().matcher("By Helen William and John Smith, PA").find()).isTrue();
        assertThat(Bylines.withOrganisation().matcher("By Helen William").find()).as("no organisation").isFalse();
    }

    @Test
    void anHtmlBlockStartsWithALeadInOfAnyListedLanguage() {
        for (String block : new String[] {"By Jane Doe", "by Jane Doe", "Por Ana Gómez", "Par Jean Dupont",
            "Von Hans Müller", "Door Jan de Vries", "Publicado por Ana Gómez", "Words by Jane Doe"}) {
            assertThat(Bylines.startAnyLanguage().matcher(block).lookingAt()).as(block).isTrue();
        }
    }

    @Test
    void anAuthorFieldLosesItsLeadIn() {
        assertThat(Bylines.authorFieldPrefix().matcher("By Jane Doe").replaceFirst("")).isEqualTo("Jane Doe");
        assertThat(Bylines.authorFieldPrefix().matcher("from Reuters").replaceFirst("")).isEqualTo("Reuters");
        assertThat(Bylines.authorFieldPrefix().matcher("Posted by Jane Doe").replaceFirst("")).isEqualTo("Jane Doe");
        assertThat(Bylines.authorFieldPrefix().matcher("Jane Doe").replaceFirst("")).isEqualTo("Jane Doe");
    }
}
