package org.citypeers.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write(e.equals("mimetype") ? "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII) : new byte[] {1});
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void pdf_images_and_office_documents_are_recognised_by_content() throws IOException {
        assertThat(FileTypes.detect("report.PDF", PDF)).contains("application/pdf");
        assertThat(FileTypes.detect("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contains("image/jpeg");
        assertThat(FileTypes.detect("plan.docx", zip("[Content_Types].xml", "word/document.xml")))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(FileTypes.detect("plan.odt", zip("mimetype", "content.xml"))).contains("application/vnd.oasis.opendocument.text");
    }

    @Test
    void a_file_whose_content_does_not_match_its_name_or_an_unsafe_type_is_refused() throws IOException {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(FileTypes.detect("report.pdf", html)).isEmpty();
        assertThat(FileTypes.detect("report.html", html)).isEmpty();
        assertThat(FileTypes.detect("drawing.svg", "<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileTypes.detect("photo.png", PDF)).as("a PDF renamed to .png").isEmpty();
        assertThat(FileTypes.detect("archive.docx", zip("evil.exe"))).as("a plain ZIP renamed to .docx").isEmpty();
        assertThat(FileTypes.detect("noextension", PDF)).isEmpty();
    }
}
