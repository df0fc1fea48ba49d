# generated case: rule=PY-SQLI source=djcookies propagation=direct sink=percent_quoted expected=true
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = request.COOKIES.get("p", "")
    bar = param
    conn = sqlite3.connect("app.db")
    result = conn.execute("SELECT id FROM users WHERE name = '%s'" % bar).fetchall()  # want: PY-SQLI
    return JsonResponse({"result": result})
