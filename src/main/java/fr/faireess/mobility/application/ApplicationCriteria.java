package fr.faireess.mobility.application;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.text.Texts;

/** Filters and order of the coordinator's review list; one where-clause for the count and the page. */
public record ApplicationCriteria(Long callId, String campus, String programme, Integer studyYear,
                                  ApplicationStatus status, String country, Sort sort, String name)
        implements Serializable {

    public enum Sort { SUBMITTED, SCORE, NAME }

    /** Longest name search kept: a longer text cannot be a student's name or e-mail. */
    public static final int NAME_MAX = 100;

    /** The criteria without a name search. */
    public ApplicationCriteria(Long callId, String campus, String programme, Integer studyYear,
                               ApplicationStatus status, String country, Sort sort) {
        this(callId, campus, programme, studyYear, status, country, sort, null);
    }

    /**
     * The criteria of the review list's address ({@code call}, {@code campus}, {@code programme},
     * {@code year}, {@code status}, {@code country}, {@code sort}, {@code q} the name search) read as the list page reads them:
     * blank means no filter, a number or a name that does not parse makes the address malformed
     * (empty result; the page answers 404), a campus, programme or country nobody has simply matches
     * nothing. Other parameters are ignored, as the page ignores them.
     */
    public static Optional<ApplicationCriteria> parse(Function<String, String> parameter) {
        try {
            Sort sort = parseEnum(Sort.class, parameter.apply("sort"));
            return Optional.of(new ApplicationCriteria(parseNumber(parameter.apply("call"), Long::valueOf),
                    Texts.blankToNull(parameter.apply("campus")), Texts.blankToNull(parameter.apply("programme")),
                    parseNumber(parameter.apply("year"), Integer::valueOf),
                    parseEnum(ApplicationStatus.class, parameter.apply("status")),
                    Texts.blankToNull(parameter.apply("country")), sort == null ? Sort.SUBMITTED : sort,
                    nameSearch(parameter.apply("q"))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What the count depends on: the filters, not the order; the name search as it is applied. */
    ApplicationCriteria forCount() {
        return new ApplicationCriteria(callId, campus, programme, studyYear, status, country, null, nameSearch(name));
    }

    /** The criteria as the list's address carries them (only those set), e.g. {@code campus=PERPIGNAN&sort=NAME}. */
    public String toQuery() {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("call", callId);
        set.put("campus", campus);
        set.put("programme", programme);
        set.put("year", studyYear);
        set.put("status", status);
        set.put("country", country);
        set.put("sort", sort == null ? Sort.SUBMITTED : sort);
        set.put("q", name);
        return set.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The name search as the list keeps it: trimmed, blank as none, cut at {@link #NAME_MAX} characters. */
    public static String nameSearch(String typed) {
        String text = Texts.blankToNull(typed);
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > NAME_MAX ? stripped.substring(0, NAME_MAX) : stripped;
    }

    /**
     * The LIKE pattern of a name search: lower case, the user's {@code %} and {@code _} taken
     * literally, matching anywhere in the text. The escape character is {@code !}, not a backslash,
     * which MySQL would read as an escape inside the SQL string literal itself.
     */
    static String likePattern(String search) {
        String escaped = search.toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    // Faces' number and enum converters trim and read "" as no value; so do these.
    private static <N> N parseNumber(String value, Function<String, N> parser) {
        String text = Texts.blankToNull(value);
        return text == null ? null : parser.apply(text.strip());
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        String text = Texts.blankToNull(value);
        return text == null ? null : Enum.valueOf(type, text.strip());
    }


    /**
     * {@code select} names the files as {@code a} ({@code ... from MobilityApplication a}); {@code scope}:
     * the campuses the coordinator sees; the filters narrow it further, never widen it.
     *
     * <p>The conditions on the student ({@code s}: campus, programme, year, name) are joined for a
     * count that has some, and otherwise written as one {@code exists}: joined, the database reads the
     * students first and sorts every listed file before the first page (H2 at 100,000 files: 200-430
     * ms); with {@code exists} it reads the files in the order's index and stops after a page (about
     * 2 ms). Each order has its index on the files themselves (V55 score, V59 submission, V60 the copy
     * of the student's names).
     */
    <T> TypedQuery<T> apply(EntityManager em, String select, Class<T> type, boolean ordered, CampusScope scope) {
        return apply(em, select, type, ordered, false, scope);
    }

    /** {@code reversed}: the list's order turned round, last file first (see {@code ApplicationQueries.page}). */
    <T> TypedQuery<T> apply(EntityManager em, String select, Class<T> type, boolean ordered, boolean reversed,
                            CampusScope scope) {
        List<String> where = new ArrayList<>();
        List<String> student = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        // Drafts are the student's own business until submitted.
        where.add("a.status <> fr.faireess.mobility.application.ApplicationStatus.DRAFT");
        scope.condition("s.campus.code").ifPresent(student::add);
        if (scope.needsParameter()) {
            params.put(CampusScope.PARAMETER, scope.campuses());
        }
        if (callId != null) {
            where.add("a.call.id = :call");
            params.put("call", callId);
        }
        if (campus != null && !campus.isBlank()) {
            student.add("s.campus.code = :campus");
            params.put("campus", campus);
        }
        if (programme != null && !programme.isBlank()) {
            student.add("s.programme.code = :programme");
            params.put("programme", programme);
        }
        if (studyYear != null) {
            student.add("s.studyYear = :year");
            params.put("year", studyYear);
        }
        if (status != null) {
            where.add("a.status = :status");
            params.put("status", status);
        }
        if (country != null && !country.isBlank()) {
            where.add("a.firstCountryCode = :country");
            params.put("country", country);
        }
        String search = nameSearch(name);
        if (search != null) {
            // Last name, first name, both orders and the e-mail: what a coordinator may type.
            student.add("(lower(s.lastName) like :name escape '!' or lower(s.firstName) like :name escape '!'"
                    + " or lower(concat(s.firstName, ' ', s.lastName)) like :name escape '!'"
                    + " or lower(concat(s.lastName, ' ', s.firstName)) like :name escape '!'"
                    + " or lower(s.email) like :name escape '!')");
            params.put("name", likePattern(search));
        }
        Sort order = sort == null ? Sort.SUBMITTED : sort;
        // Every file has its student: without a condition on the student, a count needs no join.
        boolean joined = !ordered && !student.isEmpty();
        if (joined) {
            select += " join a.student s";
            where.addAll(student);
        } else if (!student.isEmpty()) {
            where.add("exists (select s.id from Account s where s = a.student and " + String.join(" and ", student) + ")");
        }
        // Turned round, each key's direction is: a file without a score, last by score, comes first
        // (H2 and MySQL both put nulls first going up and last going down).
        String orderBy = !ordered ? "" : switch (order) {
            case SCORE -> reversed ? " order by a.score, a.submittedAt desc, a.id desc"
                    : " order by a.score desc, a.submittedAt, a.id";
            case NAME -> reversed ? " order by a.studentLastName desc, a.studentFirstName desc, a.id desc"
                    : " order by a.studentLastName, a.studentFirstName, a.id";
            case SUBMITTED -> reversed ? " order by a.submittedAt, a.id" : " order by a.submittedAt desc, a.id desc";
        };
        TypedQuery<T> query = em.createQuery(select + " where " + String.join(" and ", where) + orderBy, type);
        params.forEach(query::setParameter);
        return query;
    }
}
