# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=getdict propagation=regex_guard_reassign (helper class) sink=v0 expected=false
import re
import sqlite3

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
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
