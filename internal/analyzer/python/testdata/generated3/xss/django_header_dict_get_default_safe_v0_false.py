# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=header propagation=dict_get_default_safe sink=v0 expected=false
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00220(request):
    param = request.headers.get("X-Benchmark", "")
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    return HttpResponse("<p>Formatted like: " + bar + "</p>")


urlpatterns = [
    path("00220/", benchmark_test_00220),
]
