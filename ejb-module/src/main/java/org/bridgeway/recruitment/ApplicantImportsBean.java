package org.bridgeway.recruitment;

import static org.bridgeway.shared.Strings.blankToNull;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.recruitment.api.ApplicantDraft;
import org.bridgeway.recruitment.api.ApplicantImports;
import org.bridgeway.recruitment.api.ApplicantSource;
import org.bridgeway.recruitment.api.ImportPreview;
import org.bridgeway.recruitment.api.ImportPreview.RowProblem;
import org.bridgeway.recruitment.api.ImportStatus;
import org.bridgeway.recruitment.api.StepView;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.NotFoundException;

@Stateless
public class ApplicantImportsBean implements ApplicantImports {

    /** Rows per statement while importing: the progress bar moves after each chunk. */
    static final int CHUNK = 500;
    static final int PROBLEMS_SHOWN = 500;
    private static final List<String> REQUIRED = List.of("given_name", "family_name");
    /** Header names people actually use, mapped to the columns. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("given_name", "given_name"), Map.entry("first_name", "given_name"),
            Map.entry("first name", "given_name"), Map.entry("given name", "given_name"),
            Map.entry("family_name", "family_name"), Map.entry("last_name", "family_name"),
            Map.entry("last name", "family_name"), Map.entry("family name", "family_name"),
            Map.entry("surname", "family_name"), Map.entry("email", "email"), Map.entry("e-mail", "email"),
            Map.entry("phone", "phone"), Map.entry("telephone", "phone"), Map.entry("birth_date", "birth_date"),
            Map.entry("date of birth", "birth_date"), Map.entry("language", "language"),
            Map.entry("preferred_language", "language"), Map.entry("languages", "languages"),
            Map.entry("heard_how", "heard_how"), Map.entry("how they heard", "heard_how"));
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu"));

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    private DataSource dataSource;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PartnerDirectory partners;

    @Inject
    private StepCatalog catalog;

    @Inject
    private ImportProgress progress;

    @Inject
    private Validator validator;

    /** One parsed line: raw values, what they mean, and the first thing wrong with them. */
    private static final class Row {
        int line;
        final Map<String, String> raw = new HashMap<>();
        LocalDate birthDate;
        String language;
        String languages;
        String emailKey;
        String phoneKey;
        String errorKey;
        String errorArg;
        Long duplicateOf;
        String duplicateReason;
    }

    @Override
    public ImportPreview preview(String fileName, byte[] csv, ApplicantSource source, Long partnerId, String event) {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        if (csv == null || csv.length == 0) {
            throw new BusinessException("recruitment.import.empty");
        }
        if (csv.length > MAX_BYTES) {
            throw new BusinessException("recruitment.import.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        checkSource(source, partnerId, event);
        List<Row> rows = parse(new String(csv, StandardCharsets.UTF_8));
        markDuplicatesInFile(rows);
        Object id = em.createNativeQuery("insert into applicant_import (created_by, created_at, file_name, source,"
                        + " source_partner_id, source_event, total_rows, invalid_rows, status) values (?1, now(), ?2,"
                        + " ?3, cast(?4 as bigint), ?5, ?6, ?7, 'PREVIEW') returning id")
                .setParameter(1, currentUser.auditActor()).setParameter(2, clip(fileName == null ? "import.csv" : fileName, 200))
                .setParameter(3, source.name()).setParameter(4, source == ApplicantSource.PARTNER ? partnerId : null)
                .setParameter(5, source == ApplicantSource.OUTREACH_EVENT ? event.strip() : null)
                .setParameter(6, rows.size()).setParameter(7, (int) rows.stream().filter(r -> r.errorKey != null).count())
                .getSingleResult();
        long importId = ((Number) id).longValue();
        stage(importId, rows);
        markExistingDuplicates(importId, rows);
        return preview(importId, rows);
    }

    private void checkSource(ApplicantSource source, Long partnerId, String event) {
        if (source == null || source == ApplicantSource.EXPLORER || source == ApplicantSource.OFFICER_REFERRAL) {
            // Explorer referrals and officer referrals are made one person at a time.
            throw new BusinessException("recruitment.import.source");
        }
        if (source == ApplicantSource.PARTNER && (partnerId == null || partners.names(List.of(partnerId)).isEmpty())) {
            throw new BusinessException("recruitment.applicant.sourceDetail");
        }
        if (source == ApplicantSource.OUTREACH_EVENT && (event == null || event.isBlank() || event.length() > 120)) {
            throw new BusinessException("recruitment.applicant.sourceDetail");
        }
    }

    private List<Row> parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark from spreadsheet programs
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setIgnoreHeaderCase(true).setAllowMissingColumnNames(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Map<String, String> columns = new HashMap<>();
            for (String header : parser.getHeaderNames()) {
                String column = ALIASES.get(header.strip().toLowerCase(Locale.ROOT));
                if (column != null) {
                    columns.putIfAbsent(column, header);
                }
            }
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new BusinessException("recruitment.import.header", String.join(", ", missing));
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new BusinessException("recruitment.import.tooManyRows", MAX_ROWS);
                }
                Row row = new Row();
                row.line = startLine(parser, record);
                columns.forEach((column, header) -> row.raw.put(column, record.isSet(header) ? record.get(header) : ""));
                check(row);
                rows.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new BusinessException("recruitment.import.unreadable");
        }
        if (rows.isEmpty()) {
            throw new BusinessException("recruitment.import.empty");
        }
        return rows;
    }

    /** The first problem of a row, checked with the same rules as the applicant form. */
    private void check(Row row) {
        String birth = row.raw.getOrDefault("birth_date", "");
        if (!birth.isBlank()) {
            row.birthDate = parseDate(birth);
            if (row.birthDate == null) {
                error(row, "recruitment.import.error.birthDate", birth);
                return;
            }
        }
        String language = row.raw.getOrDefault("language", "").toLowerCase(Locale.ROOT);
        row.language = language.isBlank() ? "en" : language;
        LinkedHashSet<String> spoken = new LinkedHashSet<>();
        spoken.add(row.language); // the preferred language is one of those spoken (the board's filter relies on it)
        for (String code : row.raw.getOrDefault("languages", "").toLowerCase(Locale.ROOT).split("[,; ]+")) {
            if (!code.isBlank()) {
                spoken.add(code);
            }
        }
        row.languages = String.join(",", spoken);
        var draft = new ApplicantDraft();
        draft.setGivenName(row.raw.get("given_name"));
        draft.setFamilyName(row.raw.get("family_name"));
        draft.setEmail(blankToNull(row.raw.get("email")));
        draft.setPhone(blankToNull(row.raw.get("phone")));
        draft.setBirthDate(row.birthDate);
        draft.setPreferredLanguage(row.language);
        draft.setLanguages(new ArrayList<>(spoken));
        draft.setHeardHow(blankToNull(row.raw.get("heard_how")));
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            // The same field order for every row, so the same mistake reads the same way on each line.
            var first = violations.stream().map(v -> v.getPropertyPath().toString()).sorted().findFirst().orElseThrow();
            String field = first.replaceAll("\\[.*", "");
            error(row, "recruitment.import.error.field", field);
            return;
        }
        row.emailKey = DuplicateKeys.email(draft.getEmail());
        row.phoneKey = DuplicateKeys.phone(draft.getPhone());
    }

    private static LocalDate parseDate(String value) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value.strip(), format);
            } catch (DateTimeParseException ignored) {
                // try the next accepted format
            }
        }
        return null;
    }

    private static void error(Row row, String key, String argument) {
        row.errorKey = key;
        row.errorArg = clip(argument, 200);
    }

    /** The same e-mail twice in one file: the later line is a likely duplicate of the earlier. */
    private static void markDuplicatesInFile(List<Row> rows) {
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : rows) {
            if (row.errorKey == null && row.emailKey != null) {
                Integer earlier = seen.putIfAbsent(row.emailKey, row.line);
                if (earlier != null) {
                    row.duplicateReason = "FILE_LINE:" + earlier;
                }
            }
        }
    }

    private void stage(long importId, List<Row> rows) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into applicant_import_row (import_id, line, given_name, family_name, email, phone, birth_date,"
                        + " language, languages, heard_how, birth_date_value, email_key, phone_key, error_key, error_arg,"
                        + " duplicate_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (Row row : rows) {
                s.setLong(1, importId);
                s.setInt(2, row.line);
                s.setString(3, clip(row.raw.get("given_name"), 200));
                s.setString(4, clip(row.raw.get("family_name"), 200));
                s.setString(5, clip(row.raw.get("email"), 300));
                s.setString(6, clip(row.raw.get("phone"), 100));
                s.setString(7, clip(row.raw.get("birth_date"), 40));
                s.setString(8, clip(row.language, 20));
                s.setString(9, clip(row.languages, 200));
                s.setString(10, clip(row.raw.get("heard_how"), 300));
                if (row.birthDate == null) {
                    s.setNull(11, Types.DATE);
                } else {
                    s.setObject(11, row.birthDate);
                }
                s.setString(12, row.emailKey);
                s.setString(13, row.phoneKey);
                s.setString(14, row.errorKey);
                s.setString(15, row.errorArg);
                s.setString(16, row.duplicateReason);
                s.addBatch();
                if (++batched % 1000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("staging the import failed", e);
        }
    }

    /** One query finds people already in the pipeline; names are compared loosely in Java (DuplicateKeys). */
    private void markExistingDuplicates(long importId, List<Row> rows) {
        @SuppressWarnings("unchecked")
        List<Object[]> pairs = em.createNativeQuery("select r.line, a.id, a.given_name, a.family_name,"
                        + " a.email_key = r.email_key, a.phone_key = r.phone_key from applicant_import_row r"
                        + " join applicant a on a.state <> 'MERGED' and (a.email_key = r.email_key"
                        + " or a.phone_key = r.phone_key or a.birth_date = r.birth_date_value)"
                        + " where r.import_id = ?1 and r.error_key is null order by r.line, a.id")
                .setParameter(1, importId).getResultList();
        Map<Integer, Row> byLine = new HashMap<>();
        rows.forEach(r -> byLine.put(r.line, r));
        for (Object[] p : pairs) {
            Row row = byLine.get(((Number) p[0]).intValue());
            if (row == null || row.duplicateOf != null) {
                continue;
            }
            String reason = Boolean.TRUE.equals(p[4]) ? "EMAIL" : Boolean.TRUE.equals(p[5]) ? "PHONE"
                    : DuplicateKeys.sameName(row.raw.get("given_name"), row.raw.get("family_name"), (String) p[2],
                    (String) p[3]) ? "NAME_AND_BIRTH_DATE" : null;
            if (reason != null) {
                row.duplicateOf = ((Number) p[1]).longValue();
                row.duplicateReason = reason;
                em.createNativeQuery("update applicant_import_row set duplicate_of = ?1, duplicate_reason = ?2"
                                + " where import_id = ?3 and line = ?4").setParameter(1, row.duplicateOf)
                        .setParameter(2, reason).setParameter(3, importId).setParameter(4, row.line).executeUpdate();
            }
        }
    }

    private static ImportPreview preview(long importId, List<Row> rows) {
        List<RowProblem> problems = rows.stream().filter(r -> r.errorKey != null).limit(PROBLEMS_SHOWN)
                .map(r -> new RowProblem(r.line, r.errorKey, r.errorArg)).toList();
        List<RowProblem> duplicates = rows.stream().filter(r -> r.errorKey == null && r.duplicateReason != null)
                .limit(PROBLEMS_SHOWN).map(r -> r.duplicateOf != null
                        ? new RowProblem(r.line, "recruitment.import.duplicate." + r.duplicateReason, "#" + r.duplicateOf)
                        : new RowProblem(r.line, "recruitment.import.duplicate.inFile",
                                r.duplicateReason.substring("FILE_LINE:".length()))).toList();
        int invalid = (int) rows.stream().filter(r -> r.errorKey != null).count();
        return new ImportPreview(importId, rows.size(), invalid, problems, duplicates);
    }

    @Override
    public ImportStatus commit(long importId, boolean allOrNothing) {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        ImportStatus before = status(importId);
        if (!"PREVIEW".equals(before.status())) {
            throw new BusinessException("recruitment.import.alreadyUsed");
        }
        if (allOrNothing && before.invalidRows() > 0) {
            progress.finish(importId, "REFUSED");
            return status(importId);
        }
        if (!progress.start(importId)) {
            throw new BusinessException("recruitment.import.alreadyUsed");
        }
        try {
            int imported = importAll(importId);
            em.createNativeQuery("update applicant_import set status = 'DONE', processed_rows = ?2,"
                            + " committed_rows = ?2, finished_at = now() where id = ?1")
                    .setParameter(1, importId).setParameter(2, imported).executeUpdate();
            return new ImportStatus(importId, "DONE", before.totalRows(), before.invalidRows(), imported, imported);
        } catch (RuntimeException e) {
            progress.finish(importId, "FAILED"); // its own transaction: this one rolls back with every row
            throw e;
        }
    }

    private int importAll(long importId) {
        long templateId = catalog.defaultTemplateId();
        StepView first = catalog.steps(templateId).get(0);
        String actor = currentUser.auditActor();
        @SuppressWarnings("unchecked")
        List<Object> lastLine = em.createNativeQuery("select max(line) from applicant_import_row where import_id = ?1")
                .setParameter(1, importId).getResultList();
        int maxLine = lastLine.isEmpty() || lastLine.get(0) == null ? 0 : ((Number) lastLine.get(0)).intValue();
        int imported = 0;
        for (int from = 0; from <= maxLine; from += CHUNK) {
            imported += importChunk(importId, from, from + CHUNK - 1, templateId, first.id(), actor);
            progress.advance(importId, imported);
        }
        return imported;
    }

    /**
     * One chunk of valid lines as applicants at the first step, in one set-based statement: the applicant rows,
     * their languages, first step visit, "created" timeline row and pending requirements.
     */
    private int importChunk(long importId, int fromLine, int toLine, long templateId, long firstStep, String actor) {
        Object count = em.createNativeQuery("""
                with source as (
                    select r.*, i.source as import_source, i.source_partner_id, i.source_event, i.file_name
                      from applicant_import_row r join applicant_import i on i.id = r.import_id
                     where r.import_id = ?1 and r.error_key is null and r.line between ?2 and ?3),
                created as (
                    insert into applicant (given_name, family_name, email, phone, birth_date, email_key, phone_key,
                                           preferred_language, interpreter_needed, heard_how, source, source_partner_id,
                                           source_event, template_id, current_step_id, step_entered_at, state,
                                           import_id, import_line, created_by, created_at, updated_at)
                    select btrim(given_name), btrim(family_name), nullif(btrim(email), ''), nullif(btrim(phone), ''),
                           birth_date_value, email_key, phone_key, language, false, nullif(btrim(heard_how), ''),
                           import_source, source_partner_id, source_event, ?4, ?5, now(), 'ACTIVE', import_id, line,
                           ?6, now(), now()
                      from source order by line
                    returning id, import_line),
                languages as (
                    insert into applicant_language (applicant_id, position, language)
                    select c.id, l.ordinality - 1, l.code
                      from created c join source s on s.line = c.import_line,
                           unnest(string_to_array(nullif(s.languages, ''), ',')) with ordinality as l(code, ordinality)),
                visits as (
                    insert into applicant_step_visit (applicant_id, step_id, entered_at)
                    select id, ?5, now() from created),
                events as (
                    insert into applicant_event (applicant_id, at, actor, kind, to_step_id, to_state, reason_code, note)
                    select c.id, now(), ?6, 'CREATED', ?5, 'ACTIVE', 'IMPORT', s.file_name || ', line ' || s.line
                      from created c join source s on s.line = c.import_line),
                requirements as (
                    insert into applicant_requirement (applicant_id, requirement, status)
                    select c.id, r.requirement, 'PENDING'
                      from created c cross join (values ('AGE'), ('EDUCATION'), ('RESIDENCY'), ('STATE_CERTIFICATION'))
                                                    as r(requirement))
                select count(*) from created""")
                .setParameter(1, importId).setParameter(2, fromLine).setParameter(3, toLine)
                .setParameter(4, templateId).setParameter(5, firstStep).setParameter(6, actor).getSingleResult();
        return ((Number) count).intValue();
    }

    @Override
    public ImportStatus status(long importId) {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, total_rows, invalid_rows, processed_rows,"
                + " committed_rows from applicant_import where id = ?1").setParameter(1, importId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] r = rows.get(0);
        return new ImportStatus(importId, (String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue());
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }

    /**
     * The file line (1-based; the header is line 1) a record starts on: the parser stands on its last line, and
     * a quoted value may have spread the record over several.
     */
    private static int startLine(CSVParser parser, CSVRecord record) {
        long breaks = record.stream().mapToLong(v -> v.chars().filter(c -> c == '\n').count()).sum();
        return (int) (parser.getCurrentLineNumber() - breaks);
    }
}
