package fr.faireess.mobility.reference;

/**
 * Erasmus+ 2021-2027 country groups of the receiving country, which decide the monthly grant rate.
 * The assignment of each country is data (table {@code country}), not code.
 */
public enum ErasmusGroup {
    /** Higher living costs (Nordic countries, Ireland, Luxembourg, Switzerland, United Kingdom…). */
    GROUP_1,
    /** Medium living costs (Belgium, Germany, Spain, France, Italy, Portugal…). */
    GROUP_2,
    /** Lower living costs (Bulgaria, Czechia, Poland, Romania, Türkiye…). */
    GROUP_3,
    /** Any other country: international mobility, with its own rate and budget share. */
    INTERNATIONAL
}
