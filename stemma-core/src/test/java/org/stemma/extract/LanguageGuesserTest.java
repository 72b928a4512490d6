package org.stemma.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void latinScriptLanguages() {
        assertThat(LanguageGuesser.guess("The minister said that the army was ready and that it had been "
                + "trained by the instructors of the partner country.")).isEqualTo("en");
        assertThat(LanguageGuesser.guess("Le ministre a déclaré que l'armée est prête et que les instructeurs "
                + "du pays partenaire sont dans le pays pour la formation.")).isEqualTo("fr");
        assertThat(LanguageGuesser.guess("Der Minister sagte, dass die Armee bereit ist und dass sie von den "
                + "Ausbildern des Partnerlandes geschult wurde.")).isEqualTo("de");
        assertThat(LanguageGuesser.guess("El ministro dijo que el ejército está listo y que fue entrenado por "
                + "los instructores del país socio en la región.")).isEqualTo("es");
    }

    @Test
    void otherScripts() {
        assertThat(LanguageGuesser.guess("Министр заявил, что армия готова и что она была обучена "
                + "инструкторами страны-партнёра, и это не секрет.")).isEqualTo("ru");
        assertThat(LanguageGuesser.guess("قال الوزير إن الجيش مستعد وإنه تم تدريبه من قبل مدربين من البلد الشريك"))
                .isEqualTo("ar");
        assertThat(LanguageGuesser.guess("Ο υπουργός δήλωσε ότι ο στρατός είναι έτοιμος για την επιχείρηση"))
                .isEqualTo("el");
    }

    @Test
    void tooLittleEvidenceIsNull() {
        assertThat(LanguageGuesser.guess("")).isNull();
        assertThat(LanguageGuesser.guess("Mali Russia")).isNull();
        assertThat(LanguageGuesser.guess("1234 5678 90 12 34 56 78 90 12 34 56")).isNull();
    }
}
