from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "ownup.web.accounts"
    label = "accounts"
    default_auto_field = "django.db.models.BigAutoField"
