# generated case (gen_cases6): category=xss rule=PY-XSS fw=django source=header shape=conditional_escape sink=specific expected=false
from django.http import HttpResponse
from django.urls import path
from django.utils.html import conditional_escape


def benchmark_test_00386(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    return HttpResponse("<p>" + conditional_escape(bar) + "</p>")


urlpatterns = [
    path("00386/", benchmark_test_00386),
]
