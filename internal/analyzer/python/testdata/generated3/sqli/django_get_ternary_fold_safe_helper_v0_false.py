# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=get propagation=ternary_fold_safe (helper class) sink=v0 expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        num = 106
        bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
        return bar


def benchmark_test_00002(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00002/", benchmark_test_00002),
]
