# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=querystring propagation=int_conv (helper class) sink=v1 expected=false
import sqlite3
import urllib.parse

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


def benchmark_test_00023(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00023/", benchmark_test_00023),
]
