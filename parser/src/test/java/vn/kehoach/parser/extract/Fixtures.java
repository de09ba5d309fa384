package vn.kehoach.parser.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Builds the documents the extract tests read, in memory, so the tests need no binary files. */
final class Fixtures {
    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String ISSUER = "ỦY BAN NHÂN DÂN";
    static final String QUARTER = "Quý IV năm 2013";
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private Fixtures() {
    }

    /**
     * A plan as Word writes one: a two-column header table (issuer | nation and motto), the title, a
     * paragraph with a line break, a task table whose header cell spans two columns and whose first column
     * is merged down two rows, and a closing paragraph.
     */
    static byte[] planDocx() {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable header = doc.createTable(1, 2);
            setText(header.getRow(0).getCell(0), ISSUER, "TỈNH QUẢNG NINH");
            setText(header.getRow(0).getCell(1), NATION, MOTTO);

            doc.createParagraph().createRun().setText("KẾ HOẠCH");
            XWPFRun run = doc.createParagraph().createRun();
            run.setText("Thực hiện nhiệm vụ " + QUARTER);
            run.addBreak();
            run.setText("của các sở, ngành");

            XWPFTable tasks = doc.createTable(3, 4);
            XWPFTableRow head = tasks.getRow(0);
            head.removeCell(2);
            head.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            setText(head.getCell(0), "TT");
            setText(head.getCell(1), "Nhiệm vụ");
            setText(head.getCell(2), "Thời gian hoàn thành");
            tasks.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            tasks.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
            setText(tasks.getRow(1).getCell(0), "1");
            setText(tasks.getRow(1).getCell(1), "Xây dựng kế hoạch");
            setText(tasks.getRow(1).getCell(2), "Sở Nội vụ");
            setText(tasks.getRow(1).getCell(3), QUARTER);
            setText(tasks.getRow(2).getCell(1), "Kiểm tra, đôn đốc");
            setText(tasks.getRow(2).getCell(2), "Sở Tư pháp");
            setText(tasks.getRow(2).getCell(3), "Năm 2014");

            doc.createParagraph().createRun().setText("Nơi nhận:");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setText(XWPFTableCell cell, String first, String... more) {
        cell.setText(first);
        for (String text : more) {
            XWPFParagraph p = cell.addParagraph();
            p.createRun().setText(text);
        }
    }

    /**
     * A DOCX with a page header holding a 1×2 table, a picture named "con-dau.png" in the body, a body table
     * of the same 1×2 shape whose second cell spans two columns, and a page footer.
     */
    static byte[] docxWithHeaderFooterAndPicture() {
        try (XWPFDocument doc = new XWPFDocument()) {
            org.apache.poi.xwpf.usermodel.XWPFHeader header =
                    doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("Đầu trang");
            XWPFTable inHeader = header.createTable(1, 2);
            inHeader.getRow(0).getCell(0).setText("H1");
            inHeader.getRow(0).getCell(1).setText("H2");
            doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                    .createParagraph().createRun().setText("Chân trang");

            doc.createParagraph().createRun().setText("Thân");
            XWPFRun run = doc.createParagraph().createRun();
            run.addPicture(new java.io.ByteArrayInputStream(png()), org.apache.poi.common.usermodel.PictureType.PNG,
                    "con-dau.png", 20_000, 20_000);
            run.setText("sau ảnh");
            XWPFTable body = doc.createTable(1, 2);
            setText(body.getRow(0).getCell(0), "A");
            setText(body.getRow(0).getCell(1), "B");
            body.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #planDocx()} in an agile-encrypted OLE2 container, password "secret". */
    static byte[] encryptedDocx() {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(planDocx());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An ODT with a heading, a paragraph with a line break, and a table with a colspan and a rowspan. */
    static byte[] planOdt() {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
                <office:body><office:text>
                <text:h text:outline-level="1">KẾ HOẠCH</text:h>
                <text:p>Thực hiện nhiệm vụ<text:line-break/>%s</text:p>
                <table:table table:name="Tasks">
                <table:table-column table:number-columns-repeated="3"/>
                <table:table-row>
                <table:table-cell table:number-columns-spanned="2"><text:p>Nhiệm vụ</text:p></table:table-cell>
                <table:covered-table-cell/>
                <table:table-cell><text:p>Thời gian</text:p></table:table-cell>
                </table:table-row>
                <table:table-row>
                <table:table-cell table:number-rows-spanned="2"><text:p>1</text:p></table:table-cell>
                <table:table-cell><text:p>Xây dựng</text:p></table:table-cell>
                <table:table-cell><text:p>%s</text:p></table:table-cell>
                </table:table-row>
                <table:table-row>
                <table:covered-table-cell/>
                <table:table-cell><text:p>Kiểm tra</text:p></table:table-cell>
                <table:table-cell><text:p>Năm 2014</text:p></table:table-cell>
                </table:table-row>
                </table:table>
                <text:p>%s</text:p>
                </office:text></office:body></office:document-content>
                """.formatted(QUARTER, QUARTER, NATION);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype"); // ODF: first entry, stored, not compressed
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.strip().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A ZIP archive of one text file: not a document. */
    static byte[] plainZip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("ghi chú".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An Excel 97 workbook: an OLE2 container that is not a Word document. */
    static byte[] xls() {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook book = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            book.createSheet("Kế hoạch").createRow(0).createCell(0).setCellValue(QUARTER);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 4×4 PNG. */
    static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A two-page PDF in DejaVu Sans (embedded): per page, the nation line and the quarter line close
     * together, then a line after a gap. Skips the calling test where the font is missing.
     */
    static byte[] planPdf() {
        Assumptions.assumeTrue(Files.isRegularFile(DEJAVU), "needs " + DEJAVU);
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, DEJAVU.toFile());
            for (int page = 1; page <= 2; page++) {
                PDPage p = new PDPage();
                doc.addPage(p);
                try (PDPageContentStream text = new PDPageContentStream(doc, p)) {
                    text.beginText();
                    text.setFont(font, 12);
                    text.newLineAtOffset(50, 700);
                    text.showText(NATION);
                    text.newLineAtOffset(0, -16);
                    text.showText(QUARTER);
                    text.newLineAtOffset(0, -60);
                    text.showText("Trang " + page);
                    text.endText();
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF without text, encrypted with the user password "secret" (needs no font). */
    static byte[] encryptedPdf() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF without text. */
    static byte[] blankPdf() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** The first {@code fraction} of the bytes. */
    static byte[] truncated(byte[] bytes, double fraction) {
        return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    /**
     * Vietnamese text in windows-1258, as legacy files hold it: precomposed base letters (â, ơ, ư, ...) with
     * the tone as a separate combining mark. Decoding gives that decomposed form; NFC brings back the input.
     */
    static byte[] windows1258(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            d.chars().forEach(c -> (isTone((char) c) ? tones : base).append((char) c));
            sb.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        });
        Charset cp1258 = Charset.forName("windows-1258");
        byte[] bytes = sb.toString().getBytes(cp1258);
        if (!new String(bytes, cp1258).contentEquals(sb)) {
            throw new IllegalArgumentException("not representable in windows-1258: " + text);
        }
        return bytes;
    }

    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
