# generated case: rule=PY-SQLI source=djget propagation=dictctor_b sink=v0 expected=false
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = request.GET.get("p", "")
    bar = dict(a=param, b="safe")["b"]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return JsonResponse({"result": result})
