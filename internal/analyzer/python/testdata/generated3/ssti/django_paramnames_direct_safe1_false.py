# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=paramnames propagation=direct sink=safe1 expected=false
from django.http import JsonResponse
from django.urls import path
from jinja2.sandbox import SandboxedEnvironment


def benchmark_test_00298(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    result = SandboxedEnvironment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00298/", benchmark_test_00298),
]
