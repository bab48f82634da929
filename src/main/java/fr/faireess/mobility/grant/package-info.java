/**
 * Erasmus+ individual support: the rate table of each call year (entered and locked by an
 * administrator), what the coordinator records per placement for the grant (green travel, funded
 * travel days, interruptions) and the computation itself ({@link fr.faireess.mobility.grant.GrantCalculator},
 * plain Java, money rounded in {@link fr.faireess.mobility.grant.GrantMoney} only).
 */
package fr.faireess.mobility.grant;
