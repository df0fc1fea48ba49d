# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=header shape=django_default_storage sink=specific expected=false
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00368(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    with default_storage.open(bar) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00368/", benchmark_test_00368),
]
