# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=get shape=snippet_allowlist sink=specific expected=false
from django.http import JsonResponse
from django.urls import path

SNIPPETS = {"reset": "counter = 0", "noop": "pass"}


def benchmark_test_00372(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    exec(SNIPPETS.get(bar, "pass"), {})
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00372/", benchmark_test_00372),
]
