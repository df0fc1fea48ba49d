# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=post shape=django_int_guard sink=specific expected=false
from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path


def benchmark_test_00464(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    if not bar.isdigit():
        return HttpResponseBadRequest("invalid")
    request.session["page"] = int(bar)
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00464/", benchmark_test_00464),
]
