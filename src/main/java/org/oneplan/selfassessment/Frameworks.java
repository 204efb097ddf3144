package org.oneplan.selfassessment;

import java.util.List;
import java.util.Optional;

/** The stored frameworks. Every version ever loaded is kept, so an assessment can show the wording it was answered against. */
public interface Frameworks {

    /** The latest version of each framework, by key. */
    List<FrameworkSummary> latest();

    /** The latest version of the framework with this key. */
    Optional<Framework> find(String key);

    Optional<Framework> find(String key, int version);
}
