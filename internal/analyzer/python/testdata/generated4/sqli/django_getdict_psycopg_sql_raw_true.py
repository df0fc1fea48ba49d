# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=getdict shape=psycopg_sql_raw sink=specific expected=true
import os
import psycopg2

from django.http import JsonResponse
from django.urls import path
from psycopg2 import sql

DSN = os.environ["DATABASE_URL"]


def benchmark_test_00320(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    cur.execute(sql.SQL("SELECT id FROM users WHERE {}").format(sql.SQL(bar)))  # want: PY-SQLI
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00320/", benchmark_test_00320),
]
