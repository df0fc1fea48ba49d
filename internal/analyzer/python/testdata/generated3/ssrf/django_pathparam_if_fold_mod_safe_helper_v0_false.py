# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=pathparam propagation=if_fold_mod_safe (helper class) sink=v0 expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        if (7 * 18) % 5 == 1:
            bar = "This_should_always_happen"
        else:
            bar = param
        return bar


def benchmark_test_00370(request, test_id):
    param = test_id
    bar = Test().do_something(request, param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00370/<str:test_id>/", benchmark_test_00370),
]
