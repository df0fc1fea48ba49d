# generated case: rule=PY-SQLI source=djpost propagation=subclass_override_const sink=v1 expected=false
import sqlite3

from django.http import JsonResponse


class Base:
    def transform(self, value):
        return value


class Child(Base):
    def transform(self, value):
        return "safe"


def handle_sqli(request):
    param = request.POST["p"]
    bar = Child().transform(param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return JsonResponse({"result": result})
