# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=querystring propagation=join_builder_replaced sink=v1 expected=false
import sqlite3
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00023(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00023/", benchmark_test_00023),
]
