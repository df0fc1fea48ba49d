# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=django source=cookie shape=yaml_loader_reassigned_unsafe expected=true
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00386(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    loader = yaml.SafeLoader
    loader = yaml.UnsafeLoader
    obj = yaml.load(bar, Loader=loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00386/", benchmark_test_00386),
]
