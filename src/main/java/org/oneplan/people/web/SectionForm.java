package org.oneplan.people.web;

/** A form for one part of a person's record. It carries the version it was read at, to detect conflicts. */
public abstract class SectionForm {

    private long version;

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
