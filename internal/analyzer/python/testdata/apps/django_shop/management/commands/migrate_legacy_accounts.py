"""manage.py migrate_legacy_accounts: move the osCommerce customers over."""
import logging
import random
import string
import subprocess

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection

from django_shop.models import LegacyAccount
from django_shop.services.notify import send_reset_mail

logger = logging.getLogger("shop.commands")


class Command(BaseCommand):
    help = "Create Django users for the legacy accounts and purge stale sessions"

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        days = options["days"]
        User = get_user_model()
        with connection.cursor() as cur:
            cur.execute("DELETE FROM django_session WHERE expire_date < NOW() - INTERVAL %s DAY", [days])
        for row in LegacyAccount.objects.filter(migrated=False):
            temp_password = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(10))  # want: PY-WEAK-RANDOM
            if options["dry_run"]:
                self.stdout.write("would migrate %s" % row.username)
                continue
            User.objects.create_user(row.username, row.email, temp_password)
            logger.info("migrated %s with temporary password %s", row.username, temp_password)  # want: PY-LOG-SECRET
            send_reset_mail(row.email, "https://shop.example/password/reset/")
            row.migrated = True
            row.save(update_fields=["migrated"])
        subprocess.run(["pg_dump", "--table", "shop_legacyaccount", "-f", "/var/backups/legacy.sql"], check=True)
