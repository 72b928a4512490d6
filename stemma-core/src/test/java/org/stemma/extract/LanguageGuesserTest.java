package org.stemma.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language guesser's spec, on sentences written for this test in each language. */
class LanguageGuesserTest {

    @Test
    void latinScriptLanguagesAreToldApartByTheirFunctionWords() {
        assertThat(LanguageGuesser.guess("The minister said that the army was ready and that it had been "
                + "trained by the instructors of the partner country.")).isEqualTo("en");
        assertThat(LanguageGuesser.guess("Le ministre a déclaré que l'armée est prête et que les instructeurs "
                + "du pays partenaire sont dans le pays pour la formation.")).isEqualTo("fr");
        assertThat(LanguageGuesser.guess("Der Minister sagte, dass die Armee bereit ist und dass sie von den "
                + "Ausbildern des Partnerlandes geschult wurde.")).isEqualTo("de");
        assertThat(LanguageGuesser.guess("El ministro dijo que el ejército está listo y que fue entrenado por "
                + "los instructores del país socio en la región.")).isEqualTo("es");
        assertThat(LanguageGuesser.guess("Il ministro ha detto che la città è pronta e che gli aiuti sono "
                + "arrivati con il treno della notte, ma non per tutti.")).isEqualTo("it");
        assertThat(LanguageGuesser.guess("Minister powiedział, że wojsko jest gotowe i że to nie jest "
                + "tajemnica dla nikogo, ale na razie nie ma decyzji.")).isEqualTo("pl");
    }

    @Test
    void ukrainianAndRussianAreToldApartByTheirOwnLetters() {
        // і, ї, є, ґ are written in Ukrainian only; ы, э, ё in Russian only.
        assertThat(LanguageGuesser.guess("Уряд оголосив про нові виплати для громад, які постраждали від "
                + "обстрілів. Перші кошти надійдуть уже наступного тижня, а звіти місцева влада подасть "
                + "до кінця місяця.")).isEqualTo("uk");
        assertThat(LanguageGuesser.guess("Правительство объявило о новых выплатах для общин, пострадавших от "
                + "обстрелов. Первые средства поступят уже на следующей неделе, а отчёты местные власти "
                + "представят до конца месяца.")).isEqualTo("ru");
        assertThat(LanguageGuesser.guess("Министр заявил, что армия готова и что она была обучена "
                + "инструкторами страны-партнёра, и это не секрет.")).isEqualTo("ru");
    }

    @Test
    void persianAndUrduAreToldApartFromArabicByTheirOwnLetters() {
        assertThat(LanguageGuesser.guess("قال الوزير إن الجيش مستعد وإنه تم تدريبه من قبل مدربين من البلد الشريك"))
                .isEqualTo("ar");
        assertThat(LanguageGuesser.guess("دولت روز سه‌شنبه اعلام کرد که برنامه تازه‌ای برای کمک به خانواده‌هایی "
                + "که از سیل آسیب دیده‌اند آغاز می‌کند.")).isEqualTo("fa");
        assertThat(LanguageGuesser.guess("حکومت نے منگل کو اعلان کیا کہ سیلاب سے متاثرہ خاندانوں کی مدد کے لیے "
                + "نیا پروگرام شروع کیا جائے گا۔")).isEqualTo("ur");
    }

    @Test
    void otherScriptsAreNamedByTheirScript() {
        assertThat(LanguageGuesser.guess("Ο υπουργός δήλωσε ότι ο στρατός είναι έτοιμος για την επιχείρηση"))
                .isEqualTo("el");
        assertThat(LanguageGuesser.guess("השר אמר כי הצבא מוכן למבצע וכי המדריכים הגיעו מהמדינה השותפה"))
                .isEqualTo("he");
        assertThat(LanguageGuesser.guess("政府星期二宣布将为受洪水影响的家庭提供新的援助计划，首批款项下周发放。"))
                .isEqualTo("zh");
        assertThat(LanguageGuesser.guess("政府は火曜日、洪水の被害を受けた家族のための新しい支援計画を発表した。"))
                .isEqualTo("ja");
        assertThat(LanguageGuesser.guess("정부는 화요일 홍수 피해 가정을 위한 새로운 지원 계획을 발표했다고 밝혔다."))
                .isEqualTo("ko");
    }

    @Test
    void cyrillicLanguagesItDoesNotCoverAreNotCalledRussian() {
        // Kazakh: ә, ғ, қ, ң, ө, ұ, ү, һ are its own letters.
        assertThat(LanguageGuesser.guess("Үкімет сейсенбі күні су тасқынынан зардап шеккен отбасыларға "
                + "арналған жаңа көмек бағдарламасын жариялады, алғашқы төлемдер келесі аптада түседі."))
                .isNull();
    }

    @Test
    void tooLittleEvidenceIsNull() {
        assertThat(LanguageGuesser.guess("")).isNull();
        assertThat(LanguageGuesser.guess(null)).isNull();
        assertThat(LanguageGuesser.guess("Mali Russia")).isNull();
        assertThat(LanguageGuesser.guess("1234 5678 90 12 34 56 78 90 12 34 56")).isNull();
        assertThat(LanguageGuesser.guess("Київ і Львів")).isNull();
    }
}
