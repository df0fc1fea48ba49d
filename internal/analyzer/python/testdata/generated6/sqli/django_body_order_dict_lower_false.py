# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=body shape=order_dict_lower sink=specific expected=false
import json
import sqlite3

from django.http import JsonResponse
from django.urls import path

ORDER = {"asc": "ASC", "desc": "DESC"}


def benchmark_test_00479(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    conn = sqlite3.connect("benchmark.db")
    order = ORDER.get(bar.lower(), "ASC")
    rows = conn.execute("SELECT id FROM users ORDER BY name " + order).fetchall()
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00479/", benchmark_test_00479),
]
