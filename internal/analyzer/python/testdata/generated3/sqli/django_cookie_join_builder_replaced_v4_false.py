# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=cookie propagation=join_builder_replaced sink=v4 expected=false
from django.db import connection
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00020(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM auth_user WHERE username = '%s'" % bar)
        result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00020/", benchmark_test_00020),
]
