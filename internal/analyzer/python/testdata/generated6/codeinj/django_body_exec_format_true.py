# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=django source=body shape=exec_format sink=specific expected=true
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00353(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    namespace = {}
    exec("total = {}".format(bar), namespace)  # want: PY-CODE-INJECTION
    result = len(namespace)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00353/", benchmark_test_00353),
]
