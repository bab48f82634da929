package fr.faireess.mobility.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * The budget pages over HTTP with the demo data: the 2025 call's budget shows awarded, committed,
 * final, remaining, paid and still-to-pay figures that add up; coordinators see it, the payments
 * export downloads; a confirmation and a selection past the award are warned, not done, and can be
 * confirmed explicitly.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class BudgetHttpIT {

    private static final RunningApp APP = RunningApp.get();
    private static final DemoDates DEMO = APP.demoDates();

    private static WebClient as(String email) {
        WebClient web = new WebClient(APP);
        assertThat(web.login(email, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        return web;
    }

    /** "24 000,00 €" (any grouping space, either minus sign) as an amount. */
    private static BigDecimal euros(Element cell) {
        String text = cell.text().replace('\u2212', '-').replaceAll("[^0-9,\\-]", "").replace(',', '.');
        return new BigDecimal(text);
    }

    private static BigDecimal figure(Page page, String rowId, String column) {
        Element cell = page.document().selectFirst("tr#" + rowId + " td." + column);
        assertThat(cell).as(page.body()).isNotNull();
        return euros(cell);
    }

    @Test
    void theBudgetOfTheDemos2025CallShowsFiguresThatAddUp() {
        String year = String.valueOf(DEMO.year(2025));
        Page page = as(DemoAccounts.ADMIN).get("/admin/budget/index.xhtml?year=" + year);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().getElementById("pageTitle").text()).contains(year);
        assertThat(page.document().getElementById("budgets").text()).contains("FAIRE-ESS (consortium)")
                .contains(year + "-1-FR01-KA131-HED-000099001");
        BigDecimal awarded = figure(page, "budget-total", "awarded");
        BigDecimal committed = figure(page, "budget-total", "committed");
        BigDecimal finals = figure(page, "budget-total", "final");
        BigDecimal remaining = figure(page, "budget-total", "remaining");
        BigDecimal paid = figure(page, "budget-total", "paid");
        BigDecimal toPay = figure(page, "budget-total", "toPay");
        assertThat(awarded).isEqualByComparingTo("28000.00");
        assertThat(committed.signum()).as("the demo's confirmed and running placements").isPositive();
        assertThat(finals.signum()).as("Emma's and Nathan's final grants").isPositive();
        assertThat(paid.signum()).as("the demo's payments").isPositive();
        assertThat(committed.add(finals).add(remaining)).isEqualByComparingTo(awarded);
        assertThat(paid.add(toPay)).isEqualByComparingTo(committed.add(finals));
        assertThat(page.document().getElementById("rule").text()).contains("Reste = accordé − engagé − définitif");

        // Julien (Montpellier only) sees the consortium, which sends for Montpellier too, with the same figures.
        WebClient julien = as(DemoAccounts.COORDINATOR_MONTPELLIER);
        Page his = julien.get("/coordinator/budget/index.xhtml?year=" + year);
        assertThat(his.status()).isEqualTo(200);
        assertThat(figure(his, "budget-0", "awarded")).isEqualByComparingTo(awarded);
        assertThat(figure(his, "budget-0", "paid")).isEqualByComparingTo(paid);
        WebClient.Download csv = julien.download("/coordinator/budget/export/payments.csv?year=" + year);
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("Remboursement").contains("-1034.67").contains("Nathan Martinez").doesNotContain("Emma Garcia");
    }

    @Test
    void aConfirmationAndASelectionPastTheAwardAreWarnedBeforeAnything() {
        String year = String.valueOf(DEMO.year(2026));
        WebClient admin = as(DemoAccounts.ADMIN);
        Page list = admin.get("/admin/budget/beneficiaries.xhtml");
        // The demo's second call year: Montpellier's school holds its own grant (the consortium the first year).
        Element edit = list.document().select("#beneficiaries tbody tr").stream()
                .filter(tr -> tr.selectFirst("td") != null && tr.selectFirst("td").text().equals("IRTS Montpellier"))
                .map(tr -> tr.selectFirst("a")).findFirst().orElse(null);
        assertThat(edit).as(list.body()).isNotNull();
        String budgetPage = edit.attr("href") + "&year=" + year;
        Page form = admin.get(budgetPage);
        String awarded = form.document().getElementById("budget:awarded").attr("value");
        String agreement = form.document().getElementById("budget:agreementNumber").attr("value");
        assertThat(awarded).isNotEmpty();
        Page lowered = admin.submit(form, "budget", fields(year, agreement, "100.00"), "saveBudget");
        assertThat(lowered.isRedirect()).as(lowered.body()).isTrue();
        try {
            WebClient julien = as(DemoAccounts.COORDINATOR_MONTPELLIER);
            Page placements = julien.get("/coordinator/placements/list.xhtml?state=PROPOSED");
            Element yanis = placements.document().selectFirst("a:contains(SERRA Yanis)");
            assertThat(yanis).as(placements.body()).isNotNull();
            Page view = julien.get(yanis.attr("href"));
            Element confirm = view.document().selectFirst("form#move button:contains(Confirmer le stage)");
            assertThat(confirm).as(view.body()).isNotNull();
            Page warned = julien.submit(view, "move", Map.of(), confirm.attr("name").substring("move:".length()));
            assertThat(warned.status()).isEqualTo(200);
            assertThat(warned.document().getElementById("move:budgetWarning").text())
                    .contains("Attention : budget dépassé").contains("IRTS Montpellier").contains("€").contains(year);
            assertThat(warned.document().getElementById("move:confirmPastAward")).isNotNull();
            assertThat(warned.document().getElementById("status").text()).as("nothing confirmed yet").isEqualTo("Proposé");

            Page review = julien.get("/coordinator/applications/list.xhtml?status=SUBMITTED");
            // A submitted file of the main call (the demo's second call year), Noah Rey's or any other.
            Element submitted = review.document().select("tbody tr").stream()
                    .filter(tr -> tr.text().contains("appel principal") && tr.selectFirst("a") != null).findFirst()
                    .orElseThrow(() -> new AssertionError("a submitted file of the main call: " + review.body()));
            Page file = julien.get(submitted.selectFirst("a").attr("href"));
            Page selectWarned = julien.submit(file, "decision", Map.of("message", "Bravo"), "select");
            assertThat(selectWarned.status()).isEqualTo(200);
            assertThat(selectWarned.document().getElementById("decision:budgetWarning").text())
                    .contains("bourse prévue moyenne");
            assertThat(selectWarned.document().getElementById("decision:selectPastAward")).isNotNull();
            assertThat(selectWarned.document().getElementById("decision:message").text()).isEqualTo("Bravo");
        } finally {
            Page again = admin.get(budgetPage);
            Page restored = admin.submit(again, "budget", fields(year, agreement, awarded), "saveBudget");
            assertThat(restored.isRedirect()).as(restored.body()).isTrue();
        }
    }

    private static Map<String, String> fields(String year, String agreement, String awarded) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("callYear", year);
        fields.put("agreementNumber", agreement);
        fields.put("awarded", awarded);
        return fields;
    }
}
