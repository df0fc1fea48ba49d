# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=django source=header shape=allowlist_index sink=v0 expected=false
from django.http import HttpResponseBadRequest, JsonResponse
from django.template import Context, Template
from django.urls import path

CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}


def benchmark_test_00173(request):
    param = request.headers.get("X-Benchmark", "")
    try:
        bar = CHOICES[param]
    except KeyError:
        return HttpResponseBadRequest("invalid")
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00173/", benchmark_test_00173),
]
