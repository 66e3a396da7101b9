package org.bridgeway.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The academy's PDFs, read back with PDFBox: the graduate's name and language, every slip's code. */
class AcademyDocumentsTest {

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The characters of the glyphs as placed, before PDFBox turns presentation forms back into plain letters. */
    private static java.util.List<Integer> glyphCharacters(byte[] pdf) throws IOException {
        var characters = new java.util.ArrayList<Integer>();
        try (var document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(p -> p.getUnicode().codePoints().forEach(characters::add));
                }
            }.getText(document);
        }
        return characters;
    }

    @Test
    void aCertificateIsInTheGraduatesLanguageWithTheirNameAndAttendance() throws IOException {
        String spanish = text(AcademyDocuments.certificate("es", "María José Núñez", "Academia comunitaria de policía",
                "Primavera 2026", 8, 9, LocalDate.of(2026, 5, 20), "CPA-4-17"));
        assertThat(spanish).contains("Certificado de finalización").contains("María José Núñez")
                .contains("8 de 9 sesiones").contains("CPA-4-17").contains("mayo");
        String somali = text(AcademyDocuments.certificate("so", "Hodan Warsame", "Community Police Academy", "Spring",
                7, 9, LocalDate.of(2026, 5, 20), "CPA-4-18"));
        assertThat(somali).contains("Shahaadada Dhammaystirka").contains("Hodan Warsame").contains("7 ka mid ah 9");
    }

    @Test
    void namesInOtherScriptsPrintAsWritten() throws IOException {
        // Letters outside the old Latin-1 set (Vietnamese, Polish, Cyrillic, Greek) come back from the PDF unchanged.
        for (String name : List.of("Nguyễn Thị Ánh", "Łucja Wróbel", "Олена Шевченко", "Ελένη Παπαδοπούλου")) {
            String pdf = text(AcademyDocuments.certificate("en", name, "Community Police Academy", "Spring", 9, 9,
                    LocalDate.of(2026, 5, 20), "CPA-4-19"));
            assertThat(pdf).as(name).contains(name);
        }
        // An Arabic name is set right to left with joined letters (presentation forms, read back as the same
        // letters in reading order), not as isolated letters left to right.
        String arabic = "فاطمة محمد";
        String pdf = text(AcademyDocuments.certificate("so", arabic, "Community Police Academy", "Spring", 9, 9,
                LocalDate.of(2026, 5, 20), "CPA-4-20"));
        String normalised = java.text.Normalizer.normalize(pdf, java.text.Normalizer.Form.NFKC);
        assertThat(normalised).contains(arabic);
        assertThat(glyphCharacters(AcademyDocuments.certificate("so", arabic, "Community Police Academy", "Spring", 9,
                9, LocalDate.of(2026, 5, 20), "CPA-4-20")))
                .as("shaped: joined forms (Arabic presentation forms B) are on the page")
                .anyMatch(c -> c >= 0xFE70 && c <= 0xFEFF);
    }

    @Test
    void aNameTheFontCannotPrintIsRefusedWithTheLettersRatherThanPrintedWithGaps() {
        assertThatThrownBy(() -> AcademyDocuments.certificate("en", "Selam ሰላም", "Community Police Academy",
                "Spring", 9, 9, LocalDate.of(2026, 5, 20), "CPA-4-21"))
                .isInstanceOf(org.bridgeway.shared.BusinessException.class)
                .hasMessage("academy.error.nameNotPrintable")
                .satisfies(e -> assertThat(((org.bridgeway.shared.BusinessException) e).arguments())
                        .containsExactly("ሰላም"));
    }

    @Test
    void everySlipCarriesItsCodeAndTheAddressInThreeLanguages() throws IOException {
        List<String> codes = List.of("ABCDE23456", "FGHJK78923", "MNPQR45678");
        String slips = text(AcademyDocuments.surveySlips("Academy · Spring", "https://agency.example/survey", codes));
        assertThat(slips).contains("ABCDE-23456", "FGHJK-78923", "MNPQR-45678");
        assertThat(slips).contains("Tell us what you thought").contains("Díganos su opinión").contains("Noo sheeg")
                .contains("magacaaga la'aan");
    }
}
