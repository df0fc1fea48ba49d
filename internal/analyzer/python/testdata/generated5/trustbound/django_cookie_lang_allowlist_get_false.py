# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=cookie shape=lang_allowlist_get expected=false
from django.http import JsonResponse
from django.urls import path

SUPPORTED = {"en": "en", "de": "de", "fr": "fr"}


def benchmark_test_00434(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    request.session["lang"] = SUPPORTED.get(bar, "en")
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00434/", benchmark_test_00434),
]
