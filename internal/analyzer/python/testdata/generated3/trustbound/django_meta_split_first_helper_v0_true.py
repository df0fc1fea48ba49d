# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=meta propagation=split_first (helper class) sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


def benchmark_test_00570(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00570/", benchmark_test_00570),
]
