# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=cookie propagation=direct sink=safe1 expected=false
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00444(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00444/", benchmark_test_00444),
]
