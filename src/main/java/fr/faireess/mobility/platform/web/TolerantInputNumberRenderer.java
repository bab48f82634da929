package fr.faireess.mobility.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;

import org.primefaces.component.inputnumber.InputNumberRenderer;

import fr.faireess.mobility.platform.i18n.Messages;

/**
 * PrimeFaces' number field, answering a value that is not a number ({@code abc}, {@code NaN},
 * {@code ${7*7}} — which only a forged request sends, the widget never does) with a message next to
 * the field instead of a server error: PrimeFaces throws "Invalid number" while decoding the request.
 * Registered for every {@code p:inputNumber} in faces-config.xml.
 */
public class TolerantInputNumberRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        try {
            super.decode(context, component);
        } catch (FacesException e) {
            if (!(e.getCause() instanceof NumberFormatException)) {
                throw e;
            }
            // Kept as typed, so that conversion refuses it with a message and the page shows it again.
            String raw = context.getExternalContext().getRequestParameterMap().get(component.getClientId(context) + "_hinput");
            ((UIInput) component).setSubmittedValue(raw == null ? "" : raw);
        }
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submittedValue) {
        try {
            return super.getConvertedValue(context, component, submittedValue);
        } catch (ConverterException e) {
            throw e;
        } catch (RuntimeException e) {
            String text = Messages.text("error.notANumber");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }
}
