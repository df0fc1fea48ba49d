# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=cookie propagation=join_builder (helper class) sink=v4 expected=true
from django.db import connection
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


def benchmark_test_00020(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM auth_user WHERE username = '%s'" % bar)  # want: PY-SQLI
        result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00020/", benchmark_test_00020),
]
