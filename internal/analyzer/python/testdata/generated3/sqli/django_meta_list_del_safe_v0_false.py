# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=meta propagation=list_del_safe sink=v0 expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00011(request):
    param = request.META.get("HTTP_REFERER", "")
    values_list = ["safe", param, "moresafe"]
    del values_list[1]
    bar = values_list[1]
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00011/", benchmark_test_00011),
]
