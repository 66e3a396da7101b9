package org.bridgeway.partners;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Bidi;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.bridgeway.shared.BusinessException;

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
        checkPrintable(graduateName);
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle texts = texts(locale);
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER.rotate(), 72, 72, 90, 72);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(language));
            document.addTitle(texts.getString("certificate.title"));
            document.open();
            document.add(centred(texts.getString("certificate.title"), font(true, 34), 24));
            document.add(centred(texts.getString("certificate.presented"), font(false, 14), 12));
            document.add(nameLine(graduateName, font(true, 30), 18));
            document.add(centred(MessageFormat.format(texts.getString("certificate.completed"), courseName, cohortName),
                    font(false, 14), 8));
            document.add(centred(MessageFormat.format(texts.getString("certificate.attendance"), attended, sessions),
                    font(false, 12), 36));
            String date = completedOn == null ? "" : completedOn.format(
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            document.add(centred(date, font(false, 12), 6));
            document.add(centred(MessageFormat.format(texts.getString("certificate.number"), certificateNumber),
                    font(false, 9), 0));
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
                slip.add(new Chunk(cohortTitle + "\n", font(true, 10)));
                for (String language : List.of("en", "es", "so")) {
                    slip.add(new Chunk(MessageFormat.format(texts(Locale.forLanguageTag(language))
                            .getString("survey.slip"), surveyAddress) + "\n", font(false, 8)));
                }
                slip.add(new Chunk(code.substring(0, 5) + "-" + code.substring(5), codeFont()));
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

    /**
     * DejaVu Sans embedded as Unicode (Identity-H), so names print as written: Latin with every accent (Spanish,
     * Somali, Vietnamese…), Greek, Cyrillic, Arabic, Hebrew, Armenian, Georgian. The font files come out of the
     * build (ejb-module/pom.xml) under documents/fonts and are parsed once; documents share them read-only (the
     * glyphs a document uses are tracked by its own writer).
     */
    private static final class DejaVu {

        static final BaseFont REGULAR = load("DejaVuSans.ttf");
        static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

        private static BaseFont load(String file) {
            try (var in = AcademyDocuments.class.getResourceAsStream("/documents/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + file + " is missing from the build");
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(),
                        null);
            } catch (IOException | DocumentException e) {
                throw new IllegalStateException("Font " + file + " could not be read", e);
            }
        }
    }

    /**
     * A name in a script the font does not have (Ethiopic, Devanagari, Chinese…) would print with gaps: refused, with
     * the letters that cannot be printed, rather than a certificate with a mangled name.
     */
    private static void checkPrintable(String name) {
        String missing = name.codePoints().filter(c -> !Character.isWhitespace(c) && !DejaVu.BOLD.charExists(c))
                .distinct().limit(5).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (!missing.isEmpty()) {
            throw new BusinessException("academy.error.nameNotPrintable", missing);
        }
    }

    private static Font font(boolean bold, float size) {
        Font font = new Font(bold ? DejaVu.BOLD : DejaVu.REGULAR, size);
        font.setColor(INK);
        return font;
    }

    /** Survey codes are letters and digits only: a monospaced standard font keeps them easy to copy. */
    private static Font codeFont() {
        Font font = FontFactory.getFont(FontFactory.COURIER_BOLD, 18);
        font.setColor(INK);
        return font;
    }

    /**
     * The graduate's name, centred; a name written right to left (Arabic, Hebrew) is laid out right to left with
     * Arabic letters joined, which a plain paragraph would not do.
     */
    private static Element nameLine(String name, Font font, float spacingAfter) {
        if (new Bidi(name, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()) {
            return centred(name, font, spacingAfter);
        }
        PdfPCell cell = new PdfPCell(new Phrase(name, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        // Joined letters but no optional ligatures: DejaVu Sans Bold lacks some ligature glyphs (they vanished).
        cell.setArabicOptions(0);
        cell.setPaddingBottom(spacingAfter);
        PdfPTable line = new PdfPTable(1);
        line.setWidthPercentage(100);
        line.addCell(cell);
        return line;
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
