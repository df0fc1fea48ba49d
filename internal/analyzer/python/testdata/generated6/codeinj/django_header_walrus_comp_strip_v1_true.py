# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=django source=header shape=walrus_comp_strip sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00128(request):
    param = request.headers.get("X-Benchmark", "")
    found = [y for x in [param] if (y := x.strip())]
    bar = found[0] if found else "none"
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00128/", benchmark_test_00128),
]
