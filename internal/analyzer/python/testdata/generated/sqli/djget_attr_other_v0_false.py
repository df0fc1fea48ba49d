# generated case: rule=PY-SQLI source=djget propagation=attr_other sink=v0 expected=false
import sqlite3

from django.http import JsonResponse


class Box:
    pass


def handle_sqli(request):
    param = request.GET.get("p", "")
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.other
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return JsonResponse({"result": result})
