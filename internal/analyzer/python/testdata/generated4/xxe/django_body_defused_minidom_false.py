# generated case (gen_cases4): category=xxe rule=PY-XXE fw=django source=body shape=defused_minidom sink=specific expected=false
import defusedxml.minidom
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00486(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    doc = defusedxml.minidom.parseString(bar)
    result = doc.documentElement.tagName
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00486/", benchmark_test_00486),
]
