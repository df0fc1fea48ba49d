# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=getdict propagation=try_int_fallback sink=v0 expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00032(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00032/", benchmark_test_00032),
]
