# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=header propagation=dict_get_safe (helper class) sink=v1 expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


def benchmark_test_00014(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00014/", benchmark_test_00014),
]
