# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=get shape=flag_turned_on_raw expected=true
from django.http import JsonResponse
from django.urls import path

ALLOW_CUSTOM_NAMES = True


def benchmark_test_00424(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    value = "guest"
    if ALLOW_CUSTOM_NAMES:
        value = bar
    request.session["display_name"] = value  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00424/", benchmark_test_00424),
]
