package org.oneplan.planning.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.StayingInControl;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Risks: first, what could go wrong; second, what the person wants to try anyway; third, what will help make it safer. */
@RestController
@RequestMapping("/api/v1/people/{id}/plan/risks")
@Tag(name = ControlItemsApi.TAG)
class RisksApi extends ControlItemsApi {

    RisksApi(StayingInControl control) {
        super(control, ControlList.RISKS);
    }
}
