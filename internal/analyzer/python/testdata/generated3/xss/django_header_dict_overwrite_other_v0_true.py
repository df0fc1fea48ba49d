# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=header propagation=dict_overwrite_other sink=v0 expected=true
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00230(request):
    param = request.headers.get("X-Benchmark", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    return HttpResponse("<p>Formatted like: " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("00230/", benchmark_test_00230),
]
