# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=getdict shape=zip_dict_taint sink=v0 expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00119(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    fields = dict(zip(["a", "b"], ["safe", param]))
    bar = fields["b"]
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00119/", benchmark_test_00119),
]
