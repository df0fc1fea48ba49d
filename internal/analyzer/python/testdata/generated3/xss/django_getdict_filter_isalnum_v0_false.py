# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=getdict propagation=filter_isalnum sink=v0 expected=false
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00248(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = "".join(filter(str.isalnum, param))
    return HttpResponse("<p>Formatted like: " + bar + "</p>")


urlpatterns = [
    path("00248/", benchmark_test_00248),
]
