# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=querystring shape=named_params sink=specific expected=false
import sqlite3
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00294(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    conn = sqlite3.connect("benchmark.db")
    rows = conn.execute("SELECT id FROM users WHERE name = :name", {"name": bar}).fetchall()
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00294/", benchmark_test_00294),
]
