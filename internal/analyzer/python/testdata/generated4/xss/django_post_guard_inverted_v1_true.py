# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=post shape=guard_inverted sink=v1 expected=true
from django.http import HttpResponse, HttpResponseBadRequest
from django.urls import path


def benchmark_test_00164(request):
    param = request.POST.get("BenchmarkTest", "")
    if param.isalnum():
        return HttpResponseBadRequest("invalid")
    bar = param
    return HttpResponse(bar)  # want: PY-XSS


urlpatterns = [
    path("00164/", benchmark_test_00164),
]
