from django.tasks import task

from ownup.web.incidents.alarms import run_alarms


@task()
def send_incident_alarms() -> dict[str, int]:
    """The alarms pass as a background task, for schedulers that enqueue tasks."""
    return run_alarms()
