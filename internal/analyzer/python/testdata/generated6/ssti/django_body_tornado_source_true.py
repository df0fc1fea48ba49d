# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=django source=body shape=tornado_source sink=specific expected=true
import json
import tornado.template

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00398(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    result = tornado.template.Template("<p>" + bar + "</p>").generate()  # want: PY-SSTI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00398/", benchmark_test_00398),
]
