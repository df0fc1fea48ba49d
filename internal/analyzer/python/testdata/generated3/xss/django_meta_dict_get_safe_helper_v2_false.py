# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=meta propagation=dict_get_safe (helper class) sink=v2 expected=false
from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


def benchmark_test_00217(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Formatted like: " + bar + "</p>")


urlpatterns = [
    path("00217/", benchmark_test_00217),
]
