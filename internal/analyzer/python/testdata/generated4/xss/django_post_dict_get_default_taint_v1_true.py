# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=post shape=dict_get_default_taint sink=v1 expected=true
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00072(request):
    param = request.POST.get("BenchmarkTest", "")
    options = {"mode": "basic"}
    bar = options.get("term", param)
    return HttpResponse(bar)  # want: PY-XSS


urlpatterns = [
    path("00072/", benchmark_test_00072),
]
