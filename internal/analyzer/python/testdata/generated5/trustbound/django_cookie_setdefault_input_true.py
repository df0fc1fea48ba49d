# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=cookie shape=setdefault_input expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00414(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    request.session.setdefault("display_name", bar)  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00414/", benchmark_test_00414),
]
