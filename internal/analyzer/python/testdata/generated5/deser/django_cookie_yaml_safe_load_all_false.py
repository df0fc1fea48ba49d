# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=django source=cookie shape=yaml_safe_load_all expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00404(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    docs = list(yaml.safe_load_all(bar))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00404/", benchmark_test_00404),
]
