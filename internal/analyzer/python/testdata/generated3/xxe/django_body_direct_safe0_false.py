# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=body propagation=direct sink=safe0 expected=false
import defusedxml.ElementTree as DefusedET
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00398(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    root = DefusedET.fromstring(bar)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00398/", benchmark_test_00398),
]
