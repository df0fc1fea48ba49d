# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=django source=post shape=limit_concat sink=specific expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path


def case_00218(request):
    param = request.POST.get("q", "")
    bar = param
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT id FROM products ORDER BY id LIMIT " + bar).fetchall()  # want: PY-SQLI
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00218/", case_00218),
]
