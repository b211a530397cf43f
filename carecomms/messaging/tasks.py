"""Background work, run by `manage.py db_worker` (django-tasks with its database backend)."""

from __future__ import annotations

from django_tasks import task

from carecomms.messaging import actions, attachments


@task(queue_name="outbox")
def deliver_outbox_item_task(item_id: int) -> str:
    return actions.deliver_outbox_item(item_id)


@task()
def sweep_outbox_task() -> int:
    return actions.sweep_outbox()


@task()
def fetch_attachment_task(attachment_id: int) -> str:
    return attachments.fetch_attachment(attachment_id)
