# generated case: rule=PY-SQLI source=djpost propagation=direct sink=v1 expected=true
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = request.POST["p"]
    bar = param
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return JsonResponse({"result": result})
