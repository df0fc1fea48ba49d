# generated case: rule=PY-SQLI source=djmeta propagation=dict_get_keyA sink=v1 expected=false
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = request.META.get("HTTP_X_P", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyA", "")
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return JsonResponse({"result": result})
