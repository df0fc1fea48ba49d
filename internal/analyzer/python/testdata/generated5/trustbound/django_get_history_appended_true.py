# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=get shape=history_appended expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00416(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    request.session["history"] = request.session.get("history", [])[-9:] + [bar]  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00416/", benchmark_test_00416),
]
