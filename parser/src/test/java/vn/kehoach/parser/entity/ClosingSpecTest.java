package vn.kehoach.parser.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.model.Appendix;
import vn.kehoach.parser.TestTexts;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.outline.LayoutRecognizer;
import vn.kehoach.parser.spec.SpecExamples;

/** {@code spec/closing.md}: the signer, the "Nơi nhận" items and the appendices at the end of a document. */
class ClosingSpecTest {
    private static final LayoutRecognizer LAYOUTS = new LayoutRecognizer();
    private static final SignerRecognizer SIGNERS = new SignerRecognizer();
    private static final RecipientsRecognizer RECIPIENTS = new RecipientsRecognizer();
    private static final AppendixReader APPENDICES = new AppendixReader();

    static Stream<Arguments> examples() {
        return SpecExamples.arguments("closing.md");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readsClosing(SpecExamples.Example example) {
        NormalizedText text = TestTexts.normalized(example.input());
        Layout layout = LAYOUTS.recognize(text);
        List<String> out = new ArrayList<>();
        out.add("signer: " + SIGNERS.recognize(text, layout).map(s -> s.name() + " | " + TestTexts.show(s.position())
                + " | " + TestTexts.show(s.authority()) + " | " + TestTexts.show(s.onBehalfOf())).orElse("-"));
        for (String r : RECIPIENTS.recognize(text, layout)) {
            out.add("to: " + r);
        }
        for (Appendix a : APPENDICES.read(text, layout)) {
            out.add("appendix: " + TestTexts.show(a.number()) + " | " + TestTexts.show(a.title()) + " | line " + a.line());
        }
        assertThat(String.join("\n", out)).isEqualTo(example.expected());
    }
}
