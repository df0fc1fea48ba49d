# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=getdict propagation=builder_chain_other (helper class) sink=v0 expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


def benchmark_test_00032(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00032/", benchmark_test_00032),
]
