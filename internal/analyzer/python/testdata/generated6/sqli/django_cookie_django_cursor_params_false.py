# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=cookie shape=django_cursor_params sink=specific expected=false
from django.db import connection
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00315(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM auth_user WHERE username = %s", [bar])
        result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00315/", benchmark_test_00315),
]
