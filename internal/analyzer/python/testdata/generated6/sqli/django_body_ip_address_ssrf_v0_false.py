# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=body shape=ip_address_ssrf sink=v0 expected=false
import ipaddress
import json
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00299(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = ipaddress.ip_address(param).compressed
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00299/", benchmark_test_00299),
]
