# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=cookie propagation=try_int_fallback sink=v2 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00150(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    result = eval(compile(bar, "<benchmark>", "eval"))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00150/", benchmark_test_00150),
]
