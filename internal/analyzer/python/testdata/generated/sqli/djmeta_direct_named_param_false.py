# generated case: rule=PY-SQLI source=djmeta propagation=direct sink=named_param expected=false
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    conn = sqlite3.connect("app.db")
    result = conn.execute("SELECT id FROM users WHERE name = :name", {"name": bar}).fetchall()
    return JsonResponse({"result": result})
