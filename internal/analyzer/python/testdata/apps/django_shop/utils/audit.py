"""Audit trail of staff actions."""
import logging

audit_log = logging.getLogger("shop.audit")


def record(user, action, **details):
    audit_log.info("user=%s action=%s %s", getattr(user, "pk", None), action, " ".join("%s=%s" % kv for kv in sorted(details.items())))
