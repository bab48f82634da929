package fr.faireess.mobility.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The placement page's tabs as its address names them. */
class PlacementTabTest {

    @Test
    void eachTabIsReadBackFromItsNameInTheAddress() {
        for (PlacementTab tab : PlacementTab.values()) {
            assertThat(PlacementTab.parse(tab.param())).isEqualTo(tab);
        }
        assertThat(PlacementTab.AGREEMENT.param()).isEqualTo("agreement");
        assertThat(PlacementTab.parse(" Certificate ")).isEqualTo(PlacementTab.CERTIFICATE);
        assertThat(PlacementTab.CERTIFICATE.labelKey()).isEqualTo("placement.steps.certificate");
    }

    @Test
    void noTabOrAnUnknownOneIsTheOverview() {
        assertThat(PlacementTab.parse(null)).isEqualTo(PlacementTab.OVERVIEW);
        assertThat(PlacementTab.parse("")).isEqualTo(PlacementTab.OVERVIEW);
        assertThat(PlacementTab.parse("actions")).isEqualTo(PlacementTab.OVERVIEW);
        assertThat(PlacementTab.parse("<script>")).isEqualTo(PlacementTab.OVERVIEW);
    }

    @Test
    void everyNextStepLeadsToTheTabWhereItIsTaken() {
        assertThat(PlacementNextStep.COMPLETE_AGREEMENT.tab()).isEqualTo(PlacementTab.AGREEMENT);
        assertThat(PlacementNextStep.COLLECT_SIGNATURES.tab()).isEqualTo(PlacementTab.AGREEMENT);
        assertThat(PlacementNextStep.PREPARE_DEPARTURE.tab()).isEqualTo(PlacementTab.DEPARTURE);
        assertThat(PlacementNextStep.AWAIT_CERTIFICATE.tab()).isEqualTo(PlacementTab.CERTIFICATE);
        assertThat(PlacementNextStep.DONE.tab()).isEqualTo(PlacementTab.GRANT);
        assertThat(PlacementNextStep.STOPPED.tab()).isEqualTo(PlacementTab.HISTORY);
    }
}
