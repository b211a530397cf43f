"""Background work for the case record, run by `manage.py db_worker` like the outbox."""

from __future__ import annotations

from django_tasks import task

from carecomms.records import actions


@task()
def deliver_record_task(document_pk: int) -> str:
    return actions.deliver_document(document_pk)


@task()
def export_due_task() -> int:
    return actions.export_due().created


@task()
def full_export_task(person_id: int, reason: str) -> int:
    from carecomms.people.models import Person

    return actions.do_full_export(Person.objects.get(pk=person_id), reason=reason).created


@task()
def subject_access_export_task(export_pk: int) -> str:
    from carecomms.records.subject_access import make_subject_access_export

    return make_subject_access_export(export_pk)
