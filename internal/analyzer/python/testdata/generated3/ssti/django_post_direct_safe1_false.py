# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=post propagation=direct sink=safe1 expected=false
from django.http import JsonResponse
from django.urls import path
from jinja2.sandbox import SandboxedEnvironment


def benchmark_test_00312(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    result = SandboxedEnvironment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00312/", benchmark_test_00312),
]
