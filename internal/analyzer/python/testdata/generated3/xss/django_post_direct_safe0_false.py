# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=post propagation=direct sink=safe0 expected=false
from django.http import HttpResponse
from django.urls import path
from django.utils.html import escape


def benchmark_test_00238(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    return HttpResponse("<p>Formatted like: " + escape(bar) + "</p>")


urlpatterns = [
    path("00238/", benchmark_test_00238),
]
