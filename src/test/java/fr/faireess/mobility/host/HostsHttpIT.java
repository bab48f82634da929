package fr.faireess.mobility.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * Host pages over HTTP: a coordinator creates an organisation with a contact and notes; a student
 * sees its public profile without them, cannot open the coordinators' pages, and gets the not-found
 * page for an inactive or unknown organisation.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class HostsHttpIT {

    private final RunningApp app = RunningApp.get();

    private record Created(long id, String name, String contactEmail, String notes) {
    }

    private Created createAsCoordinator(WebClient coordinator) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Created host = new Created(0, "Foyer Les Cigales " + tag, "tutrice." + tag + "@cigales.example.org",
                "Note réservée " + tag);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", host.name());
        fields.put("type_input", "CHILD_PROTECTION");
        fields.put("legalStatus", "NON_PROFIT");
        fields.put("size", "SMALL");
        fields.put("city", "Luxembourg");
        fields.put("country_input", "LU");
        fields.put("languages", "fr, lb");
        fields.put("themes", "protection de l'enfance");
        fields.put("notes", host.notes());
        fields.put("contacts:0:contactName", "Claire Weber " + tag);
        fields.put("contacts:0:contactEmail", host.contactEmail());
        fields.put("contacts:0:contactMentor", "on");
        Page saved = coordinator.submit(coordinator.get("/coordinator/hosts/edit.xhtml"), "host", fields, "save");
        assertThat(saved.isRedirect()).as(saved.body()).isTrue();
        String location = saved.redirectPath();
        assertThat(location).startsWith("/coordinator/hosts/edit.xhtml").contains("id=");
        long id = Long.parseLong(location.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        return new Created(id, host.name(), host.contactEmail(), host.notes());
    }

    @Test
    void aCityPostedOverItsLimitIsCutToItByTheInputNeverAServerError() {
        // PrimeFaces applies an input's maxlength on the server as well (the submitted text is cut, as
        // a browser would have stopped the typing): a forged over-long post is stored at the limit,
        // which the form's Bean Validation (@Size) and the column accept. The REST API, which has no
        // such input, answers the same excess with a 400 problem (ApiHttpIT). The host stays: its
        // 100-letter city once widened the placement form's host menu past the page (the browser
        // journeys that pick a host from that menu run after this class).
        WebClient coordinator = login(DemoAccounts.COORDINATOR_PERPIGNAN);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Foyer trop long " + tag);
        fields.put("type_input", "CHILD_PROTECTION");
        fields.put("legalStatus", "NON_PROFIT");
        fields.put("size", "SMALL");
        fields.put("city", "L".repeat(HostForm.CITY_MAX + 50));
        fields.put("country_input", "LU");
        fields.put("languages", "fr");
        fields.put("contacts:0:contactName", "Claire Weber " + tag);
        fields.put("contacts:0:contactEmail", "tutrice." + tag + "@cigales.example.org");
        Page saved = coordinator.submit(coordinator.get("/coordinator/hosts/edit.xhtml"), "host", fields, "save");
        assertThat(saved.isRedirect()).as(saved.body()).isTrue();
        assertThat(saved.redirectPath()).startsWith("/coordinator/hosts/edit.xhtml").contains("id=");
        Page edit = coordinator.get(saved.redirectPath());
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.document().getElementById("host:city").val()).isEqualTo("L".repeat(HostForm.CITY_MAX));
    }

    private WebClient login(String email) {
        WebClient web = new WebClient(app);
        assertThat(web.login(email, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        return web;
    }

    @Test
    void aStudentSeesThePublicProfileButNeverContactsNorNotes() {
        WebClient coordinator = login(DemoAccounts.COORDINATOR_PERPIGNAN);
        Created host = createAsCoordinator(coordinator);
        Page staffView = coordinator.get("/coordinator/hosts/edit.xhtml?id=" + host.id());
        assertThat(staffView.body()).contains(host.contactEmail()).contains(host.notes());

        WebClient student = login(DemoAccounts.STUDENT_ASS_PERPIGNAN);
        Page profile = student.get("/student/hosts/view.xhtml?id=" + host.id());
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.title()).isEqualTo(host.name());
        assertThat(profile.document().text()).contains("Luxembourg").contains("Erasmus+ groupe 1").contains("Luxembourgeois");
        assertThat(profile.body()).doesNotContain(host.contactEmail()).doesNotContain("Claire Weber")
                .doesNotContain(host.notes()).doesNotContain("cigales.example.org");

        Page list = student.get("/student/hosts/list.xhtml?country=LU&q=" + host.name().replace(' ', '+'));
        assertThat(list.document().select("#list a").eachText()).contains(host.name());
        assertThat(list.body()).doesNotContain(host.contactEmail());
    }

    @Test
    void aStudentCannotOpenTheCoordinatorsPages() {
        WebClient coordinator = login(DemoAccounts.COORDINATOR_MONTPELLIER);
        Created host = createAsCoordinator(coordinator);
        WebClient student = login(DemoAccounts.STUDENT_ES_MONTPELLIER);
        for (String path : new String[] {"/coordinator/hosts/list.xhtml", "/coordinator/hosts/edit.xhtml?id=" + host.id()}) {
            Page denied = student.get(path);
            assertThat(denied.status()).as(path).isEqualTo(403);
            assertThat(denied.body()).doesNotContain(host.contactEmail()).doesNotContain(host.notes());
        }
    }

    @Test
    void anInactiveOrUnknownOrganisationGivesTheNotFoundPageToStudents() {
        WebClient coordinator = login(DemoAccounts.COORDINATOR_PERPIGNAN);
        Created host = createAsCoordinator(coordinator);
        WebClient student = login(DemoAccounts.STUDENT_EJE_PERPIGNAN);
        assertThat(student.follow("/student/hosts/view.xhtml?id=" + host.id()).title()).isEqualTo(host.name());

        Page edit = coordinator.get("/coordinator/hosts/edit.xhtml?id=" + host.id());
        Page deactivated = coordinator.submit(edit, "host", Map.of(), "deactivate");
        assertThat(deactivated.document().text()).contains("plus proposée aux étudiant·es");
        assertThat(coordinator.get("/coordinator/hosts/list.xhtml?status=inactive&country=LU").body()).contains(host.name());

        for (String id : new String[] {String.valueOf(host.id()), "987654321", "abc"}) {
            Page page = student.follow("/student/hosts/view.xhtml?id=" + id);
            assertThat(page.title()).as(id).isEqualTo("Page introuvable");
            assertThat(page.body()).doesNotContain(host.name()).doesNotContain("Exception");
        }
    }
}
