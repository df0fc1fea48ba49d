# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=header shape=update_kw sink=v3 expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00085(request):
    param = request.headers.get("X-Benchmark", "")
    options = {"a": "safe"}
    options.update(a=param)
    bar = options["a"]
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00085/", benchmark_test_00085),
]
