# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=django source=header shape=interactive_runsource sink=specific expected=true
import code

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00350(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    result = code.InteractiveInterpreter().runsource(bar)  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00350/", benchmark_test_00350),
]
