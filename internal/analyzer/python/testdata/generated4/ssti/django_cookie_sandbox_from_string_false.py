# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=django source=cookie shape=sandbox_from_string sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from jinja2.sandbox import SandboxedEnvironment


def benchmark_test_00444(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    env = SandboxedEnvironment()
    result = env.from_string(bar).render(user="guest")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00444/", benchmark_test_00444),
]
