# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=paramnames propagation=if_fold_str_safe sink=v2 expected=false
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00164(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00164/", benchmark_test_00164),
]
