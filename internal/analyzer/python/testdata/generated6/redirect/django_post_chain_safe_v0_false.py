# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=django source=post shape=chain_safe sink=v0 expected=false
import itertools

from django.http import HttpResponseRedirect
from django.urls import path


def benchmark_test_00247(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = list(itertools.chain(["safe"], [param]))[0]
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("00247/", benchmark_test_00247),
]
