package org.oneplan.support;

/** The message bundles with planning-arrange, for its tests until the bundle is in application.yml. */
public final class ArrangeMessages {

    public static final String BASENAME = "spring.messages.basename=messages/web,messages/access,messages/account,"
            + "messages/admin,messages/people,messages/audit,messages/selfassessment,messages/planning,"
            + "messages/planning-control,messages/frameworks,messages/planning-arrange";

    private ArrangeMessages() {
    }
}
