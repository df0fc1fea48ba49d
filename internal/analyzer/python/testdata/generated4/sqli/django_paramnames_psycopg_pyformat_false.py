# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=paramnames shape=psycopg_pyformat sink=specific expected=false
import os
import psycopg2

from django.http import JsonResponse
from django.urls import path
from psycopg2 import sql

DSN = os.environ["DATABASE_URL"]


def benchmark_test_00322(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    cur.execute("SELECT id FROM users WHERE name = %(name)s", {"name": bar})
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00322/", benchmark_test_00322),
]
