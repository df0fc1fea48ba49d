# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=post shape=partition_tail sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00144(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param.partition("=")[2]
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00144/", benchmark_test_00144),
]
