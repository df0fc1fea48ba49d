# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=get shape=counter expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00428(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    request.session["visits"] = request.session.get("visits", 0) + 1
    result = len(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00428/", benchmark_test_00428),
]
