package fr.faireess.mobility.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import fr.faireess.mobility.grant.GrantBreakdown;
import fr.faireess.mobility.grant.GrantLine;
import fr.faireess.mobility.grant.GrantLineKind;
import fr.faireess.mobility.grant.GrantMoney;
import fr.faireess.mobility.host.HostSize;
import fr.faireess.mobility.host.LegalStatus;

/**
 * The Beneficiary Module file of a call year's mobilities, one row per mobility, as CSV
 * (semicolon-separated, UTF-8 with a byte-order mark) and XLSX. Column names and values are the
 * BM's language (English, {@code Yes}/{@code No}, ISO dates, amounts with a dot), not the reader's:
 * the file is meant to be imported. These columns are everything that is exported — participant
 * identity is name and e-mail only; birth date, gender and nationality are not held by the
 * application and are completed in the BM. Grant columns stay empty when the call year has no rate
 * table. Nothing is computed here: the days and amounts are {@code GrantService}'s.
 */
public final class BeneficiaryExport {

    public static final String ACTIVITY_TYPE = "HE-SMT";
    public static final String SENDING_COUNTRY = "FR";

    public static final List<String> HEADER = List.of(
            "Activity Type", "Mobility ID", "Grant Agreement Number",
            "Participant First Name", "Participant Last Name", "Participant Email",
            "Fewer Opportunities", "Recent Graduate", "EQF Level", "Field of Education (ISCED-F)",
            "Sending Organisation", "Sending Country", "Sending City",
            "Receiving Organisation", "Receiving Organisation Type", "Receiving Organisation Size",
            "Receiving Country", "Receiving City",
            "Start Date", "End Date", "Actual Dates", "Long-term", "Force Majeure", "Duration Calculated (days)",
            "Interruption (days)", "Funded Travel Days", "Funded Days", "Funded Months", "Funded Extra Days", "Green Travel",
            "Distance Band", "Country Group", "Monthly Rate (EUR)", "Individual Support (EUR)", "Traineeship Top-up (EUR)",
            "Fewer Opportunities Top-up (EUR)", "Green Travel Top-up (EUR)", "Travel Support (EUR)", "Total Grant (EUR)");

    /** The amount columns, last of the row: empty when the call year has no rate table. */
    private static final int AMOUNT_COLUMNS = 7;

    private BeneficiaryExport() {
    }

    /** The position of a column of {@link #HEADER}. */
    public static int column(String name) {
        int index = HEADER.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(name);
        }
        return index;
    }

    /** The mobility ID reported to the BM: stable, unique per placement. */
    public static String mobilityId(ReportedMobility m) {
        return String.format("FE-%d-%06d", m.callYear(), m.placementId());
    }

    /**
     * One row of cells (String, Integer or BigDecimal; null for an empty cell), in {@link #HEADER}'s
     * order, from the mobility and its grant as {@code GrantService} computed it (the breakdown of the
     * period that counts). {@code withAmounts} is false when the call year has no rate table: the days
     * are there, the amounts empty.
     */
    public static List<Object> row(ReportedMobility m, String agreementNumber, GrantBreakdown grant, boolean withAmounts) {
        List<Object> row = new ArrayList<>();
        row.add(ACTIVITY_TYPE);
        row.add(mobilityId(m));
        row.add(agreementNumber);
        row.add(m.firstName());
        row.add(m.lastName());
        row.add(m.email());
        row.add(yesNo(m.fewerOpportunities()));
        row.add(yesNo(m.recentGraduate()));
        row.add(m.eqfLevel());
        row.add(m.iscedCode());
        row.add(m.sendingOrganisation());
        row.add(SENDING_COUNTRY);
        row.add(m.sendingCity());
        row.add(m.receivingName());
        row.add(organisationType(m.receivingStatus()));
        row.add(m.receivingSize() == HostSize.SMALL ? "<=250" : ">250");
        row.add(m.receivingCountry());
        row.add(m.receivingCity());
        row.add(m.start().toString());
        row.add(m.end().toString());
        row.add(yesNo(m.certified()));
        row.add(yesNo(grant.longTerm()));
        row.add(yesNo(m.forceMajeure()));
        row.add(grant.periodDays());
        row.add(grant.interruptionDays());
        row.add(grant.travelDays());
        row.add(grant.fundedDays());
        row.add(grant.months());
        row.add(grant.extraDays());
        row.add(yesNo(m.greenTravel()));
        row.add(grant.distanceBand() == null ? null : grant.distanceBand().label());
        row.add(groupCode(m));
        if (!withAmounts) {
            for (int i = 0; i < AMOUNT_COLUMNS; i++) {
                row.add(null);
            }
        } else {
            row.add(grant.lines().stream().filter(l -> l.kind() == GrantLineKind.BASE).map(GrantLine::figure).findFirst()
                    .orElse(GrantMoney.ZERO));
            row.add(grant.amount(GrantLineKind.BASE));
            row.add(grant.amount(GrantLineKind.TRAINEESHIP));
            row.add(grant.amount(GrantLineKind.FEWER_OPPORTUNITIES));
            row.add(grant.amount(GrantLineKind.GREEN_TRAVEL));
            row.add(grant.travelSupport());
            row.add(grant.total());
        }
        return row;
    }

    private static String groupCode(ReportedMobility m) {
        return switch (m.group()) {
            case GROUP_1 -> "1";
            case GROUP_2 -> "2";
            case GROUP_3 -> "3";
            case INTERNATIONAL -> "International";
        };
    }

    private static String organisationType(LegalStatus status) {
        return switch (status) {
            case PUBLIC -> "Public body";
            case PRIVATE -> "Private company";
            case NON_PROFIT -> "Non-profit organisation";
        };
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    public static byte[] csv(List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(csvLine(new ArrayList<>(HEADER)));
        for (List<Object> row : rows) {
            out.append(csvLine(row));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String csvLine(List<?> cells) {
        return cells.stream().map(BeneficiaryExport::csvCell).collect(Collectors.joining(";")) + "\r\n";
    }

    /**
     * A cell as text: amounts with a dot and two decimals; text a spreadsheet would run as a formula
     * (a host name typed as {@code =HYPERLINK(...)}) defused; quoted when needed.
     */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        String cell = value.toString();
        if (!(value instanceof Number) && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            cell = "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    public static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Mobilities");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Row first = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(HEADER.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 20 * 256);
            }
            int r = 1;
            for (List<Object> cells : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal amount) {
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(money);
                    } else if (value instanceof Integer number) {
                        cell.setCellValue(number);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
