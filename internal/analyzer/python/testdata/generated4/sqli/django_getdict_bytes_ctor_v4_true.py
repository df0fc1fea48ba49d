# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=getdict shape=bytes_ctor sink=v4 expected=true
from django.db import connection
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00279(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = bytes(param, "utf-8").decode("ascii", "ignore")
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM auth_user WHERE username = '%s'" % bar)  # want: PY-SQLI
        result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00279/", benchmark_test_00279),
]
