# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=body shape=psycopg_identifier sink=specific expected=false
import json
import os
import psycopg2

from django.http import JsonResponse
from django.urls import path
from psycopg2 import sql

DSN = os.environ["DATABASE_URL"]


def benchmark_test_00318(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    cur.execute(sql.SQL("SELECT id FROM {} LIMIT 10").format(sql.Identifier(bar)))
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00318/", benchmark_test_00318),
]
