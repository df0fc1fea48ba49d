# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=meta propagation=undecidable_ternary (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


def benchmark_test_00596(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00596/", benchmark_test_00596),
]
