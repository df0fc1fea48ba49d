# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=getlist shape=exec_fstring sink=specific expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00376(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    exec(f"total = {bar}", {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00376/", benchmark_test_00376),
]
