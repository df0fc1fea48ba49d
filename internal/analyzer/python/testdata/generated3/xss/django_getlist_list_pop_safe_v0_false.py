# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=getlist propagation=list_pop_safe sink=v0 expected=false
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00224(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    values_list = []
    values_list.append("safe")
    values_list.append(param)
    values_list.append("moresafe")
    values_list.pop(0)
    bar = values_list[1]
    return HttpResponse("<p>Formatted like: " + bar + "</p>")


urlpatterns = [
    path("00224/", benchmark_test_00224),
]
