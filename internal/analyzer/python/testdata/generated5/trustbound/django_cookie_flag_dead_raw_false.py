# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=cookie shape=flag_dead_raw expected=false
from django.http import JsonResponse
from django.urls import path

ALLOW_CUSTOM_NAMES = False


def benchmark_test_00426(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    value = "guest"
    if ALLOW_CUSTOM_NAMES:
        value = bar
    request.session["display_name"] = value
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00426/", benchmark_test_00426),
]
