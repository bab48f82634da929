/**
 * The Erasmus+ budget: beneficiaries (a school, or the consortium whose sending organisations are
 * both campuses), each call year's grant agreement number and award per beneficiary (entered by an
 * administrator), what placements commit and spend of it ({@link fr.faireess.mobility.budget.BudgetFigures},
 * plain Java), the payments made to students ({@link fr.faireess.mobility.budget.PaymentSchedule})
 * and the warning before a selection or a confirmation takes a budget past its award.
 */
package fr.faireess.mobility.budget;
