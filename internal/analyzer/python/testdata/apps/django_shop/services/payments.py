"""Payment provider client."""
import hashlib
import hmac
import logging

import requests
from django.conf import settings

from ..models import Order

logger = logging.getLogger("shop.payments")

PAYMENT_API = "https://api.payments.example/v2"

_session = requests.Session()
_session.proxies.update({"https": settings.EGRESS_PROXY})
_session.headers["Authorization"] = "Bearer " + settings.PAYMENT_API_KEY


def verify_signature(body, signature):
    expected = hmac.new(settings.PAYMENT_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def refund(order_id, reason):
    logger.info("refunding order %s (api key %s)", order_id, settings.PAYMENT_API_KEY)  # want: PY-LOG-SECRET
    resp = _session.post(PAYMENT_API + "/refunds", json={"order": order_id, "reason": reason}, timeout=10, verify=settings.PAYMENT_CA_BUNDLE)
    resp.raise_for_status()
    return resp.json()


def apply_event(event):
    kind = event["type"]
    ref = event["data"]["reference"]
    if kind == "payment.succeeded":
        Order.objects.filter(reference=ref).update(status="paid")
    elif kind == "payment.failed":
        Order.objects.filter(reference=ref).update(status="failed")
    else:
        raise ValueError("unknown event type %r for %s" % (kind, ref))


def partner_status():
    # the partner's sandbox has a self-signed certificate
    resp = requests.get(settings.PARTNER_STATUS_URL + "/status", timeout=5, verify=False)  # want: PY-TLS-VERIFY-OFF PY-HTTP-NO-PROXY
    return resp.json()
