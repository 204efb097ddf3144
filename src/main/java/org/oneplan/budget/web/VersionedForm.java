package org.oneplan.budget.web;

/** A form that carries the version of what it changes, as its writer saw it (null when there was nothing). */
interface VersionedForm {

    Long getVersion();

    void setVersion(Long version);
}
