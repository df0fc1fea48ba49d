# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=getdict propagation=if_fold_str_safe sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00518(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    request.session["userid"] = bar
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00518/", benchmark_test_00518),
]
