package org.oneplan.directory;

import org.oneplan.web.RuleException;

/** The directory refused a change; the message key is in the directory message bundle. */
public class DirectoryRuleException extends RuleException {

    public DirectoryRuleException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
