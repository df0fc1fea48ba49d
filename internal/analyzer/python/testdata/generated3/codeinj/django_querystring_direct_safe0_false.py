# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=querystring propagation=direct sink=safe0 expected=false
import ast
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00156(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    result = ast.literal_eval(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00156/", benchmark_test_00156),
]
