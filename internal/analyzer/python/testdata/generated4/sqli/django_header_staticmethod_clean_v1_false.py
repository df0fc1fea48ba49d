# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=header shape=staticmethod_clean sink=v1 expected=false
import re
import sqlite3

from django.http import JsonResponse
from django.urls import path


class Sanitizer:
    @staticmethod
    def clean(value):
        return re.sub(r"[^A-Za-z0-9]", "", value)

    @classmethod
    def keep(cls, value):
        return value


def benchmark_test_00045(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Sanitizer.clean(param)
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00045/", benchmark_test_00045),
]
