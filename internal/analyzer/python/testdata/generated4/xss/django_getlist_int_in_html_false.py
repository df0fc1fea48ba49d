# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=getlist shape=int_in_html sink=specific expected=false
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00430(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    return HttpResponse("<p>Page %d</p>" % int(bar))


urlpatterns = [
    path("00430/", benchmark_test_00430),
]
