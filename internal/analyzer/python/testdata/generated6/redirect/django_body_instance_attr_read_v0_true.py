# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=django source=body shape=instance_attr_read sink=v0 expected=true
import json

from django.http import HttpResponseRedirect
from django.urls import path


class Settings:
    term = "default"


def benchmark_test_00029(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    s = Settings()
    s.term = param
    bar = s.term
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00029/", benchmark_test_00029),
]
