# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=django source=header shape=setcomp_allowed_join sink=v1 expected=false
import yaml

from django.http import JsonResponse
from django.urls import path

ALLOWED_TERMS = {"alpha", "beta"}


def benchmark_test_00148(request):
    param = request.headers.get("X-Benchmark", "")
    bar = ",".join(sorted({v for v in param.split(",") if v in ALLOWED_TERMS})) or "alpha"
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00148/", benchmark_test_00148),
]
