# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=get propagation=direct sink=safe0 expected=false
from django.http import HttpResponse
from django.urls import path
from django.utils.html import escape


def benchmark_test_00232(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    return HttpResponse("<p>Formatted like: " + escape(bar) + "</p>")


urlpatterns = [
    path("00232/", benchmark_test_00232),
]
