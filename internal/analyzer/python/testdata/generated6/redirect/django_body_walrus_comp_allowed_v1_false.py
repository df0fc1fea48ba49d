# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=django source=body shape=walrus_comp_allowed sink=v1 expected=false
import json

from django.shortcuts import redirect
from django.urls import path

ALLOWED_TERMS = {"alpha", "beta"}


def benchmark_test_00130(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    found = [y for x in [param] if (y := x.strip()) in ALLOWED_TERMS]
    bar = found[0] if found else "none"
    return redirect(bar)


urlpatterns = [
    path("00130/", benchmark_test_00130),
]
