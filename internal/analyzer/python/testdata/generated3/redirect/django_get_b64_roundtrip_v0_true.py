# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=get propagation=b64_roundtrip sink=v0 expected=true
import base64

from django.http import HttpResponseRedirect
from django.urls import path


def benchmark_test_00342(request):
    param = request.GET.get("BenchmarkTest", "")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00342/", benchmark_test_00342),
]
