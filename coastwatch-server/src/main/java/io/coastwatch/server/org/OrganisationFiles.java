package io.coastwatch.server.org;

import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.org.OrganisationFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The organisation's files in the two formats officers use: CSV (UTF-8) and XLSX (the first sheet, its
 * first row the header), both with the columns of {@link OrganisationFile.Kind#fields()}. Stateless.
 */
final class OrganisationFiles {

    /** The media type of an XLSX workbook. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The media type of CSV. */
    static final String CSV = "text/csv";

    private OrganisationFiles() {
    }

    /** Whether {@code contentType} names an XLSX workbook. */
    static boolean isXlsx(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(XLSX);
    }

    /** Reads a file of {@code kind}: XLSX when {@code xlsx}, else CSV. */
    static OrganisationFile read(OrganisationFile.Kind kind, byte[] body, boolean xlsx) {
        return xlsx ? readXlsx(kind, body)
                : OrganisationFile.readCsv(kind, new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }

    /** Writes {@code records} as a file of {@code kind}: XLSX when {@code xlsx}, else CSV. */
    static byte[] write(OrganisationFile.Kind kind, List<Map<String, Object>> records, boolean xlsx) {
        if (!xlsx) {
            StringBuilder csv = new StringBuilder();
            OrganisationFile.writeCsv(kind, records, csv);
            return csv.toString().getBytes(StandardCharsets.UTF_8);
        }
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(kind.slug());
            Row header = sheet.createRow(0);
            for (int column = 0; column < kind.fields().size(); column++) {
                header.createCell(column).setCellValue(kind.fields().get(column));
            }
            for (int line = 0; line < records.size(); line++) {
                Row row = sheet.createRow(line + 1);
                for (int column = 0; column < kind.fields().size(); column++) {
                    Object value = records.get(line).get(kind.fields().get(column));
                    if (value instanceof Number number) {
                        row.createCell(column).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(column).setCellValue(OrganisationFile.cell(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OrganisationFile readXlsx(OrganisationFile.Kind kind, byte[] body) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw InvalidRequest.of("line 1", "required", "the sheet has no header row");
            }
            List<String> header = new ArrayList<>();
            for (Cell cell : headerRow) {
                header.add(formatter.formatCellValue(cell).strip());
            }
            OrganisationFile.checkHeader(kind, header);
            List<OrganisationFile.Line> lines = new ArrayList<>();
            for (int index = headerRow.getRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                if (row == null) {
                    continue;
                }
                if (lines.size() >= OrganisationFile.MAX_LINES) {
                    throw InvalidRequest.of("line " + (index + 1), "too-long",
                            "a file holds at most " + OrganisationFile.MAX_LINES + " records");
                }
                Map<String, String> values = new LinkedHashMap<>();
                boolean empty = true;
                for (int column = 0; column < header.size(); column++) {
                    String text = formatter.formatCellValue(row.getCell(column)).strip();
                    empty &= text.isEmpty();
                    values.put(header.get(column), text);
                }
                if (!empty) {
                    lines.add(new OrganisationFile.Line(index + 1L, values));
                }
            }
            return new OrganisationFile(kind, lines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRequest invalid) {
                throw invalid;
            }
            throw InvalidRequest.of("file", "bad-format", "not an XLSX workbook: " + e.getMessage());
        }
    }
}
