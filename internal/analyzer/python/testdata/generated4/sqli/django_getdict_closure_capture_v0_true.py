# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=getdict shape=closure_capture sink=v0 expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00211(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    def pick():
        return param

    bar = pick()
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00211/", benchmark_test_00211),
]
