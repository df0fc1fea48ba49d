# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=querystring propagation=b64_roundtrip sink=v1 expected=true
import base64
import sqlite3
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00023(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()  # want: PY-SQLI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00023/", benchmark_test_00023),
]
