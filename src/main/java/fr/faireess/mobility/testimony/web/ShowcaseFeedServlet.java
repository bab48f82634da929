package fr.faireess.mobility.testimony.web;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.testimony.Showcase;
import fr.faireess.mobility.testimony.Testimony;

/**
 * {@code /showcase/feed.atom}: an Atom feed of the newest published testimonies (public). Written
 * with an XML stream writer, so every user text is escaped.
 */
@WebServlet(urlPatterns = "/showcase/feed.atom")
public class ShowcaseFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ENTRIES = 30;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject private Showcase showcase;

    private final Settings settings = Settings.fromConfig();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Testimony> entries = showcase.latest(ENTRIES);
        String base = settings.publicUrl();   // the address users reach: feed readers keep these links
        response.setContentType("application/atom+xml;charset=UTF-8");
        // Not kept anywhere (the filter's no-store stays): a withdrawn consent takes a testimony off
        // the showcase at once, and a proxy's copy of the feed would keep showing it.
        Writer out = response.getWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", base + "showcase/feed.atom");
            text(xml, "title", "Témoignages de mobilité — FAIRE-ESS");
            text(xml, "updated", format(entries.isEmpty() ? Instant.EPOCH : entries.get(0).getPublishedAt()));
            link(xml, "self", base + "showcase/feed.atom");
            link(xml, "alternate", base + "showcase/index.xhtml");
            xml.writeStartElement("author");
            text(xml, "name", "IRTS Perpignan · IRTS Montpellier");
            xml.writeEndElement();
            for (Testimony t : entries) {
                String url = base + "showcase/testimony.xhtml?id=" + t.getId();
                xml.writeStartElement("entry");
                text(xml, "id", url);
                text(xml, "title", t.getTitle());
                text(xml, "updated", format(t.getPublishedAt()));
                text(xml, "published", format(t.getPublishedAt()));
                link(xml, "alternate", url);
                for (String name : showcase.authorNames(t)) {
                    xml.writeStartElement("author");
                    text(xml, "name", name);
                    xml.writeEndElement();
                }
                if (t.getSummary() != null) {
                    xml.writeStartElement("summary");
                    xml.writeAttribute("type", "text");
                    xml.writeCharacters(t.getSummary());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant == null ? Instant.EPOCH : instant);
    }
}
