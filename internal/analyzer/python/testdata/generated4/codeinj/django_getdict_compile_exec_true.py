# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=getdict shape=compile_exec sink=specific expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00368(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    code = compile(bar, "<report>", "exec")  # want: PY-CODE-INJECTION
    namespace = {}
    exec(code, namespace)  # want: PY-CODE-INJECTION
    result = len(namespace)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00368/", benchmark_test_00368),
]
