# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=getdict propagation=match_const_taint sink=v0 expected=true
import os

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00094(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    result = os.system("echo " + bar)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00094/", benchmark_test_00094),
]
