# generated case: rule=PY-SQLI source=djmeta propagation=augmented sink=v1 expected=true
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = request.META.get("HTTP_X_P", "")
    bar = ""
    bar += param
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return JsonResponse({"result": result})
