package org.oneplan.planning.web;

import org.oneplan.planning.NeedDraft;
import org.oneplan.planning.NeedView;
import org.oneplan.planning.UnableToAchieve;

/** An assessed need as typed, with the version the writer saw (none for an outcome not assessed yet). */
public class NeedForm {

    private UnableToAchieve unable;
    private String cannotDo;
    private String wellbeingImpact;
    private Boolean councilWillMeet;
    private String howMet;
    private Long version;

    static NeedForm of(NeedView need) {
        NeedForm f = new NeedForm();
        f.unable = need.unable();
        f.cannotDo = need.cannotDo();
        f.wellbeingImpact = need.wellbeingImpact();
        f.councilWillMeet = need.version() == null ? null : need.councilWillMeet();
        f.howMet = need.howMet();
        f.version = need.version();
        return f;
    }

    NeedDraft toDraft() {
        return new NeedDraft(unable, cannotDo, wellbeingImpact, Boolean.TRUE.equals(councilWillMeet), howMet);
    }

    public UnableToAchieve getUnable() { return unable; }
    public void setUnable(UnableToAchieve unable) { this.unable = unable; }
    public String getCannotDo() { return cannotDo; }
    public void setCannotDo(String cannotDo) { this.cannotDo = cannotDo; }
    public String getWellbeingImpact() { return wellbeingImpact; }
    public void setWellbeingImpact(String wellbeingImpact) { this.wellbeingImpact = wellbeingImpact; }
    public Boolean getCouncilWillMeet() { return councilWillMeet; }
    public void setCouncilWillMeet(Boolean councilWillMeet) { this.councilWillMeet = councilWillMeet; }
    public String getHowMet() { return howMet; }
    public void setHowMet(String howMet) { this.howMet = howMet; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
