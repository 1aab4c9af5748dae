package io.coastwatch.server.registry;

import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.org.OrganisationFile.Line;
import io.coastwatch.operations.registry.FleetFile;
import io.coastwatch.operations.registry.FleetVessel;
import io.coastwatch.operations.registry.VesselForms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The fleet registry as an XLSX workbook: the first sheet, its first row the header of
 * {@link VesselForms#FIELDS}, one vessel per row (the line numbers are the sheet's row numbers). Every
 * cell is written as text, so none runs as a formula; a registry of 100,000 vessels is written
 * streaming. Stateless.
 */
final class FleetWorkbook {

    /** The media type of an XLSX workbook. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows a streaming export keeps in memory. */
    private static final int WINDOW = 500;

    private FleetWorkbook() {
    }

    /** The lines of a workbook's first sheet. */
    static List<Line> read(byte[] body) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw InvalidRequest.of("line 1", "required", "the sheet has no header row");
            }
            List<String> names = new ArrayList<>();
            for (Cell cell : headerRow) {
                names.add(formatter.formatCellValue(cell).strip());
            }
            List<String> header = FleetFile.checkHeader(names);
            List<Line> lines = new ArrayList<>();
            for (int index = headerRow.getRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                if (row == null) {
                    continue;
                }
                if (lines.size() >= FleetFile.MAX_LINES) {
                    throw InvalidRequest.of("line " + (index + 1), "too-long",
                            "a file holds at most " + FleetFile.MAX_LINES + " vessels");
                }
                Map<String, String> values = new HashMap<>();
                boolean empty = true;
                for (int column = 0; column < header.size(); column++) {
                    String text = FleetFile.undefused(formatter.formatCellValue(row.getCell(column)).strip());
                    empty &= text.isEmpty();
                    values.put(header.get(column), text);
                }
                if (!empty) {
                    lines.add(new Line(index + 1L, values));
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRequest invalid) {
                throw invalid;
            }
            throw InvalidRequest.of("file", "bad-format", "not an XLSX workbook: " + e.getMessage());
        }
    }

    /** {@code vessels} as a workbook of one sheet. */
    static byte[] write(List<FleetVessel> vessels) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("fleet-registry");
            writeRow(sheet.createRow(0), VesselForms.FIELDS);
            for (int line = 0; line < vessels.size(); line++) {
                writeRow(sheet.createRow(line + 1), FleetFile.cells(vessels.get(line)));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, List<String> cells) {
        for (int column = 0; column < cells.size(); column++) {
            row.createCell(column).setCellValue(cells.get(column));
        }
    }
}
