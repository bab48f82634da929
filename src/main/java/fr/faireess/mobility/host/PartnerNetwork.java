package fr.faireess.mobility.host;

/** Networks and partnerships the schools work with; an organisation may belong to several. */
public enum PartnerNetwork {
    RETSASO, AGADIR_PLATFORM, PHILIA_PLUS, CLAP_HANDS, PROSPECTSASO, OTHER;

    public String labelKey() {
        return "host.network." + name();
    }
}
