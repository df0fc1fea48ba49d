# generated case: rule=PY-SQLI source=djcookies propagation=allowlist_abort sink=v0 expected=false
import sqlite3

from django.http import HttpResponseBadRequest, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_sqli(request):
    param = request.COOKIES.get("p", "")
    bar = param
    if bar not in ALLOWED:
        return HttpResponseBadRequest("invalid")
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return JsonResponse({"result": result})
