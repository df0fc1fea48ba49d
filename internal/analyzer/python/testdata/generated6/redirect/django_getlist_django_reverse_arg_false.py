# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=django source=getlist shape=django_reverse_arg sink=specific expected=false
from django.http import HttpResponseRedirect
from django.urls import path, reverse


def benchmark_test_00411(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    return HttpResponseRedirect(reverse("profile", args=[bar]))


urlpatterns = [
    path("00411/", benchmark_test_00411),
]
