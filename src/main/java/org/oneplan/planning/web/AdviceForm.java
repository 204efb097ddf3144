package org.oneplan.planning.web;

import org.oneplan.planning.AdviceDraft;
import org.oneplan.planning.AdviceFormat;
import org.oneplan.planning.AdviceView;
import org.oneplan.web.DateParts;

/** Advice or information as typed, with the version the writer saw. */
public class AdviceForm {

    private String what;
    private String givenBy;
    private DateParts givenOn = new DateParts();
    private AdviceFormat format;
    private long version;

    static AdviceForm of(AdviceView advice) {
        AdviceForm f = new AdviceForm();
        f.what = advice.what();
        f.givenBy = advice.givenBy();
        f.givenOn = DateParts.of(advice.givenOn());
        f.format = advice.format();
        f.version = advice.version();
        return f;
    }

    AdviceDraft toDraft() {
        return new AdviceDraft(what, givenBy, givenOn.toLocalDate().orElse(null), format);
    }

    boolean dateTypedButNotReal() {
        return !givenOn.isBlank() && givenOn.toLocalDate().isEmpty();
    }

    public String getWhat() { return what; }
    public void setWhat(String what) { this.what = what; }
    public String getGivenBy() { return givenBy; }
    public void setGivenBy(String givenBy) { this.givenBy = givenBy; }
    public DateParts getGivenOn() { return givenOn; }
    public void setGivenOn(DateParts givenOn) { this.givenOn = givenOn; }
    public AdviceFormat getFormat() { return format; }
    public void setFormat(AdviceFormat format) { this.format = format; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
