# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=header shape=safe_substitute_used sink=v4 expected=true
import string

from django.db import connection
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00189(request):
    param = request.headers.get("X-Benchmark", "")
    bar = string.Template("$term").safe_substitute(term=param)
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM auth_user WHERE username = '%s'" % bar)  # want: PY-SQLI
        result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00189/", benchmark_test_00189),
]
