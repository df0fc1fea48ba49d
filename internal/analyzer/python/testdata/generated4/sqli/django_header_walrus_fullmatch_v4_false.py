# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=header shape=walrus_fullmatch sink=v4 expected=false
import re

from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path


def benchmark_test_00189(request):
    param = request.headers.get("X-Benchmark", "")
    if (m := re.fullmatch(r"[A-Za-z0-9_]+", param)) is None:
        return HttpResponseBadRequest("invalid")
    bar = m.group(0)
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM auth_user WHERE username = '%s'" % bar)
        result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00189/", benchmark_test_00189),
]
