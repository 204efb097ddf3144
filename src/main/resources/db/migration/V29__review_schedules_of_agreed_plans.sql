-- Plans agreed before the review module kept schedules get one now, read once from the planning tables: due on the
-- date their review arrangements give, no later than six months (the default) after the latest agreement. From now
-- on the review module keeps them itself, as each plan is agreed (the PlanAgreed event) and reviewed.
insert into review_schedule (person_id, first_agreed_on, last_agreed_on, last_version, due_on, first_review,
                             last_reviewed_on, since_on, version)
select p.person_id, a.first_on, l.captured_on, a.last_number,
       least(coalesce(r.next_review, cast(l.captured_on + interval '6' month as date)),
             cast(l.captured_on + interval '6' month as date)),
       false, null, a.first_on, 0
from care_plan p
join (select plan_id, min(captured_on) as first_on, max(version_number) as last_number
      from plan_agreement where version_number is not null group by plan_id) a on a.plan_id = p.id
join plan_agreement l on l.plan_id = p.id and l.version_number = a.last_number
left join plan_review r on r.plan_id = p.id;
