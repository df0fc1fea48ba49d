# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=django source=post shape=zip_star_values sink=v0 expected=true
import os

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00166(request):
    param = request.POST.get("BenchmarkTest", "")
    names, values = zip(("a", "safe"), ("b", param))
    bar = values[1]
    result = os.system("echo " + bar)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00166/", benchmark_test_00166),
]
