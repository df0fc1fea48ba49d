# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=paramnames propagation=b64_roundtrip sink=v1 expected=true
import base64

from django.shortcuts import redirect
from django.urls import path


def benchmark_test_00300(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    return redirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00300/", benchmark_test_00300),
]
