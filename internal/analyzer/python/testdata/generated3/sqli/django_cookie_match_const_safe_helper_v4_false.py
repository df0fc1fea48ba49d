# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=cookie propagation=match_const_safe (helper class) sink=v4 expected=false
from django.db import connection
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


def benchmark_test_00020(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM auth_user WHERE username = '%s'" % bar)
        result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00020/", benchmark_test_00020),
]
