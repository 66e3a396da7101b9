package org.bridgeway.partners;

import static org.assertj.core.api.Assertions.assertThat;

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
    void everySlipCarriesItsCodeAndTheAddressInThreeLanguages() throws IOException {
        List<String> codes = List.of("ABCDE23456", "FGHJK78923", "MNPQR45678");
        String slips = text(AcademyDocuments.surveySlips("Academy · Spring", "https://agency.example/survey", codes));
        assertThat(slips).contains("ABCDE-23456", "FGHJK-78923", "MNPQR-45678");
        assertThat(slips).contains("Tell us what you thought").contains("Díganos su opinión").contains("Noo sheeg")
                .contains("magacaaga la'aan");
    }
}
