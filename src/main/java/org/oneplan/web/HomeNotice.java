package org.oneplan.web;

import java.util.List;

/**
 * Something a module wants the signed-in user to see on their home page, such as overdue work. Modules
 * contribute {@link Source} beans; the home page shows every notice they return, linked to where to act.
 *
 * @param text already-resolved message text
 * @param href where the user deals with it
 */
public record HomeNotice(String text, String href) {

    /** A module's notices for the signed-in user; empty when there is nothing to say. */
    public interface Source {
        List<HomeNotice> forCurrentUser();
    }
}
