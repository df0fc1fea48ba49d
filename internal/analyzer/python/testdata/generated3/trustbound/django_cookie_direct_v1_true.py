# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=cookie propagation=direct sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00569(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00569/", benchmark_test_00569),
]
