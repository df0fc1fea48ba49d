# generated case: rule=PY-SQLI source=djget propagation=int_check_then_raw sink=v0 expected=false
import sqlite3

from django.http import HttpResponseBadRequest, JsonResponse


def handle_sqli(request):
    param = request.GET.get("p", "")
    try:
        int(param)
    except ValueError:
        return HttpResponseBadRequest("invalid")
    bar = param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return JsonResponse({"result": result})
