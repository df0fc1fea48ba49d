# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=headernames propagation=dict_get_default_safe sink=v3 expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00017(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00017/", benchmark_test_00017),
]
