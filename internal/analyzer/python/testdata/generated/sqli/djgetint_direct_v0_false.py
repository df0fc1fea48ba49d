# generated case: rule=PY-SQLI source=djgetint propagation=direct sink=v0 expected=false
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = str(int(request.GET.get("p", "0")))
    bar = param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return JsonResponse({"result": result})
