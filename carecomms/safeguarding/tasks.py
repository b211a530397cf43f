"""Background work for safeguarding, run by `manage.py db_worker` (django-tasks)."""

from __future__ import annotations

from django_tasks import task

from carecomms.safeguarding import actions


@task()
def send_notification_task(notification_id: int) -> str:
    return actions.send_notification(notification_id)
