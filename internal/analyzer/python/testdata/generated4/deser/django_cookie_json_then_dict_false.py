# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=cookie shape=json_then_dict sink=specific expected=false
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00528(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    obj = json.loads(bar)
    result = str(obj.get("name", "")) if isinstance(obj, dict) else ""
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00528/", benchmark_test_00528),
]
