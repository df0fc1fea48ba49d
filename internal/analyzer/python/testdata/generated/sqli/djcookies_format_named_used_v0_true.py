# generated case: rule=PY-SQLI source=djcookies propagation=format_named_used sink=v0 expected=true
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = request.COOKIES.get("p", "")
    bar = "{b}".format(a="safe", b=param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return JsonResponse({"result": result})
