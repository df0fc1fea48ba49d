# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=querystring propagation=if_fold_div_taint (helper class) sink=v1 expected=true
import urllib.parse

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        num = 196
        if (500 / 42) + num > 200:
            bar = param
        else:
            bar = "This should never happen"
        return bar


def benchmark_test_00572(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00572/", benchmark_test_00572),
]
