# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=paramnames propagation=direct sink=safe0 expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00036(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME=? AND PASSWORD=?", ("foo", bar))
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00036/", benchmark_test_00036),
]
