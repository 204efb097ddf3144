package org.oneplan.planning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A copy given, as recorded: to the person, to a member of their circle of support ({@code supporterId}) or to
 * someone else ({@code name}, {@code organisation}); which document; an agreed version's number, or null for the
 * plan as it stood that day; the format; and the day it was given (not in the future).
 */
public record CopyDraft(Recipient recipient, UUID supporterId, String name, String organisation, Document document,
                        Integer version, Format format, LocalDate givenOn) {

    public enum Recipient { PERSON, SUPPORTER, SOMEONE_ELSE }

    public enum Document { PLAN, ONE_PAGE_PROFILE }

    public enum Format { PRINTED, LARGE_PRINT, EMAIL_ATTACHMENT, POSTED, OTHER }
}
