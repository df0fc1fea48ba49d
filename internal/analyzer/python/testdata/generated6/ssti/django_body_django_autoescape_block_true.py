# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=django source=body shape=django_autoescape_block sink=specific expected=true
import json

from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00497(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    tmpl = Template("{% autoescape on %}" + bar + "{% endautoescape %}")  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00497/", benchmark_test_00497),
]
