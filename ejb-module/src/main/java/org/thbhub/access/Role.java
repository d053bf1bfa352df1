package org.thbhub.access;

import java.util.Locale;

/** The four roles of design.md section 7, as the security realm names them. */
public enum Role {
    RAPPORTEUR,
    GOVERNMENT,
    ANALYST,
    ADMIN;

    /** The role name in the realm and in {@code @RolesAllowed}: "rapporteur", ... */
    public String realmName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Rapporteurs and government readers act for one country; analysts and admins for all. */
    public boolean isCountryScoped() {
        return this == RAPPORTEUR || this == GOVERNMENT;
    }

    public static final String RAPPORTEUR_NAME = "rapporteur";
    public static final String GOVERNMENT_NAME = "government";
    public static final String ANALYST_NAME = "analyst";
    public static final String ADMIN_NAME = "admin";
}
