# generated case: rule=PY-SQLI source=djpost propagation=overwritten sink=v1 expected=false
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = request.POST["p"]
    bar = param
    bar = "safe"
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return JsonResponse({"result": result})
