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
 * The field is then invalid, the page is shown again with the message, and no action runs.
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
            UIInput input = (UIInput) component;
            input.setSubmittedValue(null);
            input.setValid(false);
            context.addMessage(component.getClientId(context), notANumber());
            context.validationFailed();
            context.renderResponse();
        }
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submittedValue) {
        try {
            return super.getConvertedValue(context, component, submittedValue);
        } catch (ConverterException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ConverterException(notANumber(), e);
        }
    }

    private static FacesMessage notANumber() {
        String text = Messages.text("error.notANumber");
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }
}
