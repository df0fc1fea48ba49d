# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=cookie propagation=direct sink=safe0 expected=false
import ast

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00152(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    result = ast.literal_eval(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00152/", benchmark_test_00152),
]
