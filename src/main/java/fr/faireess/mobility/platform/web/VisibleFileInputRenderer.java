package fr.faireess.mobility.platform.web;

import java.io.IOException;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' file field without {@code aria-hidden="true"} on the browser's own file input. The
 * application's uploads are all {@code mode="simple" skinSimple="false"}: that input is the visible,
 * focusable field its label points at, and PrimeFaces still marks it hidden from assistive
 * technologies, so a screen reader reached an unnamed control (axe-core: aria-hidden-focus).
 * Registered for every {@code p:fileUpload} in faces-config.xml.
 */
public class VisibleFileInputRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload fileUpload, String clientId, String style,
            String styleClass) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"aria-hidden".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeSimpleInputField(context, fileUpload, clientId, style, styleClass);
        } finally {
            context.setResponseWriter(writer);
        }
    }
}
