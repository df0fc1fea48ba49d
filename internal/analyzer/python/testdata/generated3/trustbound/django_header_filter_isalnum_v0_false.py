# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=header propagation=filter_isalnum sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00573(request):
    param = request.headers.get("X-Benchmark", "")
    bar = "".join(filter(str.isalnum, param))
    request.session["userid"] = bar
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00573/", benchmark_test_00573),
]
