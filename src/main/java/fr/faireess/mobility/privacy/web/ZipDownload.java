package fr.faireess.mobility.privacy.web;

import java.io.IOException;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import fr.faireess.mobility.privacy.DataExport;

/**
 * Answers a Faces form post with the export as a download instead of a page. A post, not a link:
 * an export is an audited act, so it goes through the view state like every other action.
 */
final class ZipDownload {

    private ZipDownload() {
    }

    static void send(DataExport export) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/zip");
        external.setResponseContentLength(export.content().length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
        external.setResponseHeader("Cache-Control", "private, no-store");
        external.getResponseOutputStream().write(export.content());
        context.responseComplete();
    }
}
