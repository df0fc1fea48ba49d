# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=meta propagation=dict_get_taint sink=v0 expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00011(request):
    param = request.META.get("HTTP_REFERER", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00011/", benchmark_test_00011),
]
