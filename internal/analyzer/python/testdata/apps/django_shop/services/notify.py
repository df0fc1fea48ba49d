"""Mail and webhooks."""
import logging
import os
import shlex

import requests
from django.conf import settings
from django.core.mail import send_mail

logger = logging.getLogger("shop.notify")

_hooks = requests.Session()
_hooks.proxies.update({"http": settings.EGRESS_PROXY, "https": settings.EGRESS_PROXY})


def send_contact_mail(sender, subject, body):
    # The support inbox is fed by mail(1) on the box; Django's SMTP is for customers.
    cmd = 'echo %s | mail -s "%s" -r %s support@shop.example' % (shlex.quote(body), subject, shlex.quote(sender))
    os.system(cmd)  # want: PY-CMDI


def send_reset_mail(to, link):
    send_mail("Password reset", "Reset your password: %s" % link, settings.DEFAULT_FROM_EMAIL, [to])


def post_order_webhooks(order):
    for hook in settings.ORDER_WEBHOOKS:
        try:
            _hooks.post(hook, json=order.as_dict(), timeout=5)
        except requests.RequestException:
            logger.exception("webhook %s failed", hook)


def ping_partner(url):
    # customers register their own shop system's callback URL
    return _hooks.post(url, json={"ping": True}, timeout=5).status_code  # want: PY-SSRF
