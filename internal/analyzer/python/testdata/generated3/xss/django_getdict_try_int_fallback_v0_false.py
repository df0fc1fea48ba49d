# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=getdict propagation=try_int_fallback sink=v0 expected=false
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00238(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    return HttpResponse("<p>Formatted like: " + bar + "</p>")


urlpatterns = [
    path("00238/", benchmark_test_00238),
]
