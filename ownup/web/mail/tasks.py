from django.tasks import task

from ownup.web.mail.models import OutboxMessage
from ownup.web.mail.service import deliver


@task()
def deliver_mail(message_id: int) -> None:
    message = OutboxMessage.objects.filter(pk=message_id).first()
    if message is not None:
        deliver(message)
