# generated case: rule=PY-SQLI source=djmeta propagation=b64roundtrip sink=v1 expected=true
import base64
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = request.META.get("HTTP_X_P", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return JsonResponse({"result": result})
