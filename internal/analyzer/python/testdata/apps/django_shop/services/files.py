"""Exports, invoices and avatars on disk."""
import datetime
import os
import subprocess

import requests
from django.conf import settings
from django.http import FileResponse, Http404

EXPORT_FORMATS = ("csv", "xlsx", "json")
AVATAR_DIR = os.path.join(settings.MEDIA_ROOT, "avatars")


def export_orders(fmt, since):
    if fmt not in EXPORT_FORMATS:
        fmt = "csv"
    out = os.path.join(settings.EXPORT_DIR, "orders-%s.%s" % (datetime.date.today().isoformat(), fmt))
    cmd = "/usr/local/bin/shop-export --format %s --since '%s' --out %s" % (fmt, since, out)
    subprocess.run(cmd, shell=True, check=True)  # want: PY-CMDI
    return out


def serve_invoice(order_pk, filename):
    base = os.path.realpath(settings.INVOICE_DIR)
    target = os.path.realpath(os.path.join(base, str(order_pk), filename))
    if not target.startswith(base + os.sep):
        raise Http404("no such invoice")
    return FileResponse(open(target, "rb"), as_attachment=True, filename=os.path.basename(target))


def media_path(relpath):
    return os.path.join(settings.MEDIA_ROOT, relpath)


def fetch_avatar(url):
    resp = requests.get(url, timeout=5, stream=True)  # want: PY-SSRF PY-HTTP-NO-PROXY
    resp.raise_for_status()
    return resp.content[: 2 * 1024 * 1024]


def save_avatar(user_id, data):
    name = "%d.png" % user_id
    with open(os.path.join(AVATAR_DIR, name), "wb") as fh:
        fh.write(data)
    return name


def save_upload(upload):
    # keep the customer's file name so support can find it
    dest = os.path.join(settings.MEDIA_ROOT, "attachments", upload.name)
    with open(dest, "wb") as fh:  # want: PY-PATH-TRAVERSAL
        for chunk in upload.chunks():
            fh.write(chunk)
    return dest


def save_upload_safe(upload, ticket_id):
    dest = os.path.join(settings.MEDIA_ROOT, "attachments", "%d-%s" % (ticket_id, os.path.basename(upload.name)))
    with open(dest, "wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)
    return dest
