# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=django source=header shape=named_params_dict sink=specific expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path


def case_00221(request):
    param = request.headers.get("X-Query", "")
    bar = param
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT id FROM products WHERE name = :n", {"n": bar}).fetchall()
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00221/", case_00221),
]
