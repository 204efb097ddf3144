package org.oneplan.planning.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.StayingInControl;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Contingency plans: first, if this happens; second, do this; third, call these people. */
@RestController
@RequestMapping("/api/v1/people/{id}/plan/contingencies")
@Tag(name = ControlItemsApi.TAG)
class ContingenciesApi extends ControlItemsApi {

    ContingenciesApi(StayingInControl control) {
        super(control, ControlList.CONTINGENCIES);
    }
}
