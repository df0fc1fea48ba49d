# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=cookie propagation=try_int_fallback sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00162(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    result = eval(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00162/", benchmark_test_00162),
]
