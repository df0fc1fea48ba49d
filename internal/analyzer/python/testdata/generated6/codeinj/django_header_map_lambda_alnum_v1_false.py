# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=django source=header shape=map_lambda_alnum sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00155(request):
    param = request.headers.get("X-Benchmark", "")
    bar = "".join(map(lambda ch: ch if ch.isalnum() else "", param))
    exec("value = " + bar, {})
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00155/", benchmark_test_00155),
]
