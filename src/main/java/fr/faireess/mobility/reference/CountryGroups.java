package fr.faireess.mobility.reference;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The Erasmus+ group of a receiving country in a call year ({@link CountryGroupRule}): what grants
 * and the Beneficiary Module export read. Corrections go through {@link ReferenceMaintenance}.
 */
@ApplicationScoped
public class CountryGroups {

    @PersistenceContext
    private EntityManager em;

    public ErasmusGroup groupOf(Country country, int callYear) {
        return CountryGroupRule.groupIn(callYear, byYear(country.getCode()), country.getErasmusGroup());
    }

    /** The rows the table holds for a country, by call year. */
    public List<CountryGroupYear> years(String countryCode) {
        return em.createQuery("select g from CountryGroupYear g where g.countryCode = :c order by g.callYear",
                CountryGroupYear.class).setParameter("c", countryCode).getResultList();
    }

    /** Call years the table holds rows for. */
    public List<Integer> callYears() {
        return em.createQuery("select distinct g.callYear from CountryGroupYear g order by g.callYear", Integer.class)
                .getResultList();
    }

    private TreeMap<Integer, ErasmusGroup> byYear(String countryCode) {
        return years(countryCode).stream().collect(Collectors.toMap(CountryGroupYear::getCallYear, CountryGroupYear::getGroup,
                (a, b) -> a, TreeMap::new));
    }

    /** Every country's group in {@code callYear} (two queries), to copy a year forward. */
    Map<String, ErasmusGroup> allIn(int callYear) {
        Map<String, TreeMap<Integer, ErasmusGroup>> rows = new java.util.HashMap<>();
        em.createQuery("select g from CountryGroupYear g", CountryGroupYear.class).getResultList()
                .forEach(g -> rows.computeIfAbsent(g.getCountryCode(), k -> new TreeMap<>()).put(g.getCallYear(), g.getGroup()));
        return em.createQuery("select c from Country c", Country.class).getResultList().stream()
                .collect(Collectors.toMap(Country::getCode,
                        c -> CountryGroupRule.groupIn(callYear, rows.getOrDefault(c.getCode(), new TreeMap<>()), c.getErasmusGroup())));
    }
}
