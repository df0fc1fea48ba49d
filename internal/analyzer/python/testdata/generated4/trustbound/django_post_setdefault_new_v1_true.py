# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=post shape=setdefault_new sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00076(request):
    param = request.POST.get("BenchmarkTest", "")
    options = {}
    options.setdefault("term", param)
    bar = options["term"]
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00076/", benchmark_test_00076),
]
