package fr.faireess.mobility.platform.error;

/** The record does not exist, or exists but is not visible to the person asking: both look alike. */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
