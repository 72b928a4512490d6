package org.stemma.ingest.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String FR = "Le ministre a déclaré que l’armée était prête à défendre le pays. "
            + "Les élèves et les enseignants ont célébré la fête à l’école.";

    @Test
    void bomWins() {
        byte[] b = ("\uFEFF" + FR).getBytes(StandardCharsets.UTF_8);
        Decoded d = TextDecoder.decode(b, "windows-1252", true);
        assertThat(d.how()).isEqualTo("bom");
        assertThat(d.text()).isEqualTo(FR);
    }

    @Test
    void declaredCharsetIsUsed() {
        Charset cs = Charset.forName("ISO-8859-15");
        Decoded d = TextDecoder.decode("Prix : 10 € pour l'élève".getBytes(cs), "iso-8859-15", false);
        assertThat(d.how()).isEqualTo("declared");
        assertThat(d.text()).isEqualTo("Prix : 10 € pour l'élève");
    }

    @Test
    void metaCharsetInHtml() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head>"
                + "<body>Министр заявил</body></html>";
        Decoded d = TextDecoder.decode(html.getBytes(Charset.forName("KOI8-R")), null, true);
        assertThat(d.how()).isEqualTo("meta");
        assertThat(d.text()).contains("Министр заявил");
    }

    @Test
    void validUtf8BeatsAWrongSingleByteDeclaration() {
        Decoded d = TextDecoder.decode(FR.getBytes(StandardCharsets.UTF_8), "iso-8859-1", true);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).isEqualTo(FR);
    }

    @Test
    void undeclaredWindows1252IsDetected() {
        Decoded d = TextDecoder.decode(FR.replace('’', '\'').getBytes(Charset.forName("windows-1252")), null, false);
        assertThat(d.text()).isEqualTo(FR.replace('’', '\''));
        assertThat(d.hasMalformed()).isFalse();
    }

    @Test
    void declaredUtf8ThatIsReallyLatin1IsNotGarbled() {
        Decoded d = TextDecoder.decode(FR.replace('’', '\'').getBytes(Charset.forName("windows-1252")), "utf-8", false);
        assertThat(d.text()).isEqualTo(FR.replace('’', '\''));
    }

    @Test
    void mostlyUtf8WithBrokenBytesIsRepaired() {
        byte[] good = FR.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[good.length + 1];
        System.arraycopy(good, 0, b, 0, 10);
        b[10] = (byte) 0xFF;
        System.arraycopy(good, 10, b, 11, good.length - 10);
        Decoded d = TextDecoder.decode(b, null, false);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.malformedAt()).isEqualTo(10);
        assertThat(d.malformedCount()).isEqualTo(1);
        assertThat(d.text()).contains("déclaré", "\uFFFD");
    }

    @Test
    void unknownLabelsAreIgnored() {
        Decoded d = TextDecoder.decode(FR.getBytes(StandardCharsets.UTF_8), "x-no-such-charset", true);
        assertThat(d.text()).isEqualTo(FR);
    }
}
