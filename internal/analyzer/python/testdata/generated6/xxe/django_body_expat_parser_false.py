# generated case (gen_cases6): category=xxe rule=PY-XXE fw=django source=body shape=expat_parser sink=specific expected=false
import json
import xml.parsers.expat

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00470(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    p = xml.parsers.expat.ParserCreate()
    p.Parse(bar, True)
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00470/", benchmark_test_00470),
]
