# generated case: rule=PY-SQLI source=djmeta propagation=allowlist_logonly sink=v1 expected=true
import logging
import sqlite3

from django.http import JsonResponse

log = logging.getLogger(__name__)


ALLOWED = ("alpha", "beta", "gamma")


def handle_sqli(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    if bar not in ALLOWED:
        log.warning("unexpected value")
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return JsonResponse({"result": result})
