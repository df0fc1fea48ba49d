# generated case: rule=PY-SQLI source=djpost propagation=format_named_unused sink=v1 expected=false
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = request.POST["p"]
    bar = "{a}".format(a="safe", b=param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return JsonResponse({"result": result})
