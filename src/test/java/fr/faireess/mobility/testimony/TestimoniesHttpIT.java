package fr.faireess.mobility.testimony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestMailServer;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * The showcase and the testimony pages over HTTP, with the demo data (db/demo/V6): anonymous
 * visitors reach published testimonies only — drafts and testimonies in moderation answer 404
 * whatever id is tried — with the privacy-enhanced player allowed by the Content-Security-Policy;
 * user text is escaped and a {@code javascript:} link is refused in French. A testimony whose consent
 * period has ended (demo V10) is off the showcase, and the nightly job's start-up run has unpublished
 * it and e-mailed its author and the coordinator (GreenMail).
 */
@ResourceLock(TestLanes.RUNNING_APP)
class TestimoniesHttpIT {

    private static final String FILM = "Montilivi, un foyer ouvert sur la ville";
    private static final String PHOTO_REPORT = "Bruxelles, portraits d'accueillantes";
    /** Published in May with a third party's consent that ended on 31 October 2026 as db/demo/V10 writes it. */
    private static final String CONSENT_ENDED = "Utrecht, une journée au centre de jour";
    private static final String CONSENT_ENDED_ON = "2026-10-31";
    /** Louis Bonnet's spring mobility (db/demo/V4) began then: his Moroccan article's mobility year. */
    private static final String LOUIS_MOBILITY_START = "2026-03-01";

    private final RunningApp app = RunningApp.get();
    private final DemoDates demo = app.demoDates();

    private WebClient login(String email) {
        WebClient web = new WebClient(app);
        assertThat(web.login(email, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        return web;
    }

    /** The showcase link of a published testimony, found by its title on the (filtered) showcase. */
    private String showcaseLink(String filters, String title) {
        Page index = new WebClient(app).get("/showcase/index.xhtml?" + filters);
        assertThat(index.status()).isEqualTo(200);
        Element link = index.document().select("a[href*=/showcase/testimony.xhtml]").stream()
                .filter(a -> a.text().equals(title)).findFirst().orElse(null);
        assertThat(link).as("showcase link to " + title).isNotNull();
        return link.attr("href");
    }

    /** Ids of a student's testimonies that are not published, from their own list (the status badge). */
    private List<Long> notPublishedOf(String email) {
        Page list = login(email).get("/student/testimonies/list.xhtml");
        return list.document().select("#mine li").stream()
                .filter(li -> !li.selectFirst(".badge").text().equals("Publié"))
                .map(li -> li.selectFirst("a[href*=edit.xhtml]").attr("href"))
                .map(href -> Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"))).toList();
    }

    private static Set<String> frameSources(Page page) {
        return page.response().headers().allValues("Content-Security-Policy").stream()
                .flatMap(policy -> Arrays.stream(policy.split(";")))
                .map(String::strip)
                .filter(directive -> directive.startsWith("frame-src ") || directive.startsWith("child-src ")
                        || directive.startsWith("default-src "))
                .flatMap(directive -> Arrays.stream(directive.split("\\s+")).skip(1))
                .collect(Collectors.toSet());
    }

    @Test
    void anonymousVisitorsSeeAPublishedFilmWithThePrivacyEnhancedPlayerOnly() {
        Page detail = new WebClient(app).get(showcaseLink("country=ES&programme=ASS&type=FILM", FILM));
        assertThat(detail.status()).isEqualTo(200);
        Document page = detail.document();
        assertThat(page.getElementById("testimonyTitle").text()).isEqualTo(FILM);
        assertThat(page.getElementById("player").attr("src")).matches("https://www\\.youtube-nocookie\\.com/embed/[A-Za-z0-9_-]{11}");
        Element external = page.getElementById("externalLink");
        assertThat(external.attr("target")).isEqualTo("_blank");
        assertThat(external.attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(page.getElementById("authors").text()).isEqualTo("Emma G.");
        // Frames: the two video hosts and nothing else ('self' comes from default-src).
        assertThat(frameSources(detail)).containsExactlyInAnyOrder(
                "'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com");
    }

    @Test
    void filtersAreShareableUrls() {
        int year = demo.date(LOUIS_MOBILITY_START).getYear();
        Page articlesFromMorocco = new WebClient(app).get("/showcase/index.xhtml?country=MA&type=ARTICLE&year=" + year + "&programme=ASS");
        assertThat(articlesFromMorocco.status()).isEqualTo(200);
        List<String> titles = articlesFromMorocco.document().select("#list a[href*=testimony.xhtml]").eachText();
        assertThat(titles).contains("Service social et solidarité familiale au Maroc")
                .doesNotContain("Agadir, au plus près des familles", FILM);
    }

    @Test
    void draftsAndTestimoniesInModerationAreNotReachableByGuessingIds() {
        List<Long> notPublished = new ArrayList<>();
        notPublished.addAll(notPublishedOf("louis.bonnet@etudiant.faire-ess.fr"));
        notPublished.addAll(notPublishedOf("manon.fabre@etudiant.faire-ess.fr"));
        notPublished.addAll(notPublishedOf("camille.roussel@etudiant.faire-ess.fr"));
        assertThat(notPublished).as("the demo draft, submitted and returned testimonies").hasSizeGreaterThanOrEqualTo(3);

        WebClient anonymous = new WebClient(app);
        for (Long id : notPublished) {
            Page page = anonymous.get("/showcase/testimony.xhtml?id=" + id);
            assertThat(page.status()).as("testimony " + id).isEqualTo(404);
            assertThat(page.body()).doesNotContain("Paroles de parents").doesNotContain("Voix de Lisbonne")
                    .doesNotContain("Journée mondiale du travail social");
            assertThat(anonymous.get("/showcase/file?id=" + id).status()).isEqualTo(404);
        }
        for (String guess : List.of("0", "-1", "99999999999", "abc", "1%20or%201=1", "")) {
            assertThat(anonymous.get("/showcase/testimony.xhtml?id=" + guess).status()).as(guess).isEqualTo(404);
            assertThat(anonymous.get("/showcase/file?id=" + guess).status()).as(guess).isEqualTo(404);
        }
        assertThat(anonymous.get("/student/testimony-file?id=" + notPublished.get(0)).redirectPath()).startsWith("/login.xhtml");

        // Nor by another student, nor — for a draft — by a coordinator: both get the French 404 page.
        WebClient otherStudent = login(DemoAccounts.STUDENT_ASS_PERPIGNAN);
        for (Long id : notPublished) {
            assertThat(otherStudent.follow("/student/testimonies/edit.xhtml?id=" + id).title()).as("testimony " + id)
                    .isEqualTo("Page introuvable");
            assertThat(otherStudent.get("/student/testimony-file?id=" + id).status()).isEqualTo(404);
        }
        Element draft = login("camille.roussel@etudiant.faire-ess.fr").get("/student/testimonies/list.xhtml").document()
                .select("#mine li").stream().filter(li -> li.selectFirst(".badge").text().equals("Brouillon")).findFirst().orElseThrow();
        String draftId = draft.selectFirst("a").attr("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
        WebClient coordinator = login(DemoAccounts.COORDINATOR_PERPIGNAN);
        assertThat(coordinator.follow("/coordinator/testimonies/view.xhtml?id=" + draftId).title()).isEqualTo("Page introuvable");
        assertThat(coordinator.get("/coordinator/testimony-file?id=" + draftId).status()).isEqualTo(404);
    }

    @Test
    void aPublishedFileIsDownloadedByAnyone() {
        String link = showcaseLink("country=BE&type=PHOTO_REPORT", PHOTO_REPORT);
        Page detail = new WebClient(app).get(link);
        Element download = detail.document().getElementById("download");
        assertThat(download).isNotNull();
        Page file = new WebClient(app).get(download.attr("href"));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).isEqualTo("image/png");
        assertThat(file.header("Content-Disposition")).startsWith("attachment;").contains("portraits-bruxelles.png");
    }

    @Test
    void theAtomFeedListsNewPublications() {
        Page feed = new WebClient(app).get("/showcase/feed.atom");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
        Document xml = Jsoup.parse(feed.body(), "", Parser.xmlParser());
        assertThat(xml.selectFirst("feed").attr("xmlns")).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(xml.select("entry > title").eachText()).contains(FILM, PHOTO_REPORT)
                .doesNotContain("Paroles de parents (brouillon)", "Voix de Lisbonne");
        assertThat(xml.select("entry > link[rel=alternate]").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).contains("/showcase/testimony.xhtml?id="));
    }

    @Test
    void aJavascriptLinkIsRefusedInFrenchAndMarkupIsShownAsText() {
        WebClient emma = login("emma.garcia@etudiant.faire-ess.fr");
        Page list = emma.get("/student/testimonies/list.xhtml");
        int before = list.document().select("#mine li").size();
        String newPath = list.document().selectFirst("#mobilities a[href*=mobility=]").attr("href");
        String mobility = newPath.replaceAll(".*mobility=(\\d+).*", "$1");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("mobility_input", mobility);
        fields.put("type_input", "ARTICLE");
        fields.put("title", "<script>alert('" + tag + "')</script> Mon article");
        fields.put("summary", "<img src=x onerror=alert(1)> Résumé " + tag);
        fields.put("language_input", "fr");
        fields.put("link", "javascript:alert(document.cookie)");

        Page refused = emma.submit(emma.get(newPath), "testimony", fields, "submit");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.messageFor("testimony:link"))
                .isEqualTo("Seules les adresses web commençant par http:// ou https:// sont acceptées.");
        assertThat(emma.get("/student/testimonies/list.xhtml").document().select("#mine li")).hasSize(before);

        fields.put("link", "https://www.lien-social.com/");
        Page submitted = emma.submit(refused, "testimony", fields, "submit");
        assertThat(submitted.isRedirect()).as(submitted.body()).isTrue();
        Page shown = emma.get(submitted.redirectPath());
        assertThat(shown.document().getElementById("testimonyTitle").text()).isEqualTo("<script>alert('" + tag + "')</script> Mon article");
        assertThat(shown.body()).doesNotContain("<script>alert('" + tag).doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(");
        assertThat(shown.document().select("script").stream().map(Element::data)).noneMatch(js -> js.contains(tag));
        assertThat(shown.document().getElementById("status").text()).isEqualTo("Soumis");
    }

    @Test
    void aTestimonyWhoseConsentPeriodEndedIsOffTheShowcaseAndItsAuthorAndCoordinatorAreTold() {
        String nathan = "nathan.martinez@etudiant.faire-ess.fr";
        Element mine = login(nathan).get("/student/testimonies/list.xhtml").document().select("#mine li").stream()
                .filter(li -> li.selectFirst("a").text().equals(CONSENT_ENDED)).findFirst().orElseThrow();
        String id = mine.selectFirst("a").attr("href").replaceAll(".*[?&]id=(\\d+).*", "$1");

        WebClient anonymous = new WebClient(app);
        assertThat(anonymous.get("/showcase/testimony.xhtml?id=" + id).status()).isEqualTo(404);
        assertThat(anonymous.get("/showcase/index.xhtml?country=NL").body()).doesNotContain("Utrecht, une journée");
        assertThat(anonymous.get("/showcase/feed.atom").body()).doesNotContain("Utrecht, une journée");

        // The job's run shortly after start-up unpublished it and told Nathan and his campus's coordinator.
        TestMailServer mail = TestMailServer.get();
        TestMailServer.Received toNathan = mail.waitFor(nathan,
                m -> m.subject().equals("Autorisation expirée : témoignage retiré de la vitrine — " + CONSENT_ENDED), Duration.ofMinutes(2));
        assertThat(toNathan.body()).startsWith("Bonjour Nathan,").contains("autorisation de diffusion sur le web de Femke de V. est terminée");
        mail.waitFor("julien.roux@irts-montpellier.fr",
                m -> m.subject().equals("Témoignage dépublié (autorisation expirée) — " + CONSENT_ENDED));
        Element after = login(nathan).get("/student/testimonies/list.xhtml").document().select("#mine li").stream()
                .filter(li -> li.selectFirst("a").text().equals(CONSENT_ENDED)).findFirst().orElseThrow();
        assertThat(after.selectFirst(".badge").text()).isEqualTo("Dépublié");
        Page home = login("julien.roux@irts-montpellier.fr").get("/coordinator/index.xhtml");
        assertThat(home.document().select("#takenOff li").eachText())
                .anySatisfy(text -> assertThat(text).startsWith(CONSENT_ENDED).contains("autorisation de Femke de V. expirée"));
        // The day it ended, as the page writes it (French, medium style: "31 oct. 2026" as the demo is written).
        String endedOn = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.FRENCH)
                .format(demo.date(CONSENT_ENDED_ON));
        Page view = login("julien.roux@irts-montpellier.fr").get("/coordinator/testimonies/view.xhtml?id=" + id);
        assertThat(view.document().select("#consents li").eachText())
                .anySatisfy(text -> assertThat(text).contains("Femke de V.").contains("Expirée le " + endedOn));
    }

    @Test
    void thePublicTestimonyPageSwitchesToEnglishAndStaysOnTheSameTestimony() {
        WebClient anonymous = new WebClient(app);
        Element link = anonymous.get("/showcase/index.xhtml").document().selectFirst("a[href*=/showcase/testimony.xhtml]");
        assertThat(link).as("a published testimony on the showcase").isNotNull();
        Page page = anonymous.get(link.attr("href"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).as("PrimeFaces' core wires the language switch in CSP mode")
                .contains("core.js.xhtml?ln=primefaces").contains("PrimeFaces.csp.register('lang:en'");

        Page switched = anonymous.submit(page, "lang", Map.of(), "en", Map.of("lang:en", "lang:en"));   // what mojarra.cljs posts
        assertThat(switched.status()).as("no server error on the postback").isEqualTo(302);
        assertThat(switched.redirectPath()).contains("/showcase/testimony.xhtml").contains(link.attr("href").replaceAll(".*id=", "id="));
        Page english = anonymous.get(switched.redirectPath());
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.document().selectFirst("html").attr("lang")).isEqualTo("en");
    }
}
