package vn.kehoach.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoach.model.DocumentType;
import vn.kehoach.model.LegalBasis;
import vn.kehoach.model.Period;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.PlanMetadata;
import vn.kehoach.model.Signer;

/**
 * One plan rendered as TXT, DOCX, DOC, RTF, HTML, ODT and PDF (two PDFs: one drawn line by line, one laid out
 * by LibreOffice) (src/test/resources/renderings, see its README) gives the
 * same header metadata and legal bases whatever the format: the format is the extractor's business only.
 */
class RenderingsTest {
    private static final PlanParser PARSER = PlanParser.builder().build();
    private static final String PLAN = "renderings/ke-hoach-chuyen-doi-so.";

    /** What the comparison covers: the header and closing metadata, and each legal basis as number and date. */
    record Essentials(DocumentType type, String number, String issuer, String place, LocalDate issuedOn,
            String title, Period period, Signer signer, List<String> legalBases) {

        static Essentials of(PlanDocument plan) {
            PlanMetadata d = plan.document();
            return new Essentials(d.type(), d.number(), d.issuer() == null ? null : d.issuer().name(), d.place(),
                    d.issuedOn(), d.title(), d.period(), d.signer(),
                    plan.legalBases().stream().map(RenderingsTest::numberAndDate).toList());
        }
    }

    @Test
    void textRenderingHasItsNumberRead() throws Exception {
        assertThat(parse("txt").document().number()).as("document.number of %stxt", PLAN).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "html", "odt", "pdf", "doc", "rtf", "libreoffice.pdf"})
    void renderingGivesTheSameMetadataAsText(String format) throws Exception {
        Essentials text = Essentials.of(parse("txt"));

        assertThat(Essentials.of(parse(format))).as("%s%s against %stxt", PLAN, format, PLAN).isEqualTo(text);
    }

    private static PlanDocument parse(String format) throws IOException, DocumentReadException {
        try (InputStream in = RenderingsTest.class.getResourceAsStream("/" + PLAN + format)) {
            assertThat(in).as("test resource %s%s", PLAN, format).isNotNull();
            return PARSER.parse(in, PLAN + format);
        }
    }

    private static String numberAndDate(LegalBasis basis) {
        return basis.number() + " " + basis.issuedOn();
    }
}
