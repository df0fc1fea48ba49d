# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=headernames shape=percent_tuple sink=specific expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00290(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    conn = sqlite3.connect("benchmark.db")
    rows = conn.execute("SELECT id FROM users WHERE name = '%s'" % (bar,)).fetchall()  # want: PY-SQLI
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00290/", benchmark_test_00290),
]
