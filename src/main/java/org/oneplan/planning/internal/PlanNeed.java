package org.oneplan.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.planning.EligibilityOutcomes;
import org.oneplan.planning.NeedDraft;
import org.oneplan.planning.NeedView;
import org.oneplan.planning.UnableToAchieve;

/**
 * What was assessed about one eligibility outcome: whether the person is unable to achieve it, what they
 * cannot do and why, the impact on their wellbeing; and, only for a need marked unable, whether and how
 * the council will meet it.
 */
@Entity
class PlanNeed extends AssessedRecord {

    private String code;
    @Enumerated(EnumType.STRING)
    private UnableToAchieve unable;
    private String cannotDo;
    private String wellbeingImpact;
    private boolean councilWillMeet;
    private String howMet;

    protected PlanNeed() {
    }

    PlanNeed(UUID planId, String code) {
        super(planId);
        this.code = code;
    }

    @Override
    String slug() {
        return "needs";
    }

    void write(NeedDraft d, Long expectedVersion, String by, Instant now) {
        if (d.unable() == null) {
            throw refused("unable", "required");
        }
        boolean isUnable = d.unable() == UnableToAchieve.YES;
        String cannot = isUnable ? required("cannotDo", d.cannotDo(), MAX_TEXT) : bounded("cannotDo", d.cannotDo(), MAX_TEXT);
        String impact = bounded("wellbeingImpact", d.wellbeingImpact(), MAX_TEXT);
        String how = bounded("howMet", d.howMet(), MAX_TEXT);
        if (d.councilWillMeet() && !isUnable) {
            throw refused("councilWillMeet", "notUnable");
        }
        signed(expectedVersion, by, now);
        this.unable = d.unable();
        this.cannotDo = cannot;
        this.wellbeingImpact = impact;
        this.councilWillMeet = d.councilWillMeet();
        this.howMet = d.councilWillMeet() ? how : null;
    }

    String code() { return code; }
    boolean unableToAchieve() { return unable == UnableToAchieve.YES; }

    NeedView view(EligibilityOutcomes.Outcome outcome) {
        return new NeedView(outcome, unable, cannotDo, wellbeingImpact, councilWillMeet, howMet, writtenBy(),
                writtenAt(), version());
    }
}
