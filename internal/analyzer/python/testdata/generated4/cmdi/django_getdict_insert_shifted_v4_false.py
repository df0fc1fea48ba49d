# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=getdict shape=insert_shifted sink=v4 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00103(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    items = ["a", "b"]
    items.insert(0, param)
    bar = items[2]
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00103/", benchmark_test_00103),
]
