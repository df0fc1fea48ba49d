# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=getdict shape=typed_namedtuple sink=v0 expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path
from typing import NamedTuple


class Row(NamedTuple):
    key: str
    val: str


def benchmark_test_00027(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    row = Row(key="k", val=param)
    bar = row.val
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00027/", benchmark_test_00027),
]
