"""Outbound webhooks to the customers' systems."""
import logging

import httpx

from .. import settings as config
from ..settings import settings

log = logging.getLogger("ledger.webhooks")

PARTNER_URL = "https://partner.example.com/hooks/ledger"


def notify_url(url: str, payload: dict) -> int:
    resp = httpx.post(url, json=payload, timeout=settings.webhook_timeout)  # want: PY-SSRF PY-HTTP-NO-PROXY
    log.info("webhook %s answered %s", url, resp.status_code)
    return resp.status_code


def notify_partner(payload: dict) -> int:
    resp = httpx.post(PARTNER_URL, json=payload, verify=config.PARTNER_VERIFY_TLS, timeout=5)  # want: PY-TLS-VERIFY-OFF PY-HTTP-NO-PROXY
    return resp.status_code


def notify_partner_v2(payload: dict) -> int:
    with httpx.Client(proxy=config.EGRESS_PROXY, verify=True, timeout=5) as client:
        resp = client.post(PARTNER_URL, json=payload)
    return resp.status_code


def ping_customer(url: str) -> bool:
    resp = httpx.get(url, verify=False, timeout=3)  # want: PY-SSRF PY-TLS-VERIFY-OFF PY-HTTP-NO-PROXY
    return resp.is_success
