# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=post shape=json_parse sink=specific expected=false
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00374(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    result = json.loads(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00374/", benchmark_test_00374),
]
