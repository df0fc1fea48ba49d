# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=getlist propagation=list_pop_taint (helper class) sink=v3 expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        values_list = []
        values_list.append("safe")
        values_list.append(param)
        values_list.append("moresafe")
        values_list.pop(0)
        bar = values_list[0]
        return bar


def benchmark_test_00008(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00008/", benchmark_test_00008),
]
