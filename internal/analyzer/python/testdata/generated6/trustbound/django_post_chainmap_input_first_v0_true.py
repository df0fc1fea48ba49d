# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=post shape=chainmap_input_first sink=v0 expected=true
import collections

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00227(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = collections.ChainMap({"term": param}, {"term": "all"})["term"]
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00227/", benchmark_test_00227),
]
