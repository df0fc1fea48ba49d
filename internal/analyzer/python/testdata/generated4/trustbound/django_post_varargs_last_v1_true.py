# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=post shape=varargs_last sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path


def last(*values):
    return values[-1]


def benchmark_test_00236(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = last("safe", param)
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00236/", benchmark_test_00236),
]
