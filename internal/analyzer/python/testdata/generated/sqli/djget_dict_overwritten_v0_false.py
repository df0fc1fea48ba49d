# generated case: rule=PY-SQLI source=djget propagation=dict_overwritten sink=v0 expected=false
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = request.GET.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    m["keyB"] = "safe"
    bar = m["keyB"]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return JsonResponse({"result": result})
