package org.bridgeway.partners;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The academy's printed documents, laid out by OpenPDF: a graduate's certificate in their language, and sheets of
 * survey slips. Texts come from the documents/academy bundles (English, Spanish, Somali).
 */
final class AcademyDocuments {

    private static final Color INK = new Color(0x1F, 0x3A, 0x5F);

    private AcademyDocuments() {
    }

    static byte[] certificate(String language, String graduateName, String courseName, String cohortName,
            int attended, int sessions, LocalDate completedOn, String certificateNumber) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle texts = texts(locale);
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER.rotate(), 72, 72, 90, 72);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(language));
            document.addTitle(texts.getString("certificate.title"));
            document.open();
            document.add(centred(texts.getString("certificate.title"), font(FontFactory.HELVETICA_BOLD, 34), 24));
            document.add(centred(texts.getString("certificate.presented"), font(FontFactory.HELVETICA, 14), 12));
            document.add(centred(graduateName, font(FontFactory.HELVETICA_BOLD, 30), 18));
            document.add(centred(MessageFormat.format(texts.getString("certificate.completed"), courseName, cohortName),
                    font(FontFactory.HELVETICA, 14), 8));
            document.add(centred(MessageFormat.format(texts.getString("certificate.attendance"), attended, sessions),
                    font(FontFactory.HELVETICA, 12), 36));
            String date = completedOn == null ? "" : completedOn.format(
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            document.add(centred(date, font(FontFactory.HELVETICA, 12), 6));
            document.add(centred(MessageFormat.format(texts.getString("certificate.number"), certificateNumber),
                    font(FontFactory.HELVETICA, 9), 0));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Certificate could not be laid out", e);
        }
        return out.toByteArray();
    }

    /** Slips with the survey address and one code each, in English, Spanish and Somali (who gets which is random). */
    static byte[] surveySlips(String cohortTitle, String surveyAddress, List<String> codes) {
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(cohortTitle);
            document.open();
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            for (String code : codes) {
                var slip = new Paragraph();
                slip.add(new Chunk(cohortTitle + "\n", font(FontFactory.HELVETICA_BOLD, 10)));
                for (String language : List.of("en", "es", "so")) {
                    slip.add(new Chunk(MessageFormat.format(texts(Locale.forLanguageTag(language))
                            .getString("survey.slip"), surveyAddress) + "\n", font(FontFactory.HELVETICA, 8)));
                }
                slip.add(new Chunk(code.substring(0, 5) + "-" + code.substring(5), font(FontFactory.COURIER_BOLD, 18)));
                PdfPCell cell = new PdfPCell(slip);
                cell.setPadding(10);
                cell.setFixedHeight(130);
                table.addCell(cell);
            }
            if (codes.size() % 2 == 1) {
                table.addCell(new PdfPCell(new Paragraph("")));
            }
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Survey slips could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle("documents.academy", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Font font(String name, float size) {
        // Cp1252 covers English, Spanish and Somali (Latin script) letters.
        Font font = FontFactory.getFont(name, "Cp1252", false, size);
        font.setColor(INK);
        return font;
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
