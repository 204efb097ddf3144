/**
 * Reviews of plans: when each person's next formal review is due, planned, unplanned and requested reviews,
 * informal check-ins between them, the person-centred review record and what it changes in the plan. Other modules
 * ask {@link org.oneplan.review.Reviews}; completing a review publishes {@link org.oneplan.review.ReviewCompleted}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"planning", "people", "access", "audit", "web", "workingdays"})
package org.oneplan.review;
