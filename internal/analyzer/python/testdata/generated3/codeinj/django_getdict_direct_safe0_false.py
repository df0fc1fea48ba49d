# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=getdict propagation=direct sink=safe0 expected=false
import ast

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00152(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    result = ast.literal_eval(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00152/", benchmark_test_00152),
]
