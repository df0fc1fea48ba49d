# generated case (gen_cases5): category=xxe rule=PY-XXE fw=django source=paramnames shape=defused_et_parse expected=false
import defusedxml.ElementTree as DefusedET
import io

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00309(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    tree = DefusedET.parse(io.BytesIO(bar.encode("utf-8")))
    result = tree.getroot().findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00309/", benchmark_test_00309),
]
