# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=header propagation=direct sink=safe0 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00545(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    request.session["userid_length"] = len(bar)
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00545/", benchmark_test_00545),
]
